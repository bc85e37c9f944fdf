// Funds of one project: per expenditure line (支出), the 半年 planned spend, the cumulative spend
// to the as-of date and the 全年 budget as grouped horizontal bars (万元), with a mark where the
// spend would stand if it followed 序时进度. Labels and tooltips write 万元 like the tables (two
// decimals, thousands separators); the axis keeps round ticks.
import type { EChartsOption } from 'echarts';
import type { BudgetExecution } from '../domain/report.types';
import { formatNumber } from '../domain/target';
import { tooltipHtml } from './escape';
import { fontFamily, seriesColor } from './palette';
import { round2 } from './numbers';
import { labelColumn, moneyText, percentText, wanText } from './categoryRows';
import { chartTitle, headingBottom, legendRow } from './frame';
import { emptyChartOption } from './empty';

export interface FundsLabels {
  title: string;
  subtitle: string;
  plan: string;
  spent: string;
  budget: string;
  /** 按序时进度应执行. */
  due: string;
  /** 执行率（占全年预算）. */
  rate: string;
  unit: string;
  /** Drawn in the chart's place when the project has no expenditure line. */
  empty: string;
  /** The subtitle when no line has spend yet (尚无执行数 …); plan and budget bars still show. */
  noSpend?: string;
}

export function fundsOption(budget: BudgetExecution, L: FundsLabels): EChartsOption {
  const lines = budget.lines;
  if (!lines.length) return emptyChartOption(L.title, L.empty);
  const many = lines.length > 10;
  const tp = budget.timeProgress;
  const noSpend = lines.every((l) => l.spent === null);
  const heading = { title: L.title, subtitle: noSpend && L.noSpend ? L.noSpend : L.subtitle };
  const bar = (name: string, color: string, values: (number | null)[], labelled: boolean) => ({
    type: 'bar' as const, name, barMaxWidth: 16, barGap: '15%',
    itemStyle: { color, borderRadius: [0, 2, 2, 0] },
    label: labelled ? { show: true, position: 'right' as const, formatter: (p: { value: unknown }) => (p.value == null ? '' : wanText(Number(p.value))), fontSize: 11, color: '#303133' } : undefined,
    data: values,
  });
  return {
    textStyle: { fontFamily },
    title: chartTitle(heading),
    legend: legendRow(heading, [L.plan, L.spent, L.budget, L.due]),
    // Right: room for the figure beside the longest bar.
    grid: { left: 8, right: many ? 72 : 56, top: headingBottom(heading) + 8, bottom: 40, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: (ps) => {
        const first = (Array.isArray(ps) ? ps[0] : ps) as { dataIndex: number };
        const line = lines[first?.dataIndex];
        if (!line) return '';
        const due = line.budgetFY === null ? null : line.budgetFY * tp;
        return tooltipHtml(line.name, [
          [L.plan, moneyText(line.planH1, L.unit)],
          [L.spent, moneyText(line.spent, L.unit)],
          [L.budget, moneyText(line.budgetFY, L.unit)],
          [L.due, moneyText(due, L.unit)],
          [L.rate, line.spent === null || !line.budgetFY ? '—' : percentText(line.spent / line.budgetFY)],
        ]);
      },
    },
    xAxis: { type: 'value', name: L.unit, nameLocation: 'middle', nameGap: 26, axisLabel: { formatter: (v: number) => formatNumber(v) }, splitLine: { lineStyle: { type: 'dashed', color: '#e4e7ed' } } },
    yAxis: { type: 'category', inverse: true, data: lines.map((l) => l.name), axisTick: { show: false }, axisLabel: { width: labelColumn(lines.map((l) => l.name), 60, 180) - 14, overflow: 'truncate', color: '#303133' }, tooltip: { show: true } },
    dataZoom: many
      ? [{ type: 'slider', yAxisIndex: 0, right: 8, width: 14, start: 0, end: (10 / lines.length) * 100, showDetail: false },
        { type: 'inside', yAxisIndex: 0, zoomOnMouseWheel: false, moveOnMouseWheel: true }]
      : undefined,
    series: [
      bar(L.plan, seriesColor.plan, lines.map((l) => l.planH1), false),
      bar(L.spent, seriesColor.actual, lines.map((l) => l.spent), true),
      bar(L.budget, '#c0c4cc', lines.map((l) => l.budgetFY), true),
      {
        type: 'scatter', name: L.due, symbol: 'rect', symbolSize: [3, 44], z: 5,
        itemStyle: { color: seriesColor.timeProgress },
        data: lines.flatMap((l, i) => (l.budgetFY === null ? [] : [[round2(l.budgetFY * tp), i]])),
      },
    ],
  };
}
