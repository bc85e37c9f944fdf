// Where a bullet row's words go, in pixels at the drawn width (the chart's width is only known when
// it is drawn: the project page is fluid, slides are fixed). Mark labels (应达 / 半年 / 全年) sit
// above the bar on up to two levels, moved sideways to stay inside the chart and off each other;
// the value label (58% 预警) sits beside the bar end but never across a mark line, which made it
// unreadable ("5|8% 预警").

/** Rough text width in px: CJK and full-width 1em, capitals and % wider, other Latin ≈ 0.58em (errs wide). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffff]/.test(ch) ? 1 : /[A-Z%@WMm]/.test(ch) ? 0.72 : 0.58;
  return Math.ceil(em * fontSize);
}

export interface Span { x0: number; x1: number }
export interface PlacedMark extends Span { level: 0 | 1 }

const MARK_GAP = 6;
const EDGE = 2;

/**
 * Mark labels of one row: `xs[i]` the line's x, `widths[i]` its label's width. Each label is tried
 * centred on its line, then on the upper level, then starting or ending at its line; always clamped
 * into [EDGE, chartWidth − EDGE]. The first place that overlaps no placed label wins; failing that,
 * the one that overlaps least.
 */
export function placeMarkLabels(xs: number[], widths: number[], chartWidth: number): PlacedMark[] {
  const placed: (PlacedMark | undefined)[] = new Array(xs.length);
  const order = xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b]);
  for (const i of order) {
    const w = widths[i];
    const x = xs[i];
    const clamp = (x0: number) => Math.max(EDGE, Math.min(chartWidth - EDGE - w, x0));
    const starts = [x - w / 2, x - 3, x - w + 3];
    const candidates: PlacedMark[] = [0, 1].flatMap((level) => starts.map((s) => ({ x0: clamp(s), x1: clamp(s) + w, level: level as 0 | 1 })));
    // Centred on either level first: a label right above its line reads best.
    candidates.sort((a, b) => rank(a, x) - rank(b, x));
    const overlap = (c: PlacedMark) => placed.reduce((sum, p) => sum + (p && p.level === c.level ? Math.max(0, Math.min(p.x1, c.x1) - Math.max(p.x0, c.x0) + MARK_GAP) : 0), 0);
    placed[i] = candidates.find((c) => overlap(c) === 0) ?? candidates.reduce((best, c) => (overlap(c) < overlap(best) ? c : best));
  }
  return placed as PlacedMark[];
}

/** Centred (after clamping) before shifted, level 0 before level 1 at equal shift. */
function rank(c: PlacedMark, x: number): number {
  const shift = Math.abs((c.x0 + c.x1) / 2 - x);
  return (shift < 1 ? 0 : 2) + c.level + shift / 1000;
}

const VALUE_GAP = 4;
/** Half the width of the thickest mark line (the solid 应达, 2px) plus air. */
const LINE_CLEAR = 2;
/** How much further (px) the full text may go than a shorter one before the shorter one wins. */
const SHORTER_COST = 16;

export interface PlacedValue extends Span { text: number }

/**
 * The value label's box, for texts of `widths` (the full one first, then shorter ones): right of
 * the bar end where no mark line crosses it, else just past the line in the way, or inside the
 * bar's end, between [plotLeft, chartWidth − EDGE]. The place nearest the bar end wins, a shorter
 * text paying SHORTER_COST. Only when nothing fits (a crowded, narrow chart) the full text is
 * clamped right of the bar end.
 */
export function placeValueLabel(barEnd: number, widths: number[], lines: number[], plotLeft: number, chartWidth: number): PlacedValue {
  let best: (PlacedValue & { cost: number }) | null = null;
  widths.forEach((width, text) => {
    const clear = (x0: number) => lines.every((x) => x <= x0 - LINE_CLEAR || x >= x0 + width + LINE_CLEAR);
    const right = [barEnd, ...lines.filter((x) => x >= barEnd - LINE_CLEAR)].map((x) => x + VALUE_GAP).sort((a, b) => a - b)
      .find((x0) => x0 + width <= chartWidth - EDGE && clear(x0));
    const left = [barEnd, ...lines.filter((x) => x <= barEnd + LINE_CLEAR)].map((x) => x - VALUE_GAP - width).sort((a, b) => b - a)
      .find((x0) => x0 >= plotLeft && clear(x0));
    for (const x0 of [right, left]) {
      if (x0 === undefined) continue;
      const cost = (x0 >= barEnd ? x0 - barEnd : barEnd - (x0 + width)) + text * SHORTER_COST;
      if (!best || cost < best.cost) best = { text, x0, x1: x0 + width, cost };
    }
  });
  if (best) {
    const { text, x0, x1 } = best;
    return { text, x0, x1 };
  }
  const x0 = Math.max(plotLeft, Math.min(barEnd + VALUE_GAP, chartWidth - EDGE - widths[0]));
  return { text: 0, x0, x1: x0 + widths[0] };
}
