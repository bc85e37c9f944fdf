// Trend of one indicator through the year: its dated actuals (on or before the as-of date — later
// ones do not exist yet at that date) against the expected path the judge uses (stepped 半年 → 全年
// line for a level target, a ramp for a cumulative one), a mark at the as-of date, and, for a
// lagging cumulative indicator, the pace still needed to reach the 全年 target by 31 December.
import type { EChartsOption } from 'echarts';
import type { Judgement, Status } from '../domain/judge/types';
import type { IndicatorTrack } from '../domain/path';
import { pathValueAt } from '../domain/path';
import { daysInMonth, toIso } from '../domain/calendar';
import type { Pace } from '../domain/pace';
import { plainLabel, tooltipHtml } from './escape';
import { niceCeil, quantityText } from './numbers';
import { fontFamily, seriesColor, statusColor } from './palette';
import { chartTitle, headingBottom, legendRow } from './frame';

export interface TrendLabels {
  title: string;
  path: string;
  actual: string;
  needed: string;
  asOf: string;
  date: string;
  expected: string;
  reason: string;
  derived: string;
  /** ECharts time-axis template: `{M}月` / `{MMM}`. */
  monthFormat: string;
  statusNames: Record<Status, string>;
  /** Already formatted: 还需每月 +17个百分点. */
  paceText?: string;
  /**
   * The date on the as-of mark, `{M}` and `{D}` standing for month and day: `{M}月{D}日` (截至 7月31日,
   * as everywhere in the app) or a short English `{M}/{D}` (As of 7/31). Default: the Chinese form
   * when `asOf` is Chinese, the short form otherwise.
   */
  asOfDate?: string;
}

const CJK = /[\u2e80-\u9fff]/;

/** `截至 7月31日` / `As of 7/31`: the words before the date, the date in the labels' form. */
export function asOfMark(asOf: string, L: Pick<TrendLabels, 'asOf' | 'asOfDate'>): string {
  const form = L.asOfDate ?? (CJK.test(L.asOf) ? '{M}月{D}日' : '{M}/{D}');
  const date = form.replace('{M}', String(Number(asOf.slice(5, 7)))).replace('{D}', String(Number(asOf.slice(8, 10))));
  return `${L.asOf} ${date}`;
}

/** Below this chart width twelve month names no longer fit side by side. */
const NARROW_TREND = 500;

/** 31 Jan … 31 Dec of the year, as ISO dates. */
export const monthEnds = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => toIso({ year, month: i + 1, day: daysInMonth(year, i + 1) }));

export function trendOption(
  track: IndicatorTrack, j: Judgement | null, name: string, asOf: string, year: number, L: TrendLabels, pace: Pace | null = null,
  opts: { subtitle?: boolean } = {},
): EChartsOption {
  const unit = track.unit;
  const seen = track.actuals.filter((a) => a.value !== null && a.date <= asOf && a.date.startsWith(`${year}-`));
  const last = seen[seen.length - 1];
  const lastColor = j && last && j.actualDate === last.date ? statusColor[j.status] : seriesColor.actual;
  const end = `${year}-12-31`;
  const showPace = pace !== null && last !== undefined && track.fy !== null;
  const months = monthEnds(year);
  // The as-of label sits above its line: near either end of the year it would overflow the chart.
  const month = Number(asOf.slice(5, 7));
  const asOfAlign = month >= 11 ? 'right' : month <= 2 ? 'left' : 'center';
  const series: NonNullable<EChartsOption['series']> = [
    {
      type: 'line', name: L.path, data: track.points.map((p) => [p.date, p.value]), showSymbol: false, z: 2,
      lineStyle: { color: '#606266', width: 2 }, itemStyle: { color: '#606266' },
      markLine: {
        silent: true, symbol: 'none',
        data: [{ xAxis: asOf, lineStyle: { color: seriesColor.timeProgress, type: 'solid', width: 1 }, label: { formatter: plainLabel(asOfMark(asOf, L)), position: 'end', align: asOfAlign, color: seriesColor.timeProgress } }],
      },
      markArea: { silent: true, data: [[{ xAxis: asOf, itemStyle: { color: 'rgba(144,147,153,0.08)' } }, { xAxis: end }]] as never },
    },
    {
      type: 'line', name: L.actual, z: 4, symbol: 'circle', symbolSize: 9,
      lineStyle: { color: seriesColor.actual, width: 2 }, itemStyle: { color: seriesColor.actual },
      data: seen.map((a, i) => ({
        value: [a.date, a.value],
        itemStyle: i === seen.length - 1 ? { color: lastColor, borderColor: '#fff', borderWidth: 1 } : undefined,
        label: { show: true, position: 'top' as const, formatter: plainLabel(quantityText(a.value, unit)), color: '#303133', fontSize: 12 },
      })),
    },
  ];
  if (showPace) {
    series.push({
      type: 'line', name: L.needed, z: 3, symbol: 'none',
      lineStyle: { color: statusColor.behind, type: 'dashed', width: 2 }, itemStyle: { color: statusColor.behind },
      data: [[last!.date, last!.value], [end, track.fy]],
    });
  }
  const values = [...track.points.map((p) => p.value), ...seen.map((a) => a.value as number), track.fy ?? 0];
  const heading = { title: L.title, subtitle: opts.subtitle === false ? '' : name };
  return {
    textStyle: { fontFamily },
    title: chartTitle(heading, 520),
    legend: legendRow(heading, [L.path, L.actual, ...(showPace ? [L.needed] : [])]),
    // Top: the unit (the y axis' name) stands above the axis, under the legend.
    grid: { left: 16, right: 32, top: headingBottom(heading) + 28, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const { seriesIndex, dataIndex } = p as { seriesIndex: number; dataIndex: number };
        if (seriesIndex === 1) {
          const a = seen[dataIndex];
          const rows: [string, string][] = [
            [L.date, a.date], [L.actual, `${a.text}${a.derived ? `（${L.derived}）` : ''}`], [L.expected, quantityText(pathValueAt(track.points, a.date), unit)],
          ];
          if (a.reason) rows.push([L.reason, a.reason]);
          return tooltipHtml(name, rows);
        }
        if (seriesIndex === 0) {
          const pt = track.points[dataIndex];
          return tooltipHtml(L.path, [[L.date, pt.date], [L.expected, quantityText(pt.value, unit)]]);
        }
        return tooltipHtml(L.needed, L.paceText ? [[L.needed, L.paceText]] : []);
      },
    },
    xAxis: {
      type: 'time', min: `${year}-01-01`, max: end,
      // Months are marked at their last day, where reports fall (a 30 September figure sits on 9月,
      // not just before 10月). Twelve fit a wide chart; a narrow one names the quarter ends (media).
      axisLabel: { formatter: L.monthFormat, color: '#606266', hideOverlap: true, customValues: months },
      axisTick: { customValues: months },
      splitLine: { show: true, lineStyle: { color: '#f0f2f5' } },
    },
    yAxis: {
      type: 'value', name: unit, min: 0, max: (v) => niceCeil(Math.max(1, v.max, ...values) * 1.15),
      axisLabel: { color: '#606266' }, splitLine: { lineStyle: { type: 'dashed', color: '#e4e7ed' } },
    },
    series,
    // ECharts re-applies this on every resize: one option for a phone and a projector.
    media: [{ query: { maxWidth: NARROW_TREND }, option: { xAxis: { axisLabel: { customValues: months.filter((_, i) => i % 3 === 2) } } } }],
  };
}
