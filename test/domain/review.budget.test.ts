import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project, Spend } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { crossCheck } from '../../src/domain/checks';
import { defaultSettings } from '../../src/domain/settings';

// Budget execution (domain.md §4): which indicators take their actual from spend, and which figure
// counts when both a recorded actual and spend exist.

const project: Project = {
  id: 'p1', name: '信息系统安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [{ name: '运维', planH1: 40, budgetFY: 100 }],
};
const rate: Indicator = { id: 'r', projectId: 'p1', level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=40%', targetFY: '=100%' };
const spend: Spend[] = [
  { projectId: 'p1', expense: null, date: '2024-03-31', amount: 10 },
  { projectId: 'p1', expense: null, date: '2024-09-30', amount: 66 },
];
const actual = (indicatorId: string, date: string, value: string): Actual => ({ projectId: 'p1', indicatorId, date, value });
const report = (indicators: Indicator[], actuals: Actual[], asOf: string) =>
  buildReport({ projects: [project], indicators, actuals, spend } satisfies Dataset, asOf, defaultSettings());

describe('预算执行率 from spend', () => {
  it('newer spend wins over an older recorded 预算执行率 (the latest figure on or before the date counts)', () => {
    const j = report([rate], [actual('r', '2024-03-31', '12%')], '2024-09-30').judgements[0];
    expect(j.derivedFromSpend).toBe(true);
    expect(j.actual).toBe(66);
    expect(j.actualDate).toBe('2024-09-30');
    expect(j.status).toBe('warning'); // 70% expected on 30 Sep, 4 points short
    expect(j.explain).toContain('由支出记录推算');
  });
  it('with spend records the row reads the spend\'s rate even beside a recorded figure of the same date (one execution rate, domain.md §3)', () => {
    const j = report([rate], [actual('r', '2024-09-30', '71%')], '2024-09-30').judgements[0];
    expect([j.actual, j.actualText, j.derivedFromSpend, j.status]).toEqual([66, '66.0%', true, 'warning']);
  });
  it('other 执行率 indicators (合同, 工作计划) are not budget execution: no actual from spend', () => {
    for (const level3 of ['合同执行率', '年度工作计划执行率', '制度执行率']) {
      const other: Indicator = { ...rate, id: 'o', level1: '产出指标', level2: '数量指标', level3 };
      const j = report([other], [], '2024-09-30').judgements[0];
      expect(j.status).toBe('pending');
      expect(j.derivedFromSpend).toBeUndefined();
      const codes = crossCheck({ projects: [project], indicators: [{ ...other, targetH1: '=10%' }], actuals: [], spend: [] }).map((w) => w.code);
      expect(codes).not.toContain('h1-share');
    }
  });
  it('the usual names of budget execution do take it from spend', () => {
    for (const level3 of ['预算执行率', '资金执行率', '项目资金执行率', '预算支出进度', '支出执行率', '执行率']) {
      const j = report([{ ...rate, level3 }], [], '2024-09-30').judgements[0];
      expect(j.derivedFromSpend).toBe(true);
    }
  });
});

describe('every budget-execution name is a progress percentage (gap in points)', () => {
  it('经费执行率 / 支出执行率 10 points short are warnings, as 预算执行率 is', () => {
    for (const level3 of ['预算执行率', '经费执行率', '支出执行率']) {
      const j = buildReport({ projects: [project], indicators: [{ ...rate, level3 }], actuals: [actual('r', '2024-06-30', '31%')], spend: [] }, '2024-06-30', defaultSettings()).judgements[0];
      expect(j.status, level3).toBe('warning');
      expect(j.explain).toContain('个百分点');
    }
  });
});

describe('正向 targets at or below zero', () => {
  it('an actual below a negative 正向 target is not met (≥-5% growth, actual -8%)', () => {
    const growth: Indicator = { id: 'g', projectId: 'p1', level1: '效益指标', level2: '经济效益', level3: '运维费用增长率', targetH1: '≥-5%', targetFY: '≥-5%' };
    const j = report([growth], [actual('g', '2024-06-30', '-8%')], '2024-06-30').judgements[0];
    expect(j.direction).toBe('positive');
    expect(j.status).toBe('behind');
    expect(report([growth], [actual('g', '2024-06-30', '-4%')], '2024-06-30').judgements[0].status).toBe('met');
  });
  it('>0 is not met by zero (新增服务事项 >0项)', () => {
    const added: Indicator = { id: 'a', projectId: 'p1', level1: '产出指标', level2: '数量指标', level3: '新增服务事项', targetH1: '>0项', targetFY: '>0项' };
    expect(report([added], [actual('a', '2024-06-30', '0')], '2024-06-30').judgements[0].status).toBe('behind');
    expect(report([added], [actual('a', '2024-06-30', '1')], '2024-06-30').judgements[0].status).toBe('met');
  });
});
