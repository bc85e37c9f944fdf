// Status distribution per group (一级指标, 主管部门, 实施单位): one horizontal stacked bar per group,
// one segment per status in the status colours, each segment wide enough labelled with its count,
// the legend naming the statuses and the tooltip giving every count, so colour is never the only
// carrier of meaning. On a phone (chart narrower than NARROW_CHART) a media rule narrows the name
// column and thins the count axis, so the bars keep most of the width and the ticks never merge.
import type { EChartsOption } from 'echarts';
import type { Status } from '../domain/judge/types';
import type { StatusGroup } from '../domain/aggregate';
import { statusOrder } from '../domain/labels';
import { tooltipHtml } from './escape';
import { fontFamily, statusColor } from './palette';
import { categoryChartHeight, categoryZoom, rowTooltip, labelColumn, percentText } from './categoryRows';
import { chartTitle, headingBottom, legendRow } from './frame';
import { emptyChartOption, fallbackEmpty } from './empty';

export interface StatusDistributionLabels {
  title: string;
  subtitle?: string;
  status: Record<Status, string>;
  total: string;
  /** Unit after a count: 个. */
  count: string;
  /** Name shown for a group without one (blank 一级指标). */
  unnamed: string;
  /** Drawn in the chart's place when there is no group (no indicator in scope). */
  empty?: string;
  /** The subtitle when every indicator is still 待填报 (尚无实际值：截至 6月30日 …); the bars still count them. */
  noActuals?: string;
}

/** Grid under a heading with a subtitle (a chart without one starts higher). */
export const STATUS_GRID = { top: headingBottom({ title: 'x', subtitle: 'x' }) + 8, bottom: 30, right: 40 };
export const statusChartHeight = (groups: number) => categoryChartHeight(groups, STATUS_GRID.top + STATUS_GRID.bottom);
/** Chart width (px) at and below which the narrow layout applies. */
export const NARROW_CHART = 480;
/** Widest name column in the narrow layout: long 主管部门 names truncate to about 7 characters. */
const NARROW_LABEL_COLUMN = 110;

export function statusDistributionOption(groups: StatusGroup[], labels: StatusDistributionLabels): EChartsOption {
  if (!groups.length) return emptyChartOption(labels.title, labels.empty ?? fallbackEmpty(labels.title));
  const noActuals = groups.every((g) => g.counts.met + g.counts.warning + g.counts.behind === 0);
  const heading = { title: labels.title, subtitle: noActuals && labels.noActuals ? labels.noActuals : labels.subtitle };
  const names = groups.map((g) => g.label || labels.unnamed);
  const byName = new Map(names.map((n, i) => [n, groups[i]]));
  const left = labelColumn(names);
  const narrowLeft = Math.min(left, NARROW_LABEL_COLUMN);
  // A count is written inside its segment only when the segment is wide enough to hold it.
  const minLabelled = Math.max(...groups.map((g) => g.total), 1) * 0.035;

  const tooltip = (name: string) => {
    const g = byName.get(name);
    if (!g) return '';
    const rows: [string, string][] = statusOrder
      .filter((s) => g.counts[s] > 0)
      .map((s) => [labels.status[s], `${g.counts[s]} ${labels.count}（${percentText(g.counts[s] / g.total)}）`]);
    rows.push([labels.total, `${g.total} ${labels.count}`]);
    return tooltipHtml(name, rows);
  };

  return {
    textStyle: { fontFamily },
    title: chartTitle(heading),
    legend: legendRow(heading, statusOrder.map((s) => labels.status[s])),
    grid: { ...STATUS_GRID, left, top: headingBottom(heading) + 8, outerBoundsMode: 'none' },
    tooltip: rowTooltip(tooltip),
    dataZoom: categoryZoom(groups.length),
    xAxis: { type: 'value', minInterval: 1, axisLabel: { hideOverlap: true }, splitLine: { lineStyle: { type: 'dashed', color: '#e5e7eb' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: { width: left - 14, overflow: 'truncate', color: '#1f2937' },
    },
    series: statusOrder.map((s) => ({
      type: 'bar' as const,
      name: labels.status[s],
      stack: 'status',
      barWidth: '55%',
      barMaxWidth: 26,
      data: groups.map((g) => g.counts[s]),
      itemStyle: { color: statusColor[s] },
      emphasis: { focus: 'series' as const },
      label: {
        show: true,
        color: '#fff',
        fontWeight: 'bold' as const,
        formatter: (p: { value: unknown }) => (Number(p.value) > 0 && Number(p.value) >= minLabelled ? String(p.value) : ''),
      },
    })),
    // ECharts re-applies this on every resize, so one option serves a phone and a wall screen.
    media: [
      {
        query: { maxWidth: NARROW_CHART },
        option: { grid: { left: narrowLeft }, yAxis: { axisLabel: { width: narrowLeft - 14 } }, xAxis: { splitNumber: 3 } },
      },
    ],
  };
}
