// A slide chart of status counts per group (一级指标): one stacked bar per group, the count written
// inside a segment only where it fits at 14 pt (the legend and the total carry the rest), the
// group's total in the right column, the statuses' legend as a line of its own under the title.
import type { EChartsOption } from 'echarts';
import type { Status } from '../../domain/judge/types';
import { statusColor } from '../palette';
import { heading, graphicOption, rect, text, LINE_H, type Graphic } from './frame';
import { rowsThatFit, ROW_H } from './rows';
import { textWidth } from './text';
import { SLIDE_FONT, type SlideInk } from './ink';

export interface SlideStackGroup { name: string; counts: Record<Status, number> }

export interface SlideStackSpec {
  title: string;
  width: number;
  height: number;
  groups: SlideStackGroup[];
  order: Status[];
  statusNames: Record<Status, string>;
  /** The right column: `共 93`. */
  total: (n: number) => string;
  rest: (left: number) => string;
  aria: string;
  ink: SlideInk;
}

const BAR_H = 40;
const COL_GAP = 16;
/** Dark words on the light status colours (amber, grey), white on the others. */
const onColor = (s: Status) => (s === 'warning' || s === 'pending' ? '#1f2d3d' : '#ffffff');

export function slideStackOption(s: SlideStackSpec): EChartsOption {
  const statuses = s.order.filter((st) => s.groups.some((g) => g.counts[st] > 0));
  const head = heading(s.title, [], s.width, s.ink);
  const els: Graphic[] = [...head.elements];
  // The legend: a square and the name of each status, on lines of their own under the title.
  let x = 0;
  let y = head.bottom + LINE_H / 2;
  for (const st of statuses) {
    const w = SLIDE_FONT + 10 + textWidth(s.statusNames[st], SLIDE_FONT);
    if (x > 0 && x + w > s.width) { x = 0; y += LINE_H; }
    els.push(rect(x, y - SLIDE_FONT / 2 + 2, SLIDE_FONT - 4, SLIDE_FONT - 4, statusColor[st]));
    els.push(text({ x: x + SLIDE_FONT + 6, y, text: s.statusNames[st], max: s.width - x, fill: s.ink.text }));
    x += w + 28;
  }
  const top = y + LINE_H / 2 + 8;
  const shown = s.groups.slice(0, rowsThatFit(s.groups.length, top, s.height));
  const totals = shown.map((g) => statuses.reduce((n, st) => n + g.counts[st], 0));
  const widest = (texts: string[]) => texts.reduce((m, t) => Math.max(m, textWidth(t, SLIDE_FONT)), 0);
  const nameW = Math.min(Math.round(s.width * 0.34), widest(shown.map((g) => g.name)));
  const totalW = widest(totals.map(s.total));
  const x0 = nameW + COL_GAP;
  const x1 = s.width - totalW - COL_GAP;
  const most = Math.max(1, ...totals);
  shown.forEach((g, i) => {
    const mid = top + i * ROW_H + ROW_H / 2;
    els.push(text({ x: 0, y: mid, text: g.name, max: nameW, fill: s.ink.text }));
    let at = x0;
    for (const st of statuses) {
      const n = g.counts[st];
      if (!n) continue;
      const w = (n / most) * (x1 - x0);
      els.push(rect(at, mid - BAR_H / 2, w, BAR_H, statusColor[st]));
      if (textWidth(String(n), SLIDE_FONT) + 12 <= w) els.push(text({ x: at + w / 2, y: mid, text: String(n), max: w, fill: onColor(st), bold: true, align: 'center' }));
      at += w;
    }
    els.push(text({ x: s.width, y: mid, text: s.total(totals[i]), max: totalW, fill: s.ink.text, bold: true, align: 'right' }));
  });
  if (shown.length < s.groups.length) els.push(text({ x: 0, y: top + shown.length * ROW_H + LINE_H / 2 + 2, text: s.rest(s.groups.length - shown.length), max: s.width, fill: s.ink.muted }));
  return graphicOption(els, s.ink, s.aria);
}
