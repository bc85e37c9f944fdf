import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator, Project, Spend } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';

// Under the 一体化系统 lights the project summary must still show the project's own 预算执行率
// target (domain.md §4), and an indicator without an actual must show the standard value the
// lights will judge it by, not the default rule's threshold.

const project: Project = {
  id: 'p1', name: '信息系统安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [{ name: '运维', planH1: 40, budgetFY: 100 }],
};
const rate: Indicator = { id: 'r', projectId: 'p1', level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=40%', targetFY: '=100%' };
const drills: Indicator = { id: 'd', projectId: 'p1', level1: '产出指标', level2: '数量指标', level3: '应急演练', targetH1: '≥4次', targetFY: '≥4次' };
const spend: Spend[] = [{ projectId: 'p1', expense: null, date: '2024-09-30', amount: 60 }];
const data: Dataset = { projects: [project], indicators: [rate, drills], actuals: [], spend };

describe('一体化系统 lights: project target and pending standard values', () => {
  it('keeps the project\'s own 预算执行率 target in the budget summary, not the 序时进度', () => {
    const def = buildReport(data, '2024-09-30', defaultSettings()).projects[0].budget;
    const pm = buildReport(data, '2024-09-30', defaultSettings('pmkpi')).projects[0].budget;
    // 40% on 30 June → 100% on 31 December: 70% on 30 September.
    expect(def.targetRate).toBeCloseTo(0.7, 10);
    expect(pm.targetRate).toBeCloseTo(0.7, 10);
    expect(pm.timeProgress).toBe(0.75);
    // The indicator itself is lit by 执行率 ÷ 序时进度 = 60 / 75 = 80% → green.
    const j = buildReport(data, '2024-09-30', defaultSettings('pmkpi')).judgements[0];
    expect(j.derivedFromSpend).toBe(true);
    expect(j.light).toBe('green');
  });
  it('shows the pro-rated standard value for an indicator still waiting for its actual', () => {
    const r = buildReport(data, '2024-09-30', defaultSettings('pmkpi'));
    const pending = r.judgements[1];
    expect(pending.status).toBe('pending');
    // 年度指标值 ≥4次 × 9/12 = 3次, as for the same indicator once filled in.
    expect(pending.expected).toBe(3);
    expect(pending.explain).toContain('标准值');
    const filled = buildReport({ ...data, actuals: [{ projectId: 'p1', indicatorId: 'd', date: '2024-09-30', value: '3' }] },
      '2024-09-30', defaultSettings('pmkpi')).judgements[1];
    expect(filled.expected).toBe(3);
    expect(filled.light).toBe('green');
  });
  it('a pending 预算执行率 without spend shows 序时进度 as its standard under the lights', () => {
    const r = buildReport({ ...data, spend: [] }, '2024-09-30', defaultSettings('pmkpi'));
    expect(r.judgements[0].status).toBe('pending');
    expect(r.judgements[0].expected).toBeCloseTo(75, 10);
    expect(r.projects[0].budget.targetRate).toBeCloseTo(0.7, 10);
  });
});

describe('一体化系统 lights before the first month is complete', () => {
  it('a zero actual against a zero standard (January, month basis) is green, not blue "far ahead"', () => {
    const at = (value: string) => buildReport({ ...data, spend: [], actuals: [{ projectId: 'p1', indicatorId: 'd', date: '2024-01-15', value }] },
      '2024-01-15', defaultSettings('pmkpi')).judgements[1];
    expect(at('0').expected).toBe(0);
    expect(at('0').light).toBe('green');
    expect(at('1').light).toBe('blue');
  });
});
