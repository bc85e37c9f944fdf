// 指标对比 chart: one indicator across projects, one horizontal bar per project (names are long
// Chinese, so they read best down the side). The bar is the actual, coloured by status — one
// series per status, so the legend names the colours — with the value and status as its label;
// the expected value at the as-of date is a dark tick on each row, or, when every project shares
// the same target, one mark line labelled with it. More than MAX_VISIBLE rows scroll (dataZoom).
import type { EChartsOption } from 'echarts';
import { varianceText, type TextLanguage } from '../domain/rows';
import type { CompareResult, CompareRow } from '../domain/compare';
import type { Status } from '../domain/judge/types';
import { formatQuantity } from '../domain/target';
import { statusOrder } from '../domain/labels';
import { fontFamily, seriesColor, statusColor } from './palette';
import { plainLabel, tooltipHtml } from './escape';
import { round2 } from './numbers';
import { chartTitle, headingBottom, legendRow } from './frame';
import { emptyChartOption, fallbackEmpty } from './empty';

export interface CompareChartLabels {
  /** Language of the variance text in tooltips (default zh-CN). */
  lang?: TextLanguage;
  title: string;
  subtitle: string;
  expected: string;
  actual: string;
  /** Word before a shared target on its mark line: `目标` → `目标 ≥90%`. */
  target: string;
  status: Record<Status, string>;
  /** Tooltip row names. */
  statusName: string;
  indicator: string;
  targetApplied: string;
  variance: string;
  none: string;
  /** Drawn in the chart's place when no project has a row to chart. */
  empty?: string;
}

export const MAX_VISIBLE = 15;
const TRACK = '#e3e8f0';
const TRACK_EDGE = '#9aa6b8';
const DASH_ICON = 'path://M0,0h5v2H0z M7,0h5v2H7z M14,0h5v2h-5z';
const ROW = 38;
/** Heading with its legend row, the grid's bottom and the value axis' labels. */
const CHROME = headingBottom({ title: 'x', subtitle: 'x' }) + 8 + 28 + 28;

/** Pixel height that fits the rows (up to MAX_VISIBLE, then the chart scrolls). */
export function compareChartHeight(rows: number): number {
  return Math.max(260, Math.min(rows, MAX_VISIBLE) * ROW + CHROME);
}

/** The rows the chart draws, in its order: a click's dataIndex indexes this list. */
export const chartedRows = (result: CompareResult): CompareRow[] => result.rows.filter((r) => r.charted);

export function compareChartOption(result: CompareResult, labels: CompareChartLabels): EChartsOption {
  const rows = chartedRows(result);
  if (!rows.length) return emptyChartOption(labels.title, labels.empty ?? fallbackEmpty(labels.title));
  const unit = result.unit;
  const fmt = (x: number | null) => (x === null ? labels.none : formatQuantity(round2(x), unit));
  const category = (r: CompareRow) => (r.detail ? `${r.project}\n${r.detail}` : r.project);
  const present = statusOrder.filter((s) => rows.some((r) => r.status === s));
  const scroll = rows.length > MAX_VISIBLE;

  const statusSeries = present.map((s) => ({
    type: 'bar' as const,
    name: labels.status[s],
    stack: 'actual',
    barWidth: result.shared ? 20 : 12,
    z: 2,
    itemStyle: { color: statusColor[s], borderRadius: [0, 3, 3, 0] },
    // A pending row has no actual: a zero-length bar carries its 待填报 label.
    data: rows.map((r) => (r.status !== s ? '-' : r.actual ?? 0)),
    label: {
      show: true,
      position: 'right' as const,
      fontSize: 12,
      color: '#303133',
      formatter: (p: { dataIndex: number }) => {
        const r = rows[p.dataIndex];
        return r.actual === null ? labels.status[r.status] : `${fmt(r.actual)}  ${labels.status[r.status]}`;
      },
    },
  }));

  // Bullet style: a grey track up to the expected value, the actual drawn narrower on top of it.
  const expected = result.shared
    ? {
        type: 'line' as const,
        name: labels.expected,
        data: [] as number[],
        itemStyle: { color: seriesColor.target },
        lineStyle: { color: seriesColor.target, type: 'dashed' as const },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: seriesColor.target, type: 'dashed' as const, width: 1.5 },
          label: { formatter: plainLabel(`${labels.target} ${result.shared.target}`), position: 'start' as const, color: seriesColor.target, fontSize: 12 },
          data: [{ xAxis: result.shared.expected }],
        },
      }
    : {
        type: 'bar' as const,
        name: labels.expected,
        barWidth: 24,
        // Its own hidden category axis, so that both bars centre on the row whatever their widths.
        yAxisIndex: 1,
        z: 1,
        silent: true,
        itemStyle: { color: TRACK, borderColor: TRACK_EDGE, borderWidth: 1 },
        data: rows.map((r) => r.expected),
      };
  const categories = rows.map(category);
  const legendIcon = result.shared ? DASH_ICON : 'rect';

  return {
    textStyle: { fontFamily },
    title: chartTitle(labels),
    legend: legendRow(labels, [{ name: labels.expected, icon: legendIcon }, ...present.map((s) => labels.status[s])]),
    grid: { left: 8, right: scroll ? 110 : 90, top: headingBottom(labels) + 8, bottom: 28, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const r = first && rows[first.dataIndex];
        if (!r) return '';
        return tooltipHtml(r.project, [
          [labels.indicator, r.detail && r.detail !== r.level3 ? `${r.level3}（${r.detail}）` : r.level3],
          [labels.statusName, labels.status[r.status]],
          [labels.targetApplied, r.target],
          [labels.expected, r.expectedText || labels.none],
          [labels.actual, r.actualText ? `${r.actualText}${r.actualDate ? `（${r.actualDate}）` : ''}` : labels.none],
          [labels.variance, varianceText(r.judgement, labels.lang) || labels.none],
        ]);
      },
    },
    xAxis: {
      type: 'value',
      axisLabel: { formatter: (v: number) => formatQuantity(v, unit), color: '#606266', hideOverlap: true },
      splitLine: { lineStyle: { color: '#ebeef5' } },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: categories,
        axisTick: { show: false },
        axisLabel: { width: 230, overflow: 'truncate', color: '#303133', lineHeight: 16 },
      },
      // position left + no labels: a hidden axis on the right would still reserve label room.
      { type: 'category', inverse: true, data: categories, position: 'left', show: false, axisLabel: { show: false }, axisLine: { show: false }, axisTick: { show: false } },
    ],
    dataZoom: scroll
      ? [
          { type: 'slider', yAxisIndex: [0, 1], right: 12, width: 14, startValue: 0, endValue: MAX_VISIBLE - 1, showDetail: false, showDataShadow: false, brushSelect: false },
          { type: 'inside', yAxisIndex: [0, 1], startValue: 0, endValue: MAX_VISIBLE - 1, zoomOnMouseWheel: false, moveOnMouseWheel: true },
        ]
      : [],
    series: [expected, ...statusSeries],
  } as EChartsOption;
}
