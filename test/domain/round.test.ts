import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadFiles } from '../../src/io/load';
import { defaultSettings } from '../../src/domain/settings';
import { prepareIndicator } from '../../src/domain/judge/evaluate';
import { buildReport } from '../../src/domain/report';
import type { Dataset, Round } from '../../src/domain/types';
import {
  addRound, checkRecord, currentRound, defaultRoundName, formOf, historyOf, recordOf, roundPeriod, roundProgress, scopeText,
  setFormStatus, setRecordField, setSpendAmount, setSpendForecast,
} from '../../src/domain/round';

const round = (id: string, periodEnd: string, deadline: string | null = null, scope: Round['scope'] = { kind: 'all' }): Round =>
  ({ id, name: id, periodEnd, deadline, scope, createdAt: '2024-07-01T00:00:00Z' });
const seed = (): Dataset => loadFiles([{ name: 'projects.json', content: readFileSync(new URL('../../data/projects.json', import.meta.url), 'utf8') }]).dataset;

describe('round periods', () => {
  it('starts after the previous round of the same year, else on 1 January', () => {
    const rounds = [round('q1', '2024-03-31'), round('h1', '2024-07-31'), round('q3', '2024-09-30'), round('old', '2023-12-31')];
    expect(roundPeriod(rounds[0], rounds)).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(roundPeriod(rounds[1], rounds)).toEqual({ start: '2024-04-01', end: '2024-07-31' });
    expect(roundPeriod(rounds[2], rounds)).toEqual({ start: '2024-08-01', end: '2024-09-30' });
    expect(roundPeriod(round('leap', '2024-03-01'), [round('feb', '2024-02-29')])).toEqual({ start: '2024-03-01', end: '2024-03-01' });
    expect(roundPeriod(round('dec', '2024-12-31'), [round('nov', '2024-11-30'), round('dec', '2024-12-31')])).toEqual({ start: '2024-12-01', end: '2024-12-31' });
  });

  it('names 1–7月 as finance departments do', () => {
    expect(defaultRoundName({ start: '2024-01-01', end: '2024-07-31' })).toBe('2024年1–7月监控');
    expect(defaultRoundName({ start: '2024-08-01', end: '2024-09-30' })).toBe('2024年8–9月监控');
    expect(defaultRoundName({ start: '2024-01-01', end: '2024-07-15' })).toBe('2024-01-01至2024-07-15监控');
  });

  it('takes the open round with the latest period end as the current one', () => {
    const rounds = [round('a', '2024-07-31', '2024-08-07'), round('b', '2024-09-30', '2024-10-10')];
    expect(currentRound(rounds, '2024-08-01')?.id).toBe('b');
    expect(currentRound([rounds[0]], '2024-09-01')?.id).toBe('a');
    expect(currentRound([], '2024-09-01')).toBeNull();
  });

  it('says its scope', () => {
    expect(scopeText({ kind: 'filter', minBudget: 200, maxExecutionRate: 0.6 })).toBe('重点监控：资金总额 ≥ 200 万元，执行率 < 60%');
    expect(scopeText({ kind: 'all' })).toBe('一般监控：全部项目');
  });
});

describe('editing the form', () => {
  const ctx = { round: round('r', '2024-07-31', '2024-08-07'), at: '2024-08-01T09:00:00Z' };

  it('records a value as the actual dated the period end, with its history; the report judges it at once', () => {
    const data = addRound(seed(), ctx.round);
    const ind = data.indicators.find((i) => i.level3 === '服务对象满意度')!;
    const a = setRecordField(data, ctx, ind.projectId, ind.id, 'value', '88%');
    const b = setRecordField(a, { ...ctx, at: '2024-08-01T09:05:00Z' }, ind.projectId, ind.id, 'value', '92%');
    expect(recordOf(b, ctx.round, ind.id)).toEqual({ projectId: ind.projectId, indicatorId: ind.id, date: '2024-07-31', value: '92%' });
    expect(historyOf(b, ind.projectId, ind.id).map((h) => [h.field, h.before, h.after, h.by])).toEqual([['value', '88%', '92%', '本浏览器'], ['value', null, '88%', '本浏览器']]);
    expect(b.indicators).toBe(data.indicators);
    const judged = buildReport(b, '2024-07-31', defaultSettings()).judgements.find((j) => j.indicatorId === ind.id)!;
    expect([judged.status, judged.actual]).toEqual(['met', 92]);
    expect(setRecordField(b, ctx, ind.projectId, ind.id, 'value', '92%')).toBe(b);
  });

  it('keeps a record whose reason came before its value, unjudged, and drops it when emptied', () => {
    const data = seed();
    const ind = data.indicators[0];
    const a = setRecordField(data, ctx, ind.projectId, ind.id, 'reason', '待核实');
    expect(recordOf(a, ctx.round, ind.id)).toMatchObject({ value: '', reason: '待核实' });
    expect(buildReport(a, '2024-07-31', defaultSettings()).judgements.find((j) => j.indicatorId === ind.id)!.status).toBe('pending');
    expect(recordOf(setRecordField(a, ctx, ind.projectId, ind.id, 'reason', ''), ctx.round, ind.id)).toBeUndefined();
  });

  it('records 执行数, 全年预计执行数 and 已完成 with their history', () => {
    const data = seed();
    const p = data.projects[0];
    let d = setSpendAmount(data, ctx, p.id, p.expenses[0].name, 12.5);
    d = setSpendForecast(d, ctx, p.id, 40);
    d = setFormStatus(d, ctx, p.id, 'done');
    expect(d.spend.at(-1)).toEqual({ projectId: p.id, expense: p.expenses[0].name, date: '2024-07-31', amount: 12.5 });
    expect(formOf(d, ctx.round, p.id)).toEqual({ roundId: 'r', projectId: p.id, status: 'done', doneAt: '2024-08-01T09:00:00Z', spendForecast: 40 });
    expect(historyOf(d, p.id, 'form').map((h) => [h.field, h.before, h.after])).toEqual([['status', 'draft', 'done'], ['spendForecast', null, '40']]);
    expect(formOf(setFormStatus(d, ctx, p.id, 'draft'), ctx.round, p.id)).toEqual({ roundId: 'r', projectId: p.id, status: 'draft', spendForecast: 40 });
  });
});

describe('checks as the user types', () => {
  const settings = defaultSettings();
  const prep = (targetH1: string, targetFY: string, level3 = '渗透测试') =>
    prepareIndicator({ id: 'i', projectId: 'p', level1: '产出指标', level2: '数量指标', level3, targetH1, targetFY }, settings);

  it('refuses a value in a unit of another kind, naming the field and the unit expected', () => {
    const issues = checkRecord(prep('≥2轮', '≥4轮'), { value: '3小时' }, null, settings);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'value', severity: 'error' });
    expect(issues[0].message.startsWith('执行情况：')).toBe(true);
    expect(issues[0].message).toContain('轮');
  });

  it('demands reason, category, likelihood and measures when behind; not when met', () => {
    const behind = checkRecord(prep('≥2轮', '≥4轮'), { value: '1轮' }, { status: 'behind', overAchieved: false }, settings);
    expect(behind.map((i) => i.message)).toEqual([
      '偏差原因类别：本指标为滞后，须选择偏差原因类别',
      '偏差原因：本指标为滞后，须说明偏差原因',
      '完成目标可能性：本指标为滞后，须选择完成目标可能性',
      '纠偏措施：本指标为滞后，须填写纠偏措施',
    ]);
    expect(checkRecord(prep('≥2轮', '≥4轮'), { value: '2轮' }, { status: 'met', overAchieved: false }, settings)).toEqual([]);
    const over = checkRecord(prep('≥2轮', '≥4轮'), { value: '9轮' }, { status: 'met', overAchieved: true }, settings);
    expect(over.map((i) => i.field)).toEqual(['reasonCategory', 'reason', 'likelihood']);
  });

  it('flags a forecast below the year target with 确定能, in either direction', () => {
    const r = { value: '2轮', forecast: '3轮', likelihood: '确定能' };
    expect(checkRecord(prep('≥2轮', '≥4轮'), r, { status: 'met', overAchieved: false }, settings)).toEqual([
      { field: 'forecast', severity: 'warning', message: '全年预计完成值：全年预计完成值“3轮”未达到全年目标“≥4轮”，完成可能性却为“确定能”，请核对' },
    ]);
    expect(checkRecord(prep('≥2轮', '≥4轮'), { ...r, likelihood: '有可能' }, { status: 'met', overAchieved: false }, settings)).toEqual([]);
    const time = prep('≤4小时', '≤4小时', '故障修复响应时间');
    expect(checkRecord(time, { value: '3小时', forecast: '5小时', likelihood: '确定能' }, { status: 'met', overAchieved: false }, settings).map((i) => i.field)).toEqual(['forecast']);
    expect(checkRecord(time, { value: '3小时', forecast: '180分钟', likelihood: '确定能' }, { status: 'met', overAchieved: false }, settings)).toEqual([]);
  });
});

describe('round progress', () => {
  it('counts filled indicators per project in scope, names the missing, and says who is overdue', () => {
    const r = round('r', '2024-07-31', '2024-08-07', { kind: 'filter', minBudget: 100 });
    let data = addRound(seed(), r);
    const big = data.projects.filter((p) => (p.funds.total ?? 0) >= 100);
    const first = data.indicators.find((i) => i.projectId === big[0].id)!;
    data = setRecordField(data, { round: r, at: '2024-08-01T00:00:00Z' }, first.projectId, first.id, 'value', first.targetFY.replace(/^[=≥≤]/, ''));
    data = setFormStatus(data, { round: r, at: '2024-08-02T00:00:00Z' }, big[0].id, 'done');
    const progress = roundProgress(data, r, '2024-08-10', () => null);
    expect(progress.projects.map((p) => p.projectId)).toEqual(big.map((p) => p.id));
    expect(progress.projects[0]).toMatchObject({ filled: 1, done: true, overdue: false });
    expect(progress.projects[0].missing).not.toContain(first.level3);
    expect(progress.projects.slice(1).every((p) => p.overdue && !p.done && p.filled === 0)).toBe(true);
    expect(progress.totals).toMatchObject({ projects: big.length, done: 1, overdue: big.length - 1, filled: 1 });
  });

  it('counts 预算执行率 as filled when the project has spend dated in the period (the rate comes from the spend)', () => {
    const r = round('r', '2024-07-31');
    const base = addRound(seed(), r);
    const p = base.projects.find((x) => x.name === '“一企来办”平台运营运维费')!;
    const other = base.projects.find((x) => x.id !== p.id && base.indicators.some((i) => i.projectId === x.id && i.level3 === '预算执行率'))!;
    const missingOf = (d: Dataset, round: Round, id: string) => roundProgress(d, round, '2024-08-01', () => null).projects.find((x) => x.projectId === id)!;
    const before = missingOf(base, r, p.id);
    expect(before.missing).toContain('预算执行率');
    const data = { ...base, spend: [{ projectId: p.id, expense: null, date: '2024-06-30', amount: 12 }] };
    const after = missingOf(data, r, p.id);
    expect(after.missing).toEqual(before.missing.filter((n) => n !== '预算执行率'));
    expect(after.filled).toBe(before.filled + 1);
    // Another project's spend fills nothing here; spend before the period (a later round's) neither.
    expect(missingOf(data, r, other.id).missing).toContain('预算执行率');
    const later = round('q3', '2024-09-30');
    expect(missingOf(addRound(data, later), later, p.id).missing).toContain('预算执行率');
  });
});
