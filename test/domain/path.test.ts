import { describe, expect, it } from 'vitest';
import type { Actual, Indicator, Project, Spend } from '../../src/domain/types';
import { defaultSettings } from '../../src/domain/settings';
import { prepareIndicator } from '../../src/domain/judge/evaluate';
import { buildReport } from '../../src/domain/report';
import { parseIsoDate } from '../../src/domain/calendar';
import { datedActuals, expectedOn, expectedPath, indicatorTrack, pathValueAt, spendRates } from '../../src/domain/path';

const ind = (level3: string, targetH1: string, targetFY: string, extra: Partial<Indicator> = {}): Indicator => ({
  id: `i-${level3}`, projectId: 'p', level1: '产出指标', level2: '数量指标', level3, targetH1, targetFY, ...extra,
});
const act = (i: Indicator, date: string, value: string): Actual => ({ projectId: 'p', indicatorId: i.id, date, value });
const settings = defaultSettings();
const lights = defaultSettings('pmkpi');

// Seed indicators of 省政务办信息系统安全运维 and its neighbours.
const pen = ind('渗透测试', '≥2轮', '≥4轮');
const response = ind('信息系统故障修复响应时间', '≤4小时', '≤4小时', { level2: '时效指标' });
const satisfaction = ind('服务对象满意度', '≥80%', '≥90%', { level1: '满意度指标', level2: '服务对象满意度' });
const funding = ind('资金到位率', '序时进度', '100%', { level1: '过程', level2: '资金管理' });
const budgetRate = ind('预算执行率', '=40%', '=100%', { level1: '过程', level2: '资金管理' });

describe('expected path through the year', () => {
  it('ramps a cumulative count 0 → 半年 → 全年 in whole units: ≥2轮 → ≥4轮 is 2 on 31 July, 3 from 30 September', () => {
    const path = expectedPath(prepareIndicator(pen, settings), 2024, settings);
    expect(path[0]).toEqual({ date: '2024-01-01', value: 0 });
    expect(path[path.length - 1]).toEqual({ date: '2024-12-31', value: 4 });
    expect(pathValueAt(path, '2024-09-30')).toBe(3);
    expect(pathValueAt(path, '2024-07-31')).toBe(2);
    expect(pathValueAt(path, '2024-06-30')).toBe(2);
  });

  it('counts days in a leap year exactly, as the judge does (2024-04-01 vs 2023-04-01)', () => {
    const p = prepareIndicator(pen, settings);
    const leap = expectedPath(p, 2024, settings);
    // 2 × 91/181 = 1.006 on 1 April of a leap year; 2 × 90/180 = 1 on 1 April 2023; 2 × 89/180 on 31 March 2023.
    expect(pathValueAt(leap, '2024-03-31')).toBe(0);
    expect(pathValueAt(leap, '2024-04-01')).toBe(1);
    const common = expectedPath(p, 2023, settings);
    expect(pathValueAt(common, '2023-03-31')).toBe(0);
    expect(pathValueAt(common, '2023-04-01')).toBe(1);
    expect(pathValueAt(common, '2023-02-29')).toBeNull(); // not a date
  });

  it('matches the judge on every day of the year, under both rule sets', () => {
    for (const s of [settings, lights]) {
      for (const i of [pen, response, satisfaction, funding, budgetRate]) {
        const p = prepareIndicator(i, s);
        const path = expectedPath(p, 2024, s);
        for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000) {
          const date = new Date(t).toISOString().slice(0, 10);
          const judged = buildReport({ projects: [], indicators: [i], actuals: [act(i, date, '0')], spend: [] }, date, s).judgements[0].expected!;
          expect(pathValueAt(path, date), `${i.level3} ${s.ruleSet} ${date}`).toBeCloseTo(judged, 9);
          expect(expectedOn(p, parseIsoDate(date)!, s)!.value).toBeCloseTo(judged, 9);
        }
      }
    }
  });

  it('steps a level target: the 半年 threshold to 30 June, the 全年 one from 1 July', () => {
    const path = expectedPath(prepareIndicator(satisfaction, settings), 2024, settings);
    expect(path).toEqual([
      { date: '2024-01-01', value: 80 },
      { date: '2024-06-30', value: 80 },
      { date: '2024-07-01', value: 90 },
      { date: '2024-12-31', value: 90 },
    ]);
    expect(expectedPath(prepareIndicator(response, settings), 2024, settings)).toEqual([
      { date: '2024-01-01', value: 4 },
      { date: '2024-12-31', value: 4 },
    ]);
  });

  it('follows 序时进度 by month in steps when the setting is month-based', () => {
    const month = { ...settings, timeProgress: 'month' as const };
    const path = expectedPath(prepareIndicator(funding, month), 2024, month);
    expect(pathValueAt(path, '2024-07-30')).toBeCloseTo(50, 12);
    expect(pathValueAt(path, '2024-07-31')).toBeCloseTo((7 / 12) * 100, 12);
    expect(pathValueAt(path, '2024-02-28')).toBeCloseTo((1 / 12) * 100, 12);
    expect(pathValueAt(path, '2024-02-29')).toBeCloseTo((2 / 12) * 100, 12);
  });

  it('has no path for a qualitative or unparsed target', () => {
    expect(expectedPath(prepareIndicator(ind('立项依据充分性', '充分', '充分'), settings), 2024, settings)).toEqual([]);
    expect(expectedPath(prepareIndicator(ind('x', '见附件', '见附件'), settings), 2024, settings)).toEqual([]);
    expect(indicatorTrack(ind('立项依据充分性', '充分', '充分'), [], 2024, settings)).toBeNull();
  });
});

describe('dated actuals in the target unit', () => {
  it('reads actuals oldest first, converting units and keeping what cannot be read', () => {
    const a = [act(response, '2024-09-30', '270分钟'), act(response, '2024-03-31', '3.5'), act(response, '2024-06-30', '很快'), act(pen, '2024-06-30', '9轮')];
    const list = datedActuals(prepareIndicator(response, settings), a, settings);
    expect(list.map((x) => [x.date, x.text, x.value])).toEqual([
      ['2024-03-31', '3.5', 3.5],
      ['2024-06-30', '很快', null],
      ['2024-09-30', '270分钟', 4.5],
    ]);
  });

  it('takes a 预算执行率 from the spend records where nothing newer is recorded, as the report does', () => {
    const project: Project = {
      id: 'p', name: '一企来办', year: 2024, department: '', unit: '', type: '', level: '', startYear: 2024, endYear: 2026,
      funds: { total: 81, sources: {} }, expenses: [{ name: '运维', planH1: 25.2, budgetFY: 53.2 }, { name: '运营', planH1: 0, budgetFY: 23.75 }],
    };
    const sp = (expense: string, date: string, amount: number): Spend => ({ projectId: 'p', expense, date, amount });
    const records = [sp('运维', '2024-03-31', 6.72), sp('运营', '2024-03-31', 3), sp('运维', '2024-06-30', 15.4), sp('运营', '2024-06-30', 6.88)];
    expect(spendRates(project, records).map((x) => [x.date, x.text, x.derived])).toEqual([
      ['2024-03-31', '12%', true],
      ['2024-06-30', '27.51%', true],
    ]);
    const rate = { ...budgetRate, targetH1: '=30%' };
    const track = indicatorTrack(rate, [], 2024, settings, { project, records })!;
    expect(track.actuals.map((x) => x.value)).toEqual([12, 27.51]);
    expect(track.h1).toBe(30);
    expect(track.fy).toBe(100);
    expect(track.budgetExecution && track.progressRate).toBe(true);
    // A recorded figure wins on its own date; spend fills the other dates.
    const mixed = indicatorTrack(rate, [act(rate, '2024-06-30', '28%')], 2024, settings, { project, records })!;
    expect(mixed.actuals.map((x) => [x.date, x.value, x.derived ?? false])).toEqual([['2024-03-31', 12, true], ['2024-06-30', 28, false]]);
  });

  it('describes an indicator for the charts: model, direction, targets in one unit', () => {
    const mixed = ind('故障响应', '≤120分钟', '≤1小时');
    const t = indicatorTrack(mixed, [act(mixed, '2024-06-30', '90分钟')], 2024, settings)!;
    expect([t.model, t.direction, t.unit, t.h1, t.fy, t.proRated]).toEqual(['level', 'negative', '小时', 2, 1, false]);
    expect(t.actuals[0].value).toBe(1.5);
    expect(pathValueAt(t.points, '2024-03-31')).toBe(2);
    expect(indicatorTrack(satisfaction, [], 2024, settings)!.proRated).toBe(true);
  });
});
