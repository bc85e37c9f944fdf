// A slide chart of one bar per row, worst first: names in a left column, bars in the middle, each
// row's figure in a right column (never beside a bar of unknown length), an optional vertical mark
// (序时进度, 应达). As many rows as fit at 14 pt; the rest are counted on the last line (其余 N 项…)
// instead of being squeezed. Used for 预算执行率 per project and for a project's 量化指标.
import type { EChartsOption } from 'echarts';
import { heading, graphicOption, rect, rule, text, LINE_H, type Graphic } from './frame';
import { textWidth } from './text';
import { SLIDE_FONT, type SlideInk } from './ink';

export interface SlideRow {
  name: string;
  /** Bar end on the axis [min, max] (clamped there). */
  value: number;
  /** The row's figure, in the right column: `49.0%`, `85%（6月30日，过期） / 90%  滞后`. */
  figure: string;
  color: string;
}

export interface SlideRowsSpec {
  title: string;
  /** Lines under the title: what the bars and the mark mean. */
  notes: string[];
  width: number;
  height: number;
  rows: SlideRow[];
  min: number;
  max: number;
  /** Bars start here (0, or the axis minimum when above it). */
  base?: number;
  mark?: { value: number; color?: string };
  /** The last line when rows are left out: `其余 12 项未列出…`. */
  rest: (left: number) => string;
  /** The whole chart, for screen readers. */
  aria: string;
  ink: SlideInk;
  /** Each name on a line of its own above its bar, the whole width (long names: projects). */
  namesAbove?: boolean;
}

export const ROW_H = 60;
/** A row with its name above the bar. */
const ROW_ABOVE_H = 92;
const BAR_H = 30;
const COL_GAP = 16;

/** How many rows fit under the heading, leaving a line for the rest when some are left out. */
export function rowsThatFit(total: number, top: number, height: number, rowH = ROW_H): number {
  const all = Math.floor((height - top) / rowH);
  return total <= all ? total : Math.max(1, Math.floor((height - top - LINE_H) / rowH));
}

export function slideRowsOption(s: SlideRowsSpec): EChartsOption {
  const head = heading(s.title, s.notes, s.width, s.ink);
  const rowH = s.namesAbove ? ROW_ABOVE_H : ROW_H;
  const shown = s.rows.slice(0, rowsThatFit(s.rows.length, head.bottom, s.height, rowH));
  const widest = (texts: string[]) => texts.reduce((m, t) => Math.max(m, textWidth(t, SLIDE_FONT)), 0);
  // The figure column is served first (a stale figure carries its date), names take what is left
  // of their third, and the bars keep at least a fifth of the width.
  const figureW = Math.min(Math.round(s.width * 0.48), widest(shown.map((r) => r.figure)));
  const nameRoom = s.width - figureW - Math.round(s.width * 0.2) - 2 * COL_GAP;
  const nameW = s.namesAbove ? s.width : Math.min(Math.round(s.width * 0.34), nameRoom, widest(shown.map((r) => r.name)));
  const x0 = s.namesAbove ? 0 : nameW + COL_GAP;
  const x1 = s.width - figureW - COL_GAP;
  const at = (v: number) => x0 + ((Math.min(s.max, Math.max(s.min, v)) - s.min) / (s.max - s.min || 1)) * (x1 - x0);
  const base = at(s.base ?? Math.max(0, s.min));
  const els: Graphic[] = [...head.elements];
  shown.forEach((r, i) => {
    const top = head.bottom + i * rowH;
    const mid = s.namesAbove ? top + LINE_H + (rowH - LINE_H) / 2 - 4 : top + ROW_H / 2;
    els.push(text({ x: 0, y: s.namesAbove ? top + LINE_H / 2 : mid, text: r.name, max: nameW, fill: s.ink.text }));
    els.push(rect(x0, mid - BAR_H / 2, x1 - x0, BAR_H, s.ink.track, 1));
    const end = at(r.value);
    els.push(rect(Math.min(base, end), mid - BAR_H / 2, Math.abs(end - base), BAR_H, r.color));
    els.push(text({ x: s.width, y: mid, text: r.figure, max: figureW, fill: s.ink.text, bold: true, align: 'right' }));
    // Above-bar names would be crossed by one long line: the mark is drawn across each bar instead.
    if (s.mark && s.namesAbove) els.push(rule(at(s.mark.value), mid - BAR_H / 2 - 8, mid + BAR_H / 2 + 8, s.mark.color ?? s.ink.line));
  });
  const bottom = head.bottom + shown.length * rowH;
  if (s.mark && shown.length && !s.namesAbove) els.push(rule(at(s.mark.value), head.bottom - 4, bottom + 4, s.mark.color ?? s.ink.line, true));
  if (shown.length < s.rows.length) els.push(text({ x: 0, y: bottom + LINE_H / 2 + 2, text: s.rest(s.rows.length - shown.length), max: s.width, fill: s.ink.muted }));
  return graphicOption(els, s.ink, s.aria);
}
