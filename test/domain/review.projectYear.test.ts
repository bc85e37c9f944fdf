import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project, Spend } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { dayInYear } from '../../src/domain/calendar';
import { defaultSettings } from '../../src/domain/settings';
import { paceFor } from '../../src/domain/pace';

// A dataset may hold projects of several 年度 (last year's table kept beside this year's). Each is
// judged on its own year's calendar: at as-of 2024-06-30 a 2023 project is at its year end (全年
// targets, 序时进度 100%), a 2025 project has not begun; actuals and spend still count up to the
// real as-of date (a 2023 figure filed in January 2024 is its final one).

const project = (id: string, year: number): Project => ({
  id, name: `${year}年度运维项目`, year, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: year, endYear: year, funds: { total: 100, sources: {} }, expenses: [{ name: '运维', planH1: 40, budgetFY: 100 }],
});
const scans = (projectId: string): Indicator =>
  ({ id: `${projectId}-scan`, projectId, level1: '产出指标', level2: '数量指标', level3: '渗透测试', targetH1: '≥2轮', targetFY: '≥4轮' });
const data = (actuals: Actual[], spend: Spend[] = []): Dataset => ({
  projects: [project('p23', 2023), project('p24', 2024), project('p25', 2025)],
  indicators: [scans('p23'), scans('p24'), scans('p25')], actuals, spend,
});
const at = (d: Dataset, asOf: string) => buildReport(d, asOf, defaultSettings());
const actual = (projectId: string, date: string, value: string): Actual => ({ projectId, indicatorId: `${projectId}-scan`, date, value });

describe('dayInYear', () => {
  it('keeps the date in the project\'s year, else its year end or start', () => {
    const d = { year: 2024, month: 6, day: 30 };
    expect(dayInYear(d, 2024)).toBe(d);
    expect(dayInYear(d, null)).toBe(d);
    expect(dayInYear(d, 2023)).toEqual({ year: 2023, month: 12, day: 31 });
    expect(dayInYear(d, 2025)).toEqual({ year: 2025, month: 1, day: 1 });
  });
});

describe('projects of another 年度', () => {
  it('judges a finished year against its 全年 target, with the actual filed after year end', () => {
    const r = at(data([actual('p23', '2023-06-30', '2'), actual('p23', '2024-01-10', '3')]), '2024-06-30');
    const [j23, j24, j25] = r.judgements;
    expect(j23).toMatchObject({ period: 'FY', expected: 4, actual: 3, status: 'behind', judgedOn: '2023-12-31', actualDate: '2024-01-10' });
    expect(j23.explain.startsWith('项目年度 2023 年已结束，按 2023年12月31日 判断；目标：半年 ≥2轮 → 全年 ≥4轮')).toBe(true);
    // The 2024 project on the as-of date itself: 半年 target 2, no actual.
    expect(j24).toMatchObject({ period: 'H1', expected: 2, status: 'pending' });
    expect(j24.judgedOn).toBeUndefined();
    expect(j24.explain).not.toContain('项目年度');
    // Not begun: expected nothing yet, nothing recorded.
    expect(j25).toMatchObject({ period: 'H1', status: 'pending', judgedOn: '2025-01-01', actual: null });
    expect(j25.expected).toBeCloseTo(0, 1);
    expect(j25.explain.startsWith('项目年度 2025 年尚未开始，按 2025年1月1日 判断')).toBe(true);
  });

  it('measures budget execution against the project\'s own 序时进度', () => {
    const spend: Spend[] = [
      { projectId: 'p23', expense: null, date: '2023-12-31', amount: 95 },
      { projectId: 'p24', expense: null, date: '2024-06-30', amount: 45 },
    ];
    const byId = Object.fromEntries(at(data([], spend), '2024-06-30').projects.map((p) => [p.projectId, p.budget]));
    expect(byId.p23).toMatchObject({ executionRate: 0.95, timeProgress: 1 });
    expect(byId.p24.timeProgress).toBeCloseTo(182 / 366, 6);
    expect(byId.p25).toMatchObject({ executionRate: null, timeProgress: 1 / 365 });
  });

  it('asks no monthly pace of a year that is over', () => {
    const d = data([actual('p23', '2023-12-31', '3'), actual('p24', '2024-06-30', '1')]);
    const r = at(d, '2024-06-30');
    expect(paceFor(d.indicators[0], r.judgements[0], r.settings)).toBeNull();
    expect(paceFor(d.indicators[1], r.judgements[1], r.settings)).toMatchObject({ remaining: 3, monthsLeft: 6 });
  });
});
