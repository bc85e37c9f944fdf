import { describe, expect, it } from 'vitest';
import type { Dataset, Project, Spend } from '../../src/domain/types';
import { buildReport, latestDataDate } from '../../src/domain/report';
import { latestSpend } from '../../src/domain/budget';
import { crossCheck } from '../../src/domain/checks';
import { defaultSettings } from '../../src/domain/settings';

const project: Project = {
  id: 'p1', name: '信息系统安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2023, endYear: 2025, funds: { total: 116, sources: { 一般公共预算资金: 116, 政府性基金: 0 } },
  expenses: [{ name: '安全运维', planH1: 40, budgetFY: 80 }, { name: '等保测评', planH1: 10, budgetFY: 36 }],
};
const rate = { id: 'r', projectId: 'p1', level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=40%', targetFY: '=100%' };
const sp = (expense: string | null, date: string, amount: number): Spend => ({ projectId: 'p1', expense, date, amount });

describe('latest cumulative spend', () => {
  it('sums the latest figure of each line', () => {
    const r = latestSpend([sp('安全运维', '2024-03-31', 10), sp('安全运维', '2024-06-30', 30), sp('等保测评', '2024-03-31', 5)], '2024-06-30');
    expect(r.spent).toBe(35);
    expect(r.date).toBe('2024-06-30');
    expect(r.byLine.get('安全运维')).toBe(30);
  });
  it('ignores records after the as-of date and prefers a more recent whole-project figure', () => {
    const recs = [sp('安全运维', '2024-03-31', 10), sp(null, '2024-06-30', 50), sp('安全运维', '2024-09-30', 60)];
    expect(latestSpend(recs, '2024-06-30').spent).toBe(50);
    expect(latestSpend(recs, '2024-09-30').spent).toBe(60);
    expect(latestSpend(recs, '2024-01-31').spent).toBeNull();
  });
});

describe('budget execution in the report', () => {
  const data: Dataset = { projects: [project], indicators: [rate], actuals: [], spend: [sp('安全运维', '2024-06-30', 34.8), sp('等保测评', '2024-06-30', 0)] };
  it('derives the 预算执行率 actual from spend when none is recorded, and says so', () => {
    const r = buildReport(data, '2024-06-30', defaultSettings());
    const j = r.judgements[0];
    expect(j.derivedFromSpend).toBe(true);
    expect(j.actual).toBeCloseTo(30, 10);
    expect(j.status).toBe('warning');
    expect(j.explain).toContain('由支出记录推算');
    const b = r.projects[0].budget;
    expect(b.executionRate).toBeCloseTo(0.3, 10);
    expect(b.timeProgress).toBeCloseTo(182 / 366, 10);
    expect(b.planH1Share).toBeCloseTo(50 / 116, 10);
    expect(b.targetRate).toBeCloseTo(0.4, 10);
    expect(b.lines.map((l) => l.spent)).toEqual([34.8, 0]);
    expect(r.projects[0].counts).toEqual({ met: 0, warning: 1, behind: 0, pending: 0, unparsed: 0 });
    expect(r.projects[0].worst).toBe('warning');
  });
  it('spend records up to the date are the one execution rate: a recorded 41% of the same date does not make a second one', () => {
    const withActual = { ...data, actuals: [{ projectId: 'p1', indicatorId: 'r', date: '2024-06-30', value: '41%' }] };
    const r = buildReport(withActual, '2024-06-30', defaultSettings());
    const j = r.judgements[0];
    expect([j.derivedFromSpend, j.actualText, j.status]).toEqual([true, '30.0%', 'warning']);
    expect([r.projects[0].budget.executionRate, r.projects[0].budget.rateSource]).toEqual([0.3, 'spend']);
  });
  it('without spend the recorded 预算执行率 is the project\'s rate, with its source and date', () => {
    const recorded = { ...data, spend: [], actuals: [{ projectId: 'p1', indicatorId: 'r', date: '2024-06-30', value: '41%' }] };
    const b = buildReport(recorded, '2024-07-31', defaultSettings()).projects[0].budget;
    expect([b.executionRate, b.rateSource, b.rateDate, b.spent]).toEqual([0.41, 'reported', '2024-06-30', null]);
    expect(b.light).toBe('yellow'); // 41% ÷ 序时进度 58.2% = 0.70
  });
  it('latest data date spans actuals and spend', () => {
    expect(latestDataDate({ ...data, actuals: [{ projectId: 'p1', indicatorId: 'r', date: '2024-09-30', value: '1' }] })).toBe('2024-09-30');
    expect(latestDataDate({ projects: [], indicators: [], actuals: [], spend: [] })).toBeNull();
  });
  it('rejects an invalid as-of date', () => {
    expect(() => buildReport(data, '2024-02-30', defaultSettings())).toThrow(/2024-02-30/);
  });
});

describe('cross-checks', () => {
  it('flags lines not adding up, H1 share vs target, period and H1 above FY', () => {
    const p = { ...project, startYear: 2021, endYear: 2023 };
    const inds = [rate, { ...rate, id: 'x', level2: '数量指标', level1: '产出指标', level3: '培训次数', targetH1: '≥3次', targetFY: '≥2次' }];
    const codes = crossCheck({ projects: [p], indicators: inds, actuals: [], spend: [] }).map((w) => w.code).sort();
    expect(codes).toEqual(['h1-above-fy', 'h1-share', 'period']);
  });
  it('names the project and the figures', () => {
    const p = { ...project, expenses: [{ name: '信息系统安全运维', planH1: 0, budgetFY: 110.2 }] };
    const w = crossCheck({ projects: [p], indicators: [], actuals: [], spend: [] });
    expect(w.map((x) => x.message)).toEqual(['项目“信息系统安全运维”：支出明细全年预算合计 110.2 万元，与资金总额 116 万元不一致（相差 5.8 万元）']);
    expect(crossCheck({ projects: [project], indicators: [], actuals: [], spend: [] })).toEqual([]);
  });
});
