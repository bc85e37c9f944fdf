// Every chart with nothing to draw: no project, no indicator, no actual, no spend. Before, the
// bullet chart threw in ECharts ("xAxis "0" not found": its zone legend series had no axis) — the CLI
// deck exited 3, the print view went blank — and the others drew empty axes under a title. Now each
// draws its title and a message in the plot's place, with no axis or series to trip over, and the
// charts that still have something to show (plans, targets, 待填报 counts) say why the rest is missing.
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { overlappingTexts, renderSvg, svgTextBoxes, svgTexts } from './ssr';
import { targetsOnly } from './targetsOnly';
import { emptyChartOption, emptyMessage } from '../../src/charts/empty';
import { emptyTextsAt, shortDate } from '../../src/charts/emptyText';
import { budgetExecutionOption, type BudgetLabels } from '../../src/charts/budgetExecution';
import { statusDistributionOption, type StatusDistributionLabels } from '../../src/charts/statusDistribution';
import { varianceOption, type VarianceLabels } from '../../src/charts/variance';
import { bulletOption, type BulletLabels } from '../../src/charts/bullet';
import { fundsOption, type FundsLabels } from '../../src/charts/funds';
import { compareChartOption, type CompareChartLabels } from '../../src/charts/compare';
import { trendOption, type TrendLabels } from '../../src/charts/trend';
import { byExecutionGap, countByLevel1 } from '../../src/domain/aggregate';
import { compareGroups, compareRows } from '../../src/domain/compare';
import { indicatorTrack } from '../../src/domain/path';
import { defaultSettings } from '../../src/domain/settings';
import { directionLabel, statusLabel } from '../../src/domain/labels';
import { chartLabels as deckChartLabels } from './chartLabels';
import { chartLabels } from '../app/projectFixture';

const T = emptyTextsAt('zh-CN', '2024-06-30');
const deck = deckChartLabels('zh-CN', '2024年6月30日', '2024-06-30');
const { data, report, indicatorsById } = targetsOnly();

/** An empty state: title, message, nothing that refers to an axis; drawn by ECharts at phone and slide widths. */
function expectEmpty(option: EChartsOption, title: string, message: string) {
  expect(emptyMessage(option)).toBe(message);
  expect(option.xAxis).toBeUndefined();
  expect(option.yAxis).toBeUndefined();
  expect(option.grid).toBeUndefined();
  expect(option.dataZoom).toBeUndefined();
  expect(option.series).toEqual([]);
  expect((option.title as { text: string }).text).toBe(title);
  for (const [w, h] of [[420, 320], [480, 460], [960, 400]]) {
    const svg = renderSvg(option, w, h);
    const texts = svgTexts(svg).join('').replace(/\s/g, '');
    expect(texts).toContain(title);
    // Wrapped onto lines or not, the whole message is drawn, in order.
    for (const part of message.split('：')) expect(texts).toContain(part.replace(/\s/g, ''));
    expect(overlappingTexts(svgTextBoxes(svg)), `${w}px`).toEqual([]);
  }
}

describe('emptyChartOption', () => {
  it('draws `headline：detail` as a bold headline over the detail, centred in the plot', () => {
    const option = emptyChartOption('偏差一览', '尚无实际值：截至 6月30日 本项目没有已填报的指标');
    const group = (option.graphic as { left: string; top: string; children: { y: number; style: { text: string; fontWeight: string } }[] }[])[0];
    expect([group.left, group.top]).toEqual(['center', 'middle']);
    expect(group.children.map((c) => [c.style.text, c.style.fontWeight, c.y])).toEqual([
      ['尚无实际值', 'bold', 0], ['截至 6月30日 本项目没有已填报的指标', 'normal', 36],
    ]);
    expect(svgTexts(renderSvg(option, 480, 460)).sort()).toEqual(['偏差一览', '尚无实际值', '截至 6月30日 本项目没有已填报的指标'].sort());
    expect(emptyMessage(emptyChartOption('x', '本项目没有三级指标'))).toBe('本项目没有三级指标');
  });

  it('writes the as-of date short, in the chart language', () => {
    expect(shortDate('2024-06-30', 'zh-CN')).toBe('6月30日');
    expect(shortDate('2024-06-30', 'en')).toBe('6/30');
    expect(T.noActuals).toBe('尚无实际值：截至 6月30日 没有已填报的指标');
    expect(emptyTextsAt('en', '2024-06-30').noActuals).toBe('No actuals yet: no indicator reported by 6/30');
  });
});

describe('budget execution chart', () => {
  it('without a project: the message, no axis', () => {
    expectEmpty(budgetExecutionOption([], deck.budget), '预算执行率与序时进度', '没有项目：当前数据或筛选条件下没有项目');
  });

  it('without any spend: the rows keep their plan and target marks, the subtitle says nothing is spent yet', () => {
    const option = budgetExecutionOption(byExecutionGap(report.projects), deck.budget);
    expect((option.title as { subtext: string }).subtext).toBe('尚无执行数：截至 6月30日 没有已填报的支出');
    const texts = svgTexts(renderSvg(option, 600, 420));
    expect(texts).toContain('尚无执行数：截至 6月30日 没有已填报的支出');
    expect(texts.filter((t) => t === '无执行数')).toHaveLength(4);
  });

  it('falls back to a generic message when the caller gives none', () => {
    const { empty: _, ...plain } = deck.budget as BudgetLabels;
    expect(emptyMessage(budgetExecutionOption([], plain))).toBe('暂无可绘制的数据');
  });
});

describe('status distribution chart', () => {
  const L: StatusDistributionLabels = deck.distribution;
  it('without an indicator: the message, no axis', () => {
    expectEmpty(statusDistributionOption([], L), '各一级指标状态分布', '没有指标：当前范围内的项目没有三级指标');
  });

  it('with every indicator 待填报: the counts stay, the subtitle says nothing is reported yet', () => {
    const groups = countByLevel1(report.judgements, indicatorsById);
    const option = statusDistributionOption(groups, L);
    expect((option.title as { subtext: string }).subtext).toBe(T.noActuals);
    expect(svgTexts(renderSvg(option, 600, 420))).toContain(T.noActuals);
    // With one actual the normal subtitle is back.
    expect((statusDistributionOption([{ label: '产出指标', counts: { met: 1, warning: 0, behind: 0, pending: 2, unparsed: 0 }, total: 3 }], L).title as { subtext: string }).subtext).toBe('');
  });
});

describe('variance chart', () => {
  const L = chartLabels<VarianceLabels>('variance', { directionNames: directionLabel });
  it('with no actual (the targets alone): the message in the plot, no axis', () => {
    const entries = report.judgements.map((j) => ({ judgement: j, name: indicatorsById.get(j.indicatorId)!.level3 }));
    expectEmpty(varianceOption(entries, L), '偏差一览', '尚无可计算偏差的量化指标（需有实际值且应达值不为 0）');
    expectEmpty(varianceOption([], { ...L, empty: T.noProjectActuals }), '偏差一览', T.noProjectActuals);
  });
});

describe('bullet chart', () => {
  const L = chartLabels<BulletLabels>('bullet');
  it('without a bullet: the message, no axis — it used to throw (xAxis "0" not found)', () => {
    expectEmpty(bulletOption([], { ...L, empty: T.noProjectActuals }), '量化指标达成情况', T.noProjectActuals);
    expect(emptyMessage(bulletOption([], L))).toBe('暂无可绘制的数据');
    expect(() => renderSvg(bulletOption([], L), 480, 460)).not.toThrow();
  });
});

describe('funds chart', () => {
  const L = chartLabels<FundsLabels>('funds');
  const budget = report.projects[0].budget;
  it('without an expenditure line: the message, no axis', () => {
    expectEmpty(fundsOption({ ...budget, lines: [] }, L), '支出明细执行情况', '该项目没有支出明细');
  });

  it('without spend: plan and budget bars stay, and a subtitle says nothing is spent when the caller gives one', () => {
    expect(budget.lines.length).toBeGreaterThan(0);
    expect(budget.lines.every((l) => l.spent === null)).toBe(true);
    const option = fundsOption(budget, { ...L, noSpend: T.noSpend });
    expect((option.title as { subtext: string }).subtext).toBe(T.noSpend);
    expect(svgTexts(renderSvg(option, 600, 360))).toContain(T.noSpend);
    expect((fundsOption(budget, L).title as { subtext: string }).subtext).toBe(L.subtitle);
  });
});

describe('compare chart', () => {
  const labels: CompareChartLabels = {
    title: '指标对比：服务对象满意度', subtitle: '截至 2024年6月30日', expected: '应达值', actual: '实际值', target: '目标',
    status: statusLabel, statusName: '状态', indicator: '指标', targetApplied: '适用目标', variance: '偏差', none: '—',
  };
  it('without a charted row: the message, no axis', () => {
    const group = compareGroups(data.indicators)[0];
    const result = compareRows(group, new Map(report.judgements.map((j) => [j.indicatorId, j])), new Map(data.projects.map((p) => [p.id, p])), indicatorsById);
    const none = { ...result, rows: result.rows.map((r) => ({ ...r, charted: false })) };
    expectEmpty(compareChartOption(none, { ...labels, empty: '没有可绘制的项目：这些项目尚无该指标的实际值' }), labels.title, '没有可绘制的项目：这些项目尚无该指标的实际值');
  });
});

describe('trend chart', () => {
  it('with no actual: the expected path alone, drawn without error', () => {
    const ind = data.indicators.find((i) => i.level3 === '漏洞扫描')!;
    const track = indicatorTrack(ind, [], 2024, defaultSettings())!;
    const j = report.judgements.find((x) => x.indicatorId === ind.id)!;
    const option = trendOption(track, j, '漏洞扫描', '2024-06-30', 2024, chartLabels<TrendLabels>('trend', { monthFormat: '{M}月' }));
    expect((option.series as { data: unknown[] }[])[1].data).toEqual([]);
    expect(svgTexts(renderSvg(option, 420, 320))).toContain('截至 6月30日');
  });
});
