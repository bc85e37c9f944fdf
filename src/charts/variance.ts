// Variance chart of one project: one horizontal bar per quantitative indicator with an actual,
// the relative variance against the expected value at the as-of date, coloured by status and
// labelled with the figure and the status word (colour is never the only carrier). Sign
// convention: a bar to the right is better than expected, to the left worse — for a 反向
// indicator (lower is better) the variance is negated so that "bad" always points left.
import type { EChartsOption } from 'echarts';
import type { Direction, Judgement, Status } from '../domain/judge/types';
import { expectedText, varianceText } from '../domain/rows';
import { plainLabel, tooltipHtml } from './escape';
import { fontFamily, statusColor } from './palette';

export interface VarianceEntry { judgement: Judgement; name: string }

export interface VarianceLabels {
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
  /** Shown when no indicator has a relative variance yet. */
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

/** Bars stretch at most this far (%); the label keeps the real figure. */
export const VARIANCE_CLAMP = 150;
/** Bars longer than this (%) carry their label inside. */
const LABEL_INSIDE = 90;
const round1 = (x: number) => Math.round(x * 10) / 10;
const signed = (x: number) => `${x > 0 ? '+' : ''}${round1(x)}%`;

/** Indicators that have a relative variance, worst first (most negative performance on top). */
export function varianceBars(entries: VarianceEntry[]): VarianceBar[] {
  const bars: VarianceBar[] = [];
  for (const { judgement: j, name } of entries) {
    const r = j.variance.relative;
    if (r === null || j.actual === null) continue;
    const pct = r * 100 * (j.direction === 'negative' ? -1 : 1);
    bars.push({ id: j.indicatorId, name, status: j.status, performance: pct === 0 ? 0 : pct, judgement: j });
  }
  return bars.sort((a, b) => a.performance - b.performance);
}

/** Statuses a numeric judgement can have, in legend order. */
const shown: Status[] = ['behind', 'warning', 'met'];

export function varianceOption(entries: VarianceEntry[], labels: VarianceLabels): EChartsOption {
  const bars = varianceBars(entries);
  const many = bars.length > 16;
  const title = { text: labels.title, subtext: bars.length ? labels.subtitle : labels.empty, left: 8, top: 4,
    textStyle: { fontSize: 15, fontFamily }, subtextStyle: { fontSize: 12, color: '#606266', fontFamily } };
  const statuses = shown.filter((s) => bars.some((b) => b.status === s));
  return {
    textStyle: { fontFamily },
    title,
    legend: { top: 8, right: 96, data: statuses.map((s) => labels.statusNames[s]) },
    grid: { left: 16, right: many ? 56 : 32, top: 64, bottom: 36, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const bar = bars[(p as { dataIndex: number }).dataIndex];
        if (!bar) return '';
        const j = bar.judgement;
        const dir = j.direction ? labels.directionNames[j.direction] : '';
        return tooltipHtml(bar.name, [
          [labels.status, labels.statusNames[j.status]],
          [labels.expected, expectedText(j)],
          [labels.actual, `${j.actualText ?? ''}${j.actualDate ? `（${j.actualDate}）` : ''}`],
          [labels.variance, varianceText(j)],
          [labels.direction, dir],
        ]);
      },
    },
    xAxis: {
      type: 'value',
      name: labels.axis,
      nameLocation: 'middle',
      nameGap: 24,
      // Room beyond the longest bars for their labels (figure and status word).
      min: (v) => Math.floor(Math.max(-VARIANCE_CLAMP, Math.min(-10, v.min)) * 1.35 / 10) * 10 - 10,
      max: (v) => Math.ceil(Math.min(VARIANCE_CLAMP, Math.max(10, v.max)) * 1.35 / 10) * 10 + 10,
      axisLabel: { formatter: '{value}%' },
      splitLine: { lineStyle: { type: 'dashed', color: '#e4e7ed' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.name),
      axisTick: { show: false },
      axisLabel: { width: 200, overflow: 'truncate', color: '#303133' },
    },
    dataZoom: many
      ? [{ type: 'slider', yAxisIndex: 0, right: 8, width: 14, start: 0, end: (16 / bars.length) * 100, showDetail: false },
        { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }]
      : undefined,
    series: statuses.map((s) => ({
      type: 'bar' as const,
      name: labels.statusNames[s],
      stack: 'variance',
      barMaxWidth: 18,
      itemStyle: { color: statusColor[s], borderRadius: 2 },
      emphasis: { focus: 'none' as const },
      data: bars.map((b) => {
        if (b.status !== s) return null;
        const v = Math.max(-VARIANCE_CLAMP, Math.min(VARIANCE_CLAMP, b.performance));
        return {
          value: v,
          id: b.id,
          label: {
            show: true,
            // A long bar carries its label inside (white), so it never runs into the axis names.
            position: Math.abs(v) > LABEL_INSIDE ? (v < 0 ? ('insideLeft' as const) : ('insideRight' as const)) : v < 0 ? ('left' as const) : ('right' as const),
            formatter: plainLabel(`${signed(b.performance)} ${labels.statusNames[b.status]}`),
            color: Math.abs(v) > LABEL_INSIDE ? '#fff' : '#303133',
            fontSize: 12,
          },
        };
      }),
      markLine: s === statuses[0]
        ? { silent: true, symbol: 'none', label: { show: false }, lineStyle: { color: '#909399', type: 'solid' as const, width: 1 }, data: [{ xAxis: 0 }] }
        : undefined,
    })),
  };
}
