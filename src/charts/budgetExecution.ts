// 预算执行率 per project at the as-of date (domain.md §4): one horizontal bar per project, a dashed
// line at 序时进度, a ◇ at the project's 半年计划占比 and a | at its 执行率 target; the exact rate in
// a column at the right, with the budget light (● 红灯) under the 一体化系统 rule set. Categories are
// project ids (names can repeat); the axis shows names. An invisible full-row bar makes the whole
// row clickable, so a project at 0% can still be opened.
import type { EChartsOption } from 'echarts';
import type { Light } from '../domain/judge/types';
import type { BudgetExecution } from '../domain/report.types';
import { tooltipHtml } from './escape';
import { fontFamily, lightColor, seriesColor } from './palette';
import { categoryChartHeight, categoryZoom, rowTooltip, moneyText, percent, percentText } from './categoryRows';
import { chartTitle, headingBottom, legendRow } from './frame';
import { emptyChartOption, fallbackEmpty } from './empty';

export interface BudgetRow {
  projectId: string;
  name: string;
  budget: BudgetExecution;
}

export interface BudgetLabels {
  title: string;
  /** e.g. 截至 2024年9月30日 · 按执行率由低到高. */
  subtitle: string;
  executionRate: string;
  timeProgress: string;
  planH1Share: string;
  targetRate: string;
  spent: string;
  total: string;
  spentDate: string;
  noSpend: string;
  /** Unit of money, 万元. */
  wan: string;
  budgetLight: string;
  lights: Record<Light, string>;
  /** Drawn in the chart's place when there is no project (none loaded, none under the filters). */
  empty?: string;
  /** The subtitle when no project has any spend yet (尚无执行数：截至 6月30日 …); the rows still show plan and targets. */
  noSpendAll?: string;
  /** Beside a rate taken from the recorded 预算执行率, not from spend (domain.md §3 one execution rate): 填报. */
  reported?: string;
  /** Tooltip line naming the rate's source, and its values (执行数 / 填报的预算执行率). */
  rateSource?: string;
  rateSources?: { spend: string; reported: string };
}

/** Height of the row between the legend and the plot that holds the 序时进度 line's label. */
const MARK_LABEL_ROW = 18;
/**
 * Fixed grid (px), so tests and callers can locate a row: under the heading, its legend row and
 * the 序时进度 label's own row; drawn right under the legend, the label ran over the legend words
 * (执行率目标) wherever the line fell below them. The x-axis ticks need 24px below.
 */
export const BUDGET_GRID = { top: headingBottom({ title: 'x', subtitle: 'x' }) + MARK_LABEL_ROW, bottom: 24, left: 230, right: 120 };
const CHROME = BUDGET_GRID.top + BUDGET_GRID.bottom;

export const budgetChartHeight = (rows: number) => categoryChartHeight(rows, CHROME);

/** The project id behind a click on a bar, a marker or an axis name; null elsewhere. */
export function clickedProjectId(params: { componentType?: string; name?: string; value?: unknown }, ids: Set<string>): string | null {
  const candidate = params.componentType === 'yAxis' ? String(params.value ?? '') : (params.name ?? '');
  return ids.has(candidate) ? candidate : null;
}

export function budgetExecutionOption(rows: BudgetRow[], labels: BudgetLabels, options: { lights?: boolean } = {}): EChartsOption {
  if (!rows.length) return emptyChartOption(labels.title, labels.empty ?? fallbackEmpty(labels.title));
  const noSpend = rows.every((r) => r.budget.executionRate === null);
  const heading = { title: labels.title, subtitle: noSpend && labels.noSpendAll ? labels.noSpendAll : labels.subtitle };
  const byId = new Map(rows.map((r) => [r.projectId, r]));
  const ids = rows.map((r) => r.projectId);
  const timeProgress = rows[0]?.budget.timeProgress ?? 0;
  // Projects of another 年度 have their own 序时进度 (100% for a finished year): then one mark per row.
  const sharedTime = rows.every((r) => r.budget.timeProgress === timeProgress);
  const highest = rows.reduce((m, r) => Math.max(m, r.budget.executionRate ?? 0, r.budget.planH1Share ?? 0, r.budget.targetRate ?? 0), 1);
  const max = Math.ceil((highest * 100) / 10) * 10;
  const lightOf = (r: BudgetRow) => (options.lights ? r.budget.light : null);

  const markers = (pick: (b: BudgetExecution) => number | null) =>
    rows.flatMap((r, i) => {
      const v = pick(r.budget);
      return v === null ? [] : [{ name: r.projectId, value: [percent(v), i] }];
    });

  /** Rich text of the value column: `{v|27.5%}`, `{none|无执行数}`, `{red|●} 红灯`. */
  const valueText = (id: string) => {
    const r = byId.get(id);
    if (!r) return '';
    if (r.budget.executionRate === null) return `{none|${labels.noSpend}}`;
    const light = lightOf(r);
    const reported = r.budget.rateSource === 'reported' ? ` {none|${labels.reported ?? '填报'}}` : '';
    return `{v|${percentText(r.budget.executionRate)}}${reported}${light ? `  {${light}|●} ${labels.lights[light]}` : ''}`;
  };

  const tooltip = (id: string) => {
    const r = byId.get(id);
    if (!r) return '';
    const b = r.budget;
    const money = (v: number | null) => moneyText(v, labels.wan);
    const lines: [string, string][] = [
      [labels.executionRate, b.executionRate === null ? labels.noSpend : percentText(b.executionRate)],
      [labels.timeProgress, percentText(b.timeProgress)],
      [labels.planH1Share, percentText(b.planH1Share)],
      [labels.targetRate, percentText(b.targetRate)],
      [labels.spent, `${money(b.spent)} / ${labels.total} ${money(b.total)}`],
    ];
    if (b.rateSource !== 'none') {
      const names = labels.rateSources ?? { spend: '执行数', reported: '填报的预算执行率' };
      lines.push([labels.rateSource ?? '来源', `${names[b.rateSource]}${b.rateDate ? `（${b.rateDate}）` : ''}`]);
    }
    if (b.spentDate) lines.push([labels.spentDate, b.spentDate]);
    const light = lightOf(r);
    if (light) lines.push([labels.budgetLight, labels.lights[light]]);
    return tooltipHtml(r.name, lines);
  };

  return {
    textStyle: { fontFamily },
    title: chartTitle(heading),
    legend: legendRow(heading, [labels.executionRate, labels.timeProgress, labels.planH1Share, labels.targetRate]),
    grid: { ...BUDGET_GRID, outerBoundsMode: 'none' },
    tooltip: rowTooltip(tooltip),
    dataZoom: categoryZoom(rows.length, 8),
    xAxis: { type: 'value', min: 0, max, axisLabel: { formatter: '{value}%', hideOverlap: true }, splitLine: { lineStyle: { type: 'dashed', color: '#e5e7eb' } } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ids,
      triggerEvent: true,
      axisTick: { show: false },
      axisLabel: { width: BUDGET_GRID.left - 16, overflow: 'truncate', color: '#1f2937', formatter: (id: string) => byId.get(id)?.name ?? id },
    },
    series: [
      {
        // Whole-row hit area (transparent, drawn first). Its label is the value column at the
        // right of the grid: the rate, 无执行数, and the budget light under the 一体化系统 rules.
        type: 'bar',
        name: 'row',
        data: rows.map((r) => ({ name: r.projectId, value: max })),
        // Same width as the rate bar: overlapping bars (barGap -100%) align by their edge, not centre.
        barWidth: '50%',
        barMaxWidth: 24,
        itemStyle: { color: 'rgba(0,0,0,0)' },
        emphasis: { disabled: true },
        label: {
          show: true,
          position: 'right',
          distance: 10,
          color: '#1f2937',
          lineHeight: 16,
          verticalAlign: 'middle',
          formatter: (p: { name: string }) => valueText(p.name),
          rich: {
            v: { fontWeight: 'bold', color: '#1f2937', lineHeight: 16, verticalAlign: 'middle' },
            none: { color: '#6b7280', lineHeight: 16, verticalAlign: 'middle' },
            ...Object.fromEntries(Object.entries(lightColor).map(([k, color]) => [k, { color, fontSize: 15, lineHeight: 16, verticalAlign: 'middle' }])),
          },
        },
        z: 1,
      },
      {
        type: 'bar',
        name: labels.executionRate,
        data: rows.map((r) => ({ name: r.projectId, value: r.budget.executionRate === null ? '-' : percent(r.budget.executionRate) })),
        barWidth: '50%',
        barMaxWidth: 24,
        barGap: '-100%',
        itemStyle: { color: seriesColor.actual, borderRadius: [0, 3, 3, 0] },
        z: 2,
      },
      sharedTime ? {
        type: 'line',
        name: labels.timeProgress,
        data: [],
        color: seriesColor.timeProgress,
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: seriesColor.timeProgress, type: 'dashed', width: 2 },
          label: { formatter: `${labels.timeProgress} ${percentText(timeProgress)}`, position: 'start', distance: 3, color: seriesColor.timeProgress, fontWeight: 'bold' },
          data: [{ xAxis: percent(timeProgress) }],
        },
      } : {
        type: 'scatter',
        name: labels.timeProgress,
        data: markers((b) => b.timeProgress),
        symbol: 'rect',
        symbolSize: [2, 30],
        itemStyle: { color: seriesColor.timeProgress },
        z: 3,
      },
      {
        type: 'scatter',
        name: labels.planH1Share,
        data: markers((b) => b.planH1Share),
        symbol: 'diamond',
        symbolSize: 12,
        itemStyle: { color: '#ffffff', borderColor: seriesColor.target, borderWidth: 2 },
        z: 3,
      },
      {
        type: 'scatter',
        name: labels.targetRate,
        data: markers((b) => b.targetRate),
        symbol: 'rect',
        symbolSize: [4, 22],
        itemStyle: { color: seriesColor.target },
        z: 4,
      },
    ],
  };
}
