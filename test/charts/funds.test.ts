import { describe, expect, it } from 'vitest';
import { renderSvg, svgTexts } from './ssr';
import { fundsOption, type FundsLabels } from '../../src/charts/funds';
import { seriesColor } from '../../src/charts/palette';
import { chartLabels, judged, RUNNING } from '../app/projectFixture';

const L = chartLabels<FundsLabels>('funds');

function budgetOf(name: string, asOf: string) {
  const { report, project } = judged(asOf);
  return report.projects.find((s) => s.projectId === project(name).id)!.budget;
}

describe('funds chart', () => {
  it('groups 半年 plan, spent and 全年 budget per expenditure line, with the 序时进度 mark', () => {
    const budget = budgetOf(RUNNING, '2024-06-30');
    const option = fundsOption(budget, L);
    const series = option.series as { name: string; type: string; data: unknown[]; itemStyle: { color: string } }[];
    expect(series.map((s) => [s.name, s.type])).toEqual([['半年计划执行数', 'bar'], ['累计执行数', 'bar'], ['全年预算数', 'bar'], ['按序时进度应执行', 'scatter']]);
    expect(series[0].data).toEqual([296.7, 12.8, 81.08, 239.56, 0]);
    expect(series[1].data).toEqual([273.05, 7.25, 74.62, 220.45, 7.66]);
    expect(series[2].data).toEqual([602.61, 16, 164.68, 486.53, 16.91]);
    expect(series[1].itemStyle.color).toBe(seriesColor.actual);
    expect(series[3].data[1]).toEqual([Math.round(16 * (182 / 366) * 100) / 100, 1]);
    const texts = svgTexts(renderSvg(option, 960, 420));
    for (const t of ['支出明细执行情况', '半年计划执行数', '累计执行数', '全年预算数', '按序时进度应执行', '273.05', '602.61', '7.25', '16.00', '法律顾问服务', '万元'])
      expect(texts, t).toContain(t);
  });

  it('gives exact figures in the tooltip and shows line names as text', () => {
    const budget = budgetOf(RUNNING, '2024-09-30');
    budget.lines[1] = { ...budget.lines[1], name: '<b>法律顾问</b>' };
    const option = fundsOption(budget, L);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }]);
    expect(html).toBe('<b>&lt;b&gt;法律顾问&lt;/b&gt;</b><br/>半年计划执行数：12.80 万元<br/>累计执行数：11.70 万元<br/>全年预算数：16.00 万元<br/>按序时进度应执行：11.98 万元<br/>执行率（占全年预算）：73.1%');
    expect(svgTexts(renderSvg(option, 960, 420))).toContain('<b>法律顾问</b>');
  });

  it('writes 万元 with two decimals and thousands separators in labels and tooltips (15.40, not 15.4)', () => {
    const budget = budgetOf(RUNNING, '2024-09-30');
    budget.lines = [
      { ...budget.lines[0], name: '甲支出', planH1: 1200, spent: 15.4, budgetFY: 2325.5 },
      { ...budget.lines[1], name: '乙支出', planH1: 3, spent: 6.88, budgetFY: 12 },
    ];
    const option = fundsOption(budget, L);
    const texts = svgTexts(renderSvg(option, 960, 420));
    for (const t of ['15.40', '2,325.50', '6.88', '12.00']) expect(texts, t).toContain(t);
    expect(texts).not.toContain('15.4');
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 0 }]);
    expect(html).toContain('半年计划执行数：1,200.00 万元<br/>累计执行数：15.40 万元<br/>全年预算数：2,325.50 万元');
    const en = fundsOption(budget, { ...L, unit: '10k CNY' });
    expect((en.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: 1 }])).toContain('6.88 10k CNY');
  });

  it('says so when a project has no expenditure lines', () => {
    const budget = { ...budgetOf(RUNNING, '2024-06-30'), lines: [] };
    expect(svgTexts(renderSvg(fundsOption(budget, L)))).toContain('该项目没有支出明细');
  });
});
