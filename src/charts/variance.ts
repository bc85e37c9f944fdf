// Variance chart of one project: one horizontal bar per quantitative indicator with an actual,
// the relative variance against the expected value at the as-of date, coloured by status, and the
// figure with the status word (colour is never the only carrier). Sign convention: a bar to the
// right is better than expected, to the left worse — for a 反向 indicator (lower is better) the
// variance is negated so that "bad" always points left.
// Layout: three fixed columns — names at the left (truncated, full name on hover), bars in the
// middle, figures at the right — so no label can run into another at any width (a slide draws
// this chart 600px wide, a phone 420px: a figure beside a long red bar used to run into its name).
import type { EChartsOption } from 'echarts';
import type { Direction, Judgement, Status } from '../domain/judge/types';
import { expectedText, varianceText, type TextLanguage } from '../domain/rows';
import { plainLabel, tooltipHtml } from './escape';
import { fontFamily, statusColor } from './palette';
import { labelColumn, textWidth } from './categoryRows';
import { chartTitle, headingBottom, legendRow } from './frame';
import { emptyChartOption } from './empty';

export interface VarianceEntry { judgement: Judgement; name: string }

export interface VarianceLabels {
  /** Language of the variance text in tooltips (default zh-CN). */
  lang?: TextLanguage;
  title: string;
  subtitle: string;
  /** Axis name: 相对偏差（正＝好于应达值）. */
  axis: string;
  expected: string;
  actual: string;
  variance: string;
  status: string;
  direction: string;
  directionNames: Record<Direction, string>;
  statusNames: Record<Status, string>;
  /** Drawn in the chart's place when no indicator has a relative variance yet. */
  empty: string;
}

export interface VarianceBar {
  id: string;
  name: string;
  status: Status;
  /** Relative variance in %, negated for 反向: positive = better than expected. */
  performance: number;
  judgement: Judgement;
}

/** Bars stretch at most this far (%); the figure keeps the real value. */
export const VARIANCE_CLAMP = 150;
/** Widest name column (px); longer names truncate and show whole in the axis tooltip. */
export const NAME_COLUMN_MAX = 180;
/** Room for the scroll bar at the right edge when there are many rows. */
const SCROLL_ROOM = 22;

/** A relative variance in % with its sign and one decimal, like every rate on the charts: `-8.0%`, `+15.0%`, `0.0%`. */
export function signedPercent(x: number): string {
  const r = Math.round(x * 10) / 10;
  return `${r > 0 ? '+' : ''}${r === 0 ? '0.0' : r.toFixed(1)}%`;
}

/** Indicators that have a relative variance, worst first (most negative performance on top). */
export function varianceBars(entries: VarianceEntry[]): VarianceBar[] {
  const bars: VarianceBar[] = [];
  for (const { judgement: j, name } of entries) {
    const r = j.variance.relative;
    if (r === null || j.actual === null) continue;
    // A money cap is a ceiling: under it is on target (a bar of 0, its figure the share used), only an overrun is a bar.
    const pct = j.capShare !== undefined ? -Math.max(0, j.capShare - 1) * 100 : r * 100 * (j.direction === 'negative' ? -1 : 1);
    bars.push({ id: j.indicatorId, name, status: j.status, performance: pct === 0 ? 0 : pct, judgement: j });
  }
  return bars.sort((a, b) => a.performance - b.performance);
}

/** Statuses a numeric judgement can have, in legend order. */
const shown: Status[] = ['behind', 'warning', 'met'];

/** The number of a bar's figure: its signed variance, or for a money cap the share used (`已用 0%`, domain.md §3 caps). */
export function figureValue(b: VarianceBar, lang: TextLanguage = 'zh-CN'): string {
  const share = b.judgement.capShare;
  if (share === undefined) return signedPercent(b.performance);
  const used = `${Math.round(share * 1000) / 10}%`;
  return lang === 'en' ? `${used} used` : `已用 ${used}`;
}

/** The figure column's text of a bar: `-33.3%  ● 滞后`. */
const figure = (b: VarianceBar, labels: VarianceLabels) => `${figureValue(b, labels.lang)}  ● ${labels.statusNames[b.status]}`;

/** Width (px) of the figure column at the right of the bars: the widest figure plus the gap to the plot. */
export function figureColumn(bars: VarianceBar[], labels: VarianceLabels): number {
  // Figures are bold: ~10% wider than textWidth's estimate.
  return Math.ceil(bars.reduce((m, b) => Math.max(m, textWidth(figure(b, labels)) * 1.1), 0)) + 20;
}

/** Width (px) of the figures themselves, right-aligned in it so that their decimal points line up. */
const numberColumn = (bars: VarianceBar[], lang?: TextLanguage) => Math.ceil(bars.reduce((m, b) => Math.max(m, textWidth(figureValue(b, lang)) * 1.1), 0));

export function varianceOption(entries: VarianceEntry[], labels: VarianceLabels): EChartsOption {
  const bars = varianceBars(entries);
  if (!bars.length) return emptyChartOption(labels.title, labels.empty);
  const many = bars.length > 16;
  const heading = { title: labels.title, subtitle: labels.subtitle };
  const statuses = shown.filter((s) => bars.some((b) => b.status === s));
  const names = labelColumn(bars.map((b) => b.name), 60, NAME_COLUMN_MAX);
  const figures = figureColumn(bars, labels);
  // Both category axes share the rows; the right one's values are row indexes, its labels the figures.
  const rowIds = bars.map((_, i) => String(i));
  const figureText = (i: string) => {
    const b = bars[Number(i)];
    return b ? `{v|${figureValue(b, labels.lang)}}  {${b.status}|●} ${plainLabel(labels.statusNames[b.status])}` : '';
  };
  const tooltipOf = (params: unknown) => {
    const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
    const bar = bars[first?.dataIndex ?? -1];
    if (!bar) return '';
    const j = bar.judgement;
    return tooltipHtml(bar.name, [
      [labels.status, labels.statusNames[j.status]],
      [labels.expected, expectedText(j)],
      [labels.actual, `${j.actualText ?? ''}${j.actualDate ? `（${j.actualDate}）` : ''}`],
      [labels.variance, varianceText(j, labels.lang)],
      [labels.direction, j.direction ? labels.directionNames[j.direction] : ''],
    ]);
  };
  const rowAxis = { type: 'category' as const, inverse: true, axisTick: { show: false } };
  return {
    textStyle: { fontFamily },
    title: chartTitle(heading),
    legend: legendRow(heading, statuses.map((s) => labels.statusNames[s])),
    grid: { left: names, right: figures + (many ? SCROLL_ROOM : 8), top: headingBottom(heading) + 8, bottom: 44, outerBoundsMode: 'none' },
    // The whole row answers (a 0.0% bar has no width to point at).
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow', label: { show: false } }, confine: true, formatter: tooltipOf },
    xAxis: {
      type: 'value',
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 26,
      // The bars only: their figures have a column of their own. Zero stays inside with room on both sides.
      min: (v) => -Math.ceil(Math.min(VARIANCE_CLAMP, Math.max(10, -v.min)) * 1.1 / 10) * 10,
      max: (v) => Math.ceil(Math.min(VARIANCE_CLAMP, Math.max(10, v.max)) * 1.1 / 10) * 10,
      axisLabel: { formatter: '{value}%', hideOverlap: true },
      splitLine: { lineStyle: { type: 'dashed', color: '#e4e7ed' } },
    },
    yAxis: [
      {
        ...rowAxis,
        data: bars.map((b) => b.name),
        // Every bar keeps its name, also where a short box (the printed report) would make ECharts skip alternate ones.
        axisLabel: { interval: 0, width: names - 14, overflow: 'truncate', color: '#303133' },
        // A truncated name shows whole on hover.
        tooltip: { show: true },
      },
      {
        ...rowAxis,
        position: 'right',
        data: rowIds,
        axisLine: { show: false },
        axisLabel: {
          interval: 0,
          margin: 12,
          align: 'left',
          color: '#303133',
          formatter: figureText,
          rich: {
            v: { fontWeight: 'bold', color: '#1f2937', width: numberColumn(bars, labels.lang), align: 'right' },
            ...Object.fromEntries(shown.map((s) => [s, { color: statusColor[s], fontSize: 13 }])),
          },
        },
      },
    ],
    dataZoom: many
      ? [{ type: 'slider', yAxisIndex: [0, 1], right: 4, width: 14, start: 0, end: (16 / bars.length) * 100, showDetail: false },
        { type: 'inside', yAxisIndex: [0, 1], zoomOnMouseWheel: false, moveOnMouseWheel: true }]
      : undefined,
    series: statuses.map((s) => ({
      type: 'bar' as const,
      name: labels.statusNames[s],
      stack: 'variance',
      barMaxWidth: 18,
      itemStyle: { color: statusColor[s], borderRadius: 2 },
      emphasis: { focus: 'none' as const },
      data: bars.map((b) => (b.status !== s ? null : { value: Math.max(-VARIANCE_CLAMP, Math.min(VARIANCE_CLAMP, b.performance)), id: b.id })),
      markLine: s === statuses[0]
        ? { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#909399', type: 'solid' as const, width: 1 }, data: [{ xAxis: 0 }] }
        : undefined,
    })),
  };
}
