import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Report } from '../../src/domain/report.types';
import type { BudgetExecution } from '../../src/domain/report.types';
import { BUDGET_GRID, budgetChartHeight, budgetExecutionOption, clickedProjectId, type BudgetLabels, type BudgetRow } from '../../src/charts/budgetExecution';
import { headingBottom } from '../../src/charts/frame';
import { lightColor, seriesColor } from '../../src/charts/palette';
import { overlappingTexts, renderSvg, svgTextBoxes, svgTexts } from './ssr';

const labels: BudgetLabels = {
  title: '预算执行率与序时进度',
  subtitle: '截至 2024年6月30日 · 按执行率由低到高',
  executionRate: '预算执行率',
  timeProgress: '序时进度',
  planH1Share: '半年计划占比',
  targetRate: '执行率目标',
  spent: '已支出',
  total: '资金总额',
  spentDate: '执行数日期',
  noSpend: '无执行数',
  wan: '万元',
  budgetLight: '执行率灯',
  lights: { green: '绿灯', yellow: '黄灯', red: '红灯', blue: '蓝灯' },
};

const budget = (b: Partial<BudgetExecution>): BudgetExecution => ({
  spent: 40, spentDate: '2024-06-30', total: 100, executionRate: 0.4, timeProgress: 0.4973, planH1Share: 0.45, targetRate: 0.5, light: 'green', lines: [],
  rateSource: 'spend', rateDate: '2024-06-30', linesBudget: null, ...b,
});
const row = (projectId: string, name: string, b: Partial<BudgetExecution> = {}): BudgetRow => ({ projectId, name, budget: budget(b) });

type Series = { name?: string; type?: string; data?: unknown[]; markLine?: { data: unknown[] }; label?: { formatter?: unknown } };
const seriesOf = (o: EChartsOption) => o.series as Series[];
const tooltipOf = (o: EChartsOption, id: string) => ((o.tooltip as { formatter: (p: unknown) => string }).formatter)([{ axisValue: id }]);

// The bundled projects at 30 June: 序时进度 49.73% (182 of 366 days).
let report: Report;
beforeAll(async () => {
  const files = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: readFileSync(resolve('data', name), 'utf-8') }));
  report = buildReport((await loadFiles(files)).dataset, '2024-06-30', defaultSettings());
});

describe('budget execution chart', () => {
  it('draws the bundled projects: names, execution rates, the 序时进度 line and a legend', () => {
    const option = budgetExecutionOption(report.projects, labels);
    const texts = svgTexts(renderSvg(option, 1100, budgetChartHeight(4)));
    expect(texts).toEqual(expect.arrayContaining([
      '预算执行率与序时进度', '截至 2024年6月30日 · 按执行率由低到高',
      '预算执行率', '序时进度', '半年计划占比', '执行率目标',
      '“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维',
      '27.5%', '26.0%', '44.0%', '0.0%', '序时进度 49.7%',
    ]));
    // Markers sit at each project's 半年计划占比 and target, in percent.
    const [, bars, line, plan, target] = seriesOf(option);
    expect(bars.data!.map((d) => (d as { value: unknown }).value)).toEqual([27.51, 26, 44, 0]);
    expect(line.markLine!.data).toEqual([{ xAxis: 49.73 }]);
    expect(plan.data).toEqual([
      { name: 'p-fea16ad3', value: [31.11, 0] }, { name: 'p-e708cc77', value: [37.69, 1] }, { name: 'p-fcf99971', value: [47.56, 2] }, { name: 'p-c4bb6f07', value: [0, 3] },
    ]);
    expect(target.data).toEqual([
      { name: 'p-fea16ad3', value: [30, 0] }, { name: 'p-e708cc77', value: [40, 1] }, { name: 'p-fcf99971', value: [45, 2] }, { name: 'p-c4bb6f07', value: [0, 3] },
    ]);
    expect((option.xAxis as { max: number }).max).toBe(100);
  });

  it('gives the 序时进度 label a row of its own between the legend and the plot, in Chinese and English, 360 to 1920 px', () => {
    const en: BudgetLabels = {
      ...labels, title: 'Budget execution against time elapsed', subtitle: 'As of 2024-06-30 · furthest behind first', executionRate: 'Execution rate',
      timeProgress: 'Time elapsed', planH1Share: 'Half-year plan', targetRate: 'Execution target',
    };
    // 序时进度 under the last legend word (执行率目标 / Execution target) at some width: where it ran over it.
    for (const [L, time] of [[labels, 0.749], [en, 0.749], [labels, 0.4973], [en, 0.95], [labels, 0.02]] as const) {
      const rows = report.projects.map((p) => ({ ...p, budget: { ...p.budget, timeProgress: time } }));
      const option = budgetExecutionOption(rows, L);
      const legendWords = [L.executionRate, L.timeProgress, L.planH1Share, L.targetRate];
      for (const width of [360, 480, 600, 760, 960, 1400, 1920]) {
        const boxes = svgTextBoxes(renderSvg(option, width, budgetChartHeight(rows.length)));
        const mark = boxes.find((b) => b.text === `${L.timeProgress} ${(time * 100).toFixed(1)}%`)!;
        const legend = boxes.filter((b) => legendWords.includes(b.text));
        expect(mark, `${width}px`).toBeDefined();
        expect(legend.length, `${width}px`).toBeGreaterThan(1);
        // Below the legend row, above the plot: it cannot meet a legend word whatever the line's x.
        expect(mark.y0, `${L.timeProgress} ${time} at ${width}px`).toBeGreaterThanOrEqual(headingBottom(L));
        expect(mark.y0).toBeGreaterThan(Math.max(...legend.map((b) => b.y1)) + 6);
        expect(mark.y1).toBeLessThanOrEqual(BUDGET_GRID.top);
        expect(overlappingTexts([mark, ...legend])).toEqual([]);
      }
    }
  });

  it('explains a bar in the tooltip with exact percentages and 万元, as escaped text', () => {
    const option = budgetExecutionOption([row('p1', '<img src=x onerror=alert(1)>运维', { spent: 1234.5, total: 2500, executionRate: 0.4938, spentDate: '2024-06-30' })], labels);
    expect(tooltipOf(option, 'p1')).toBe(
      '<b>&lt;img src=x onerror=alert(1)&gt;运维</b><br/>预算执行率：49.4%<br/>序时进度：49.7%<br/>半年计划占比：45.0%<br/>执行率目标：50.0%'
      + '<br/>已支出：1,234.50 万元 / 资金总额 2,500.00 万元<br/>来源：执行数（2024-06-30）<br/>执行数日期：2024-06-30',
    );
    expect(tooltipOf(option, 'unknown')).toBe('');
  });

  it('writes every rate with one decimal, like the tables (49.0%, 58.0%), in labels and tooltip alike', () => {
    const option = budgetExecutionOption([row('p1', '甲项目', { executionRate: 0.4901, timeProgress: 0.58, planH1Share: 0.5, targetRate: 0.6 })], labels);
    const texts = svgTexts(renderSvg(option, 900, budgetChartHeight(1)));
    expect(texts).toContain('49.0%');
    expect(texts).toContain('序时进度 58.0%');
    expect(texts.filter((t) => /^\d+(\.\d+)?%$/.test(t) && !/^\d+%$/.test(t))).toEqual(['49.0%']); // axis ticks stay 0% … 100%
    expect(tooltipOf(option, 'p1')).toContain('预算执行率：49.0%<br/>序时进度：58.0%<br/>半年计划占比：50.0%<br/>执行率目标：60.0%');
  });

  it('marks each project\'s own 序时进度 when projects of several 年度 differ (a finished year is at 100%)', () => {
    const option = budgetExecutionOption([row('p23', '上年度项目', { executionRate: 0.95, timeProgress: 1 }), row('p24', '本年度项目')], labels);
    const time = seriesOf(option)[2];
    expect(time).toMatchObject({ type: 'scatter', name: '序时进度', data: [{ name: 'p23', value: [100, 0] }, { name: 'p24', value: [49.73, 1] }] });
    expect(time.markLine).toBeUndefined();
    expect(tooltipOf(option, 'p23')).toContain('序时进度：100.0%');
    expect(svgTexts(renderSvg(option, 900, budgetChartHeight(2)))).toContain('序时进度');
  });

  it('says 无执行数 for a project without spend records and shows no bar for it', () => {
    const option = budgetExecutionOption([row('p1', '甲项目'), row('p2', '乙项目', { spent: null, spentDate: null, executionRate: null, planH1Share: null, targetRate: null })], labels);
    const texts = svgTexts(renderSvg(option, 900, budgetChartHeight(2)));
    expect(texts).toContain('无执行数');
    expect(texts.filter((t) => t === '无执行数')).toHaveLength(1);
    const [, bars, , plan, target] = seriesOf(option);
    expect((bars.data![1] as { value: unknown }).value).toBe('-');
    expect(plan.data).toHaveLength(1);
    expect(target.data).toHaveLength(1);
    expect(tooltipOf(option, 'p2')).toContain('预算执行率：无执行数');
    expect(tooltipOf(option, 'p2')).toContain('已支出：— / 资金总额 100.00 万元');
  });

  it('shows a project\'s recorded 预算执行率 as its rate when it has no spend (not 无执行数), marked 填报, the source in the tooltip', () => {
    const reported = row('p2', '乙项目', { spent: null, spentDate: null, executionRate: 0.33, rateSource: 'reported', rateDate: '2024-06-30' });
    const option = budgetExecutionOption([row('p1', '甲项目'), reported], labels);
    const column = seriesOf(option)[0].label as { formatter: (p: { name: string }) => string };
    expect(column.formatter({ name: 'p2' })).toBe('{v|33.0%} {none|填报}');
    expect(column.formatter({ name: 'p1' })).toBe('{v|40.0%}');
    expect(svgTexts(renderSvg(option, 900, budgetChartHeight(2)))).not.toContain('无执行数');
    expect(tooltipOf(option, 'p2')).toContain('来源：填报的预算执行率（2024-06-30）');
    expect(tooltipOf(option, 'p1')).toContain('来源：执行数（2024-06-30）');
  });

  it('under the 一体化系统 lights names each project\'s budget light beside its rate (● 红灯)', () => {
    const rows = [row('p1', '甲项目', { executionRate: 0.2, light: 'red' }), row('p2', '乙项目', { executionRate: 0.45, light: 'green' })];
    const option = budgetExecutionOption(rows, labels, { lights: true });
    const texts = svgTexts(renderSvg(option, 900, budgetChartHeight(2))).map((t) => t.trim()).filter(Boolean);
    expect(texts.join('|')).toContain('20.0%|●|红灯|45.0%|●|绿灯');
    const column = seriesOf(option)[0].label as { formatter: (p: { name: string }) => string; rich: Record<string, { color?: string }> };
    expect(column.formatter({ name: 'p1' })).toBe('{v|20.0%}  {red|●} 红灯');
    expect(column.rich.red.color).toBe(lightColor.red);
    expect(tooltipOf(option, 'p1')).toContain('执行率灯：红灯');
    // Bars keep the one colour of the legend; without lights no light words at all.
    expect((seriesOf(option)[1] as { itemStyle: { color: string } }).itemStyle.color).toBe(seriesColor.actual);
    const plain = budgetExecutionOption(rows, labels);
    expect(svgTexts(renderSvg(plain, 900, 300)).join('|')).not.toMatch(/红灯|绿灯/);
    expect(tooltipOf(plain, 'p1')).not.toContain('执行率灯');
  });

  it('widens the axis past 100% when a project overspends', () => {
    const option = budgetExecutionOption([row('p1', '甲项目', { executionRate: 1.234 })], labels);
    expect((option.xAxis as { max: number }).max).toBe(130);
  });

  it('stays readable with 50 projects: fixed row height, a scroll bar, the first 15 rows shown', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(`p${i + 1}`, `项目${String(i + 1).padStart(2, '0')}`, { executionRate: (i + 1) / 100 }));
    const option = budgetExecutionOption(rows, labels);
    const height = budgetChartHeight(50);
    expect(height).toBe(86 + 34 + 34 * 15);
    expect(option.dataZoom).toEqual([
      expect.objectContaining({ type: 'slider', yAxisIndex: 0, startValue: 0, endValue: 14 }),
      expect.objectContaining({ type: 'inside', yAxisIndex: 0, startValue: 0, endValue: 14, moveOnMouseWheel: true }),
    ]);
    const names = svgTexts(renderSvg(option, 1100, height)).filter((t) => /^项目\d\d$/.test(t));
    expect(names).toEqual(Array.from({ length: 15 }, (_, i) => `项目${String(i + 1).padStart(2, '0')}`));
    // Few projects: no scroll bar, the chart shrinks to its rows (at least 3 rows high).
    expect(budgetExecutionOption(rows.slice(0, 4), labels).dataZoom).toEqual([]);
    expect(budgetChartHeight(4)).toBe(86 + 34 + 34 * 4);
    expect(budgetChartHeight(1)).toBe(86 + 34 + 34 * 3);
  });

  it('without a project draws its title and the message in the plot, with no axis (empty.test.ts has every chart)', () => {
    const option = budgetExecutionOption([], { ...labels, empty: '没有项目：当前数据或筛选条件下没有项目' });
    expect(option.series).toEqual([]);
    expect(option.xAxis).toBeUndefined();
    expect(svgTexts(renderSvg(option, 600, 200)).sort()).toEqual(['预算执行率与序时进度', '没有项目', '当前数据或筛选条件下没有项目'].sort());
  });
});

describe('clickedProjectId', () => {
  const ids = new Set(['p-1', 'p-2']);
  it('reads the project from a bar, a marker or an axis name', () => {
    expect(clickedProjectId({ componentType: 'series', name: 'p-1' }, ids)).toBe('p-1');
    expect(clickedProjectId({ componentType: 'yAxis', value: 'p-2' }, ids)).toBe('p-2');
    expect(clickedProjectId({ componentType: 'markLine', name: '' }, ids)).toBeNull();
    expect(clickedProjectId({ componentType: 'series', name: 'p-9' }, ids)).toBeNull();
  });
});
