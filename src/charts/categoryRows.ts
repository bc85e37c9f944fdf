// Horizontal bar charts with one row per category (project, 一级指标, department): the chart grows
// with the rows up to MAX_VISIBLE_ROWS, then keeps its height and scrolls (dataZoom) so 50
// projects stay readable instead of being squeezed.
import type { EChartsOption } from 'echarts';
import { formatPercent } from '../domain/target';

export const ROW_HEIGHT = 34;
export const MAX_VISIBLE_ROWS = 15;

/** Pixel height for `rows` categories plus the title/legend/axis chrome around the grid. */
export function categoryChartHeight(rows: number, chrome: number): number {
  return chrome + ROW_HEIGHT * Math.max(3, Math.min(rows, MAX_VISIBLE_ROWS));
}

/** A vertical scroll bar (slider + wheel) over the y categories when there are too many to show. */
export function categoryZoom(rows: number, right = 6): EChartsOption['dataZoom'] {
  if (rows <= MAX_VISIBLE_ROWS) return [];
  const window = { startValue: 0, endValue: MAX_VISIBLE_ROWS - 1 };
  return [
    { type: 'slider', yAxisIndex: 0, ...window, right, width: 14, showDetail: false, brushSelect: false, zoomLock: true },
    { type: 'inside', yAxisIndex: 0, ...window, zoomOnMouseWheel: false, moveOnMouseWheel: true, moveOnMouseMove: false },
  ];
}

/**
 * Tooltip of a category-row chart: one box per row (whichever series the pointer is over), its
 * HTML made by `render(category)` — which must escape data (tooltipHtml does).
 */
export function rowTooltip(render: (category: string) => string): EChartsOption['tooltip'] {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow', label: { show: false } },
    confine: true,
    formatter: (params: unknown) => {
      const first = (Array.isArray(params) ? params[0] : params) as { axisValue?: string; name?: string } | undefined;
      return render(String(first?.axisValue ?? first?.name ?? ''));
    },
  };
}

/** Approximate pixel width of a 12px label: CJK and full-width characters ≈ 12px, others ≈ 7px. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 12 : 7;
  return w;
}

/** Grid left margin fitting the longest category name, within [min, max] (longer names truncate). */
export function labelColumn(names: string[], min = 60, max = 220): number {
  const widest = names.reduce((m, n) => Math.max(m, textWidth(n)), 0);
  return Math.min(max, Math.max(min, widest + 18));
}

/** 0.27506 → 27.51 (a fraction as a percentage number, 2 decimals: a position on a % axis). */
export const percent = (fraction: number) => Math.round(fraction * 10000) / 100;

/**
 * The one way charts write a rate (执行率, 序时进度, a share): one decimal like every table,
 * 0.27506 → `27.5%`, 0.58 → `58.0%`; `—` for none.
 */
export const percentText = (fraction: number | null) => formatPercent(fraction);

/** 万元 with two decimals and thousands separators, like every table: 1325.06 → `1,325.06`, 15.4 → `15.40`. */
export function wanText(amount: number): string {
  if (!Number.isFinite(amount)) return '—';
  const [int, frac] = Math.abs(Math.round(amount * 100) / 100).toFixed(2).split('.');
  const sign = amount < 0 && Math.round(amount * 100) !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

/** An amount with its unit, as the app writes it: `1,325.06 万元`, `15.40 10k CNY`; `—` for none. */
export const moneyText = (amount: number | null, unit: string) => (amount === null ? '—' : `${wanText(amount)} ${unit}`);
