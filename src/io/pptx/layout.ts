// Where a slide's charts, table and notes go inside the body area (inches). Pure arithmetic so
// the deck and the tests agree on it; gaps and the notes column are the stage's (present/geometry)
// at 144 px per inch, so the charts drawn for the stage fit their boxes at the stage's scale.
import { GAP as STAGE_GAP, NOTES_W } from '../../present/geometry';
import { STAGE_PX_PER_INCH } from '../../charts/slide/ink';

export interface Box { x: number; y: number; w: number; h: number }

const GAP = STAGE_GAP / STAGE_PX_PER_INCH;

export function layoutBody(body: Box, charts: number, hasTable: boolean, hasNotes: boolean): { charts: Box[]; table?: Box; notes?: Box } {
  if (hasTable && charts === 0 && !hasNotes) return { charts: [], table: body };
  // Notes alone (预警指标 with nothing flagged, or nothing reported yet) read across the slide, not in its right third.
  if (!hasTable && charts === 0) return { charts: [], notes: hasNotes ? body : undefined };
  const notesW = hasNotes ? NOTES_W / STAGE_PX_PER_INCH : 0;
  const area: Box = { ...body, w: body.w - (hasNotes ? notesW + GAP : 0) };
  const notes = hasNotes ? { x: body.x + area.w + GAP, y: body.y, w: notesW, h: body.h } : undefined;
  if (hasTable) {
    if (!charts) return { charts: [], table: area, notes };
    const chartH = area.h * 0.55;
    return { charts: split({ ...area, h: chartH }, charts), table: { ...area, y: area.y + chartH + GAP, h: area.h - chartH - GAP }, notes };
  }
  return { charts: split(area, charts), notes };
}

function split(area: Box, n: number): Box[] {
  if (n <= 0) return [];
  const w = (area.w - GAP * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: area.x + i * (w + GAP), y: area.y, w, h: area.h }));
}
