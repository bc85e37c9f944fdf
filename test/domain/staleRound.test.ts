import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project, Spend } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { actualCellText, indicatorRows, previousText } from '../../src/domain/rows';
import { flaggedRows } from '../../src/domain/flagged';
import { executionRateOf, linesSumRate } from '../../src/domain/budget';
import { rateSourceLabel } from '../../src/domain/labels';

const project: Project = {
  id: 'p', name: '信息系统安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '', level: '', startYear: 2024, endYear: 2024,
  funds: { total: 100, sources: {} }, expenses: [{ name: '运维', planH1: 40, budgetFY: 60 }, { name: '测评', planH1: 0, budgetFY: 30 }],
};
const satisfaction: Indicator = { id: 's', projectId: 'p', level1: '满意度指标', level2: '服务对象满意度', level3: '服务对象满意度', targetH1: '≥90%', targetFY: '≥90%' };
const rate: Indicator = { id: 'r', projectId: 'p', level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=40%', targetFY: '=100%' };
const act = (indicatorId: string, date: string, value: string): Actual => ({ projectId: 'p', indicatorId, date, value });
const data = (actuals: Actual[], spend: Spend[] = [], indicators = [satisfaction, rate]): Dataset => ({ projects: [project], indicators, actuals, spend });
const settings = defaultSettings();

describe('stale actuals (domain.md §3)', () => {
  it('defaults to 31 days: 30 June is current on 31 July, stale on 1 August', () => {
    expect(settings.staleAfterDays).toBe(31);
    const d = data([act('s', '2024-06-30', '85%')]);
    expect(buildReport(d, '2024-07-31', settings).judgements[0].stale).toBeUndefined();
    const j = buildReport(d, '2024-08-01', settings).judgements[0];
    expect([j.stale, j.actualDate, j.status]).toEqual([true, '2024-06-30', 'warning']);
    expect(j.explain).toContain('实际：85%（2024-06-30，已过期：距判断日 32 天）');
  });

  it('follows the setting: 10 days makes a 20-day-old figure stale', () => {
    const d = data([act('s', '2024-07-11', '95%')]);
    expect(buildReport(d, '2024-07-31', settings).judgements[0].stale).toBeUndefined();
    expect(buildReport(d, '2024-07-31', { ...settings, staleAfterDays: 10 }).judgements[0].stale).toBe(true);
  });

  it('shows its date wherever the actual appears: rows (CLI table/CSV), the flagged list', () => {
    const d = data([act('s', '2024-06-30', '85%')]);
    const r = buildReport(d, '2024-08-31', settings);
    const j = r.judgements[0];
    expect(actualCellText(j)).toBe('85%（6月30日，过期）');
    expect(actualCellText(j, 'en')).toBe('85% (30 Jun, stale)');
    expect(indicatorRows(d, r)[0].actual).toBe('85%（6月30日，过期）');
    const flagged = flaggedRows(r.judgements, new Map([['p', project]]), new Map([[satisfaction.id, satisfaction], [rate.id, rate]]));
    expect(flagged.map((f) => [f.level3, f.actual])).toEqual([['服务对象满意度', '85%（6月30日，过期）']]);
  });
});

describe('a monitoring round: buildReport(data, asOf, settings, { periodStart })', () => {
  it('makes an indicator with no actual in the period 待填报, the previous value kept as context', () => {
    const d = data([act('s', '2024-06-30', '85%')]);
    const j = buildReport(d, '2024-07-31', settings, { periodStart: '2024-07-01' }).judgements[0];
    expect([j.status, j.actual, j.previous]).toEqual(['pending', null, { value: '85%', date: '2024-06-30' }]);
    expect(j.stale).toBeUndefined();
    expect(previousText(j)).toBe('上期：85%（6月30日）');
    expect(j.explain).toContain('本轮（2024-07-01 至 2024-07-31）无实际值记录；上期：85%（2024-06-30）');
  });

  it('judges an actual dated in the period (its first day included) as usual, with no previous', () => {
    const d = data([act('s', '2024-06-30', '85%'), act('s', '2024-07-01', '92%')]);
    const j = buildReport(d, '2024-07-31', settings, { periodStart: '2024-07-01' }).judgements[0];
    expect([j.status, j.actual, j.previous]).toEqual(['met', 92, undefined]);
  });

  it('keeps the three-argument call: no round, the June figure judged (and not yet stale on 31 July)', () => {
    const j = buildReport(data([act('s', '2024-06-30', '85%')]), '2024-07-31', settings).judgements[0];
    expect([j.status, j.actual, j.previous]).toEqual(['warning', 85, undefined]);
  });

  it('refuses a periodStart that is not a date, naming it', () => {
    expect(() => buildReport(data([]), '2024-07-31', settings, { periodStart: '2024-07-32' })).toThrow('日期“2024-07-32”不是有效的 YYYY-MM-DD 日期');
  });
});

describe('one execution rate (domain.md §3)', () => {
  const spend: Spend[] = [{ projectId: 'p', expense: '运维', date: '2024-06-30', amount: 26 }];
  it('is the spend\'s rate when there is spend up to the date: header, funds tab and the 预算执行率 row agree', () => {
    const r = buildReport(data([act('r', '2024-06-30', '33%')], spend), '2024-06-30', settings);
    const b = r.projects[0].budget;
    expect(executionRateOf(b)).toEqual({ value: 0.26, source: 'spend', date: '2024-06-30' });
    expect(rateSourceLabel[b.rateSource]).toBe('执行数');
    const row = r.judgements.find((j) => j.indicatorId === 'r')!;
    expect([row.actualText, row.actual, row.derivedFromSpend]).toEqual(['26.0%', 26, true]);
  });

  it('is the recorded 预算执行率 without spend (not 无执行数)', () => {
    const b = buildReport(data([act('r', '2024-06-30', '33%')]), '2024-06-30', settings).projects[0].budget;
    expect(executionRateOf(b)).toEqual({ value: 0.33, source: 'reported', date: '2024-06-30' });
    expect(rateSourceLabel[b.rateSource]).toBe('填报的预算执行率');
  });

  it('is none without either', () => {
    const b = buildReport(data([]), '2024-06-30', settings).projects[0].budget;
    expect(executionRateOf(b)).toEqual({ value: null, source: 'none', date: null });
    expect(rateSourceLabel.none).toBe('无');
  });

  it('labels the 合计 of lines that do not add up to 资金总额 as the lines\' own figure (26 of 90, not of 100)', () => {
    const b = buildReport(data([], spend), '2024-06-30', settings).projects[0].budget;
    expect(b.linesBudget).toBe(90);
    expect(linesSumRate(b)).toEqual({ rate: 26 / 90, ofLines: true });
    expect(linesSumRate({ ...b, linesBudget: 100 })).toEqual({ rate: 0.26, ofLines: false });
    expect(r2(b.executionRate!)).toBe(0.26);
  });
});

const r2 = (x: number) => Math.round(x * 100) / 100;
