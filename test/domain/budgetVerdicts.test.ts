import { describe, expect, it } from 'vitest';
import type { Dataset, Project, Spend } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { budgetVerdicts } from '../../src/domain/budget';
import { defaultSettings } from '../../src/domain/settings';

const project: Project = {
  id: 'p1', name: '省政务办信息系统安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2023, endYear: 2025, funds: { total: 116, sources: { 一般公共预算资金: 116 } },
  expenses: [{ name: '安全运维', planH1: 40, budgetFY: 80 }, { name: '等保测评', planH1: 10, budgetFY: 36 }],
};
const rate = { id: 'r', projectId: 'p1', level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=40%', targetFY: '=100%' };
const sp = (date: string, amount: number): Spend => ({ projectId: 'p1', expense: '安全运维', date, amount });
const budgetAt = (asOf: string, spend: Spend[], indicators = [rate]) => {
  const data: Dataset = { projects: [project], indicators, actuals: [], spend };
  return buildReport(data, asOf, defaultSettings()).projects[0].budget;
};

describe('budget verdicts', () => {
  it('30% spent on 30 June 2024: 19.7 points behind 序时进度 (182/366) and 10 points below the =40% target', () => {
    expect(budgetVerdicts(budgetAt('2024-06-30', [sp('2024-06-30', 34.8)]))).toEqual([
      { kind: 'behindTime', points: 19.7, bad: true },
      { kind: 'belowTarget', points: 10, bad: true },
    ]);
  });

  it('ahead of time and at the target once 80% is spent by 30 September', () => {
    // 序时进度 274/366 = 74.86%; target on the cumulative path at 30 Sep ≈ 70.16%.
    expect(budgetVerdicts(budgetAt('2024-09-30', [sp('2024-09-30', 92.8)]))).toEqual([
      { kind: 'aheadTime', points: 5.1, bad: false },
      { kind: 'meetsTarget', points: null, bad: false },
    ]);
  });

  it('without a 预算执行率 indicator only the time comparison is made', () => {
    expect(budgetVerdicts(budgetAt('2024-06-30', [sp('2024-06-30', 34.8)], []))).toEqual([{ kind: 'behindTime', points: 19.7, bad: true }]);
  });

  it('says nothing without an execution rate (no spend, or no 资金总额)', () => {
    expect(budgetVerdicts(budgetAt('2024-06-30', []))).toEqual([]);
    expect(budgetVerdicts({ executionRate: null, timeProgress: 0.5, targetRate: 0.4 })).toEqual([]);
  });

  it('in step with 序时进度 counts as ahead by 0; exactly at the target meets it', () => {
    expect(budgetVerdicts({ executionRate: 0.5, timeProgress: 0.5, targetRate: 0.5 })).toEqual([
      { kind: 'aheadTime', points: 0, bad: false },
      { kind: 'meetsTarget', points: null, bad: false },
    ]);
  });

  it('rounds the gap to a tenth of a point (0.04 short still reads 0 points, but is behind)', () => {
    expect(budgetVerdicts({ executionRate: 0.4996, timeProgress: 0.5, targetRate: null })).toEqual([{ kind: 'behindTime', points: 0, bad: true }]);
    expect(budgetVerdicts({ executionRate: 0.12345, timeProgress: 0.5, targetRate: null })[0].points).toBe(37.7);
  });
});
