import { describe, expect, it } from 'vitest';
import { indexDataset, nameKey, resolveExpense, resolveIndicator, resolveProject } from '../../src/domain/resolve';
import type { Indicator, Project } from '../../src/domain/types';

const project = (id: string, name: string, year: number, expenses: string[] = []): Project => ({
  id, name, year, department: '江苏省数据局', unit: '', type: '', level: '', startYear: null, endYear: null,
  funds: { total: null, sources: {} }, expenses: expenses.map((e) => ({ name: e, planH1: null, budgetFY: null })),
});
const indicator = (id: string, projectId: string, level1: string, level2: string, level3: string): Indicator =>
  ({ id, projectId, level1, level2, level3, targetH1: '', targetFY: '' });

const yiqi = project('p1', '“一企来办”平台运营运维费', 2024, ['“一企来办”企业综合服务平台运维项目', '“一企来办”企业综合服务平台运营项目']);
const old = project('p0', '“一企来办”平台运营运维费', 2023);
const other = project('p2', '江苏12345在线平台运行费', 2024);
const ix = indexDataset({
  projects: [yiqi, old, other],
  indicators: [
    indicator('i1', 'p1', '过程', '资金管理', '预算执行率'),
    indicator('i2', 'p1', '产出指标', '时效指标', '预算执行率'),
    indicator('i3', 'p1', '满意度指标', '服务对象满意度', '服务对象满意度'),
    indicator('i4', 'p2', '效益指标', '社会效益', '安全事故发生数'),
    indicator('i5', 'p2', '效益指标', '社会效益', '安全事故发生数'),
  ],
});

describe('nameKey', () => {
  it('ignores spaces, width and quote style', () => {
    expect(nameKey(' "一企来办" 平台运营运维费')).toBe(nameKey('“一企来办”平台运营运维费'));
    expect(nameKey('接通率(含未接通回拨)')).toBe(nameKey('接通率（含未接通回拨）'));
  });
});

describe('resolveProject', () => {
  it('finds by name, and by year among same-named projects', () => {
    expect(resolveProject(ix, { name: '江苏12345在线平台运行费' })).toEqual({ ok: true, value: other });
    expect(resolveProject(ix, { name: '"一企来办"平台运营运维费', year: 2023 })).toEqual({ ok: true, value: old });
  });

  it('finds by id', () => expect(resolveProject(ix, { id: 'p1', name: 'ignored' })).toEqual({ ok: true, value: yiqi }));

  it('says when a name is unknown or ambiguous', () => {
    expect(resolveProject(ix, { name: '不存在的项目' })).toEqual({
      ok: false, code: 'unknown-project', message: '没有名为“不存在的项目”的项目（请先导入该项目的绩效目标表）',
    });
    expect(resolveProject(ix, { name: '“一企来办”平台运营运维费', year: 2022 })).toEqual({
      ok: false, code: 'ambiguous-project',
      message: '名为““一企来办”平台运营运维费”的项目有2个：2024（江苏省数据局，编号 p1）、2023（江苏省数据局，编号 p0），请加“年度”或“项目编号”列区分',
    });
  });
});

describe('resolveIndicator', () => {
  it('finds a unique 三级 by name alone', () => {
    expect(resolveIndicator(ix, yiqi, { level3: '服务对象满意度' })).toMatchObject({ ok: true, value: { id: 'i3' } });
  });

  it('asks for 二级 when a 三级 name repeats under different 二级', () => {
    expect(resolveIndicator(ix, yiqi, { level3: '预算执行率' })).toEqual({
      ok: false, code: 'ambiguous-indicator',
      message: '项目「“一企来办”平台运营运维费」中三级指标“预算执行率”有2个（过程/资金管理/预算执行率、产出指标/时效指标/预算执行率），请加“二级指标”列区分',
    });
  });

  it('settles the ambiguity with 一级 or 二级', () => {
    expect(resolveIndicator(ix, yiqi, { level1: '过程', level3: '预算执行率' })).toMatchObject({ ok: true, value: { id: 'i1' } });
    expect(resolveIndicator(ix, yiqi, { level2: '时效指标', level3: '预算执行率' })).toMatchObject({ ok: true, value: { id: 'i2' } });
  });

  it('asks for 指标编号 when the paths are identical', () => {
    const r = resolveIndicator(ix, other, { level1: '效益指标', level3: '安全事故发生数' });
    expect(r).toMatchObject({ ok: false, code: 'ambiguous-indicator' });
    if (!r.ok) expect(r.message).toMatch(/请用“指标编号”列指明$/);
  });

  it('reports an unknown 三级, or one not under the given 一级', () => {
    expect(resolveIndicator(ix, yiqi, { level3: '渗透测试' })).toEqual({
      ok: false, code: 'unknown-indicator', message: '项目「“一企来办”平台运营运维费」中没有三级指标“渗透测试”',
    });
    expect(resolveIndicator(ix, yiqi, { level1: '决策', level3: '预算执行率' })).toEqual({
      ok: false, code: 'unknown-indicator',
      message: '项目「“一企来办”平台运营运维费」中三级指标“预算执行率”不在一级指标“决策”下；现有：过程/资金管理/预算执行率、产出指标/时效指标/预算执行率',
    });
  });

  it('checks an id belongs to the project', () => {
    expect(resolveIndicator(ix, yiqi, { id: 'i4' })).toMatchObject({ ok: false, code: 'unknown-indicator' });
    expect(resolveIndicator(ix, yiqi, { id: 'i2', level3: 'whatever' })).toMatchObject({ ok: true, value: { id: 'i2' } });
  });
});

describe('resolveExpense', () => {
  it('blank means the whole project', () => expect(resolveExpense(yiqi, ' ')).toEqual({ ok: true, value: null }));
  it('returns the line as filed', () => {
    expect(resolveExpense(yiqi, '"一企来办"企业综合服务平台运营项目')).toEqual({ ok: true, value: '“一企来办”企业综合服务平台运营项目' });
  });
  it('lists the known lines for an unknown one', () => {
    expect(resolveExpense(yiqi, '服务外包')).toEqual({
      ok: false, code: 'unknown-expense',
      message: '项目「“一企来办”平台运营运维费」没有支出项目“服务外包”（现有支出项目：「“一企来办”企业综合服务平台运维项目」、「“一企来办”企业综合服务平台运营项目」；整个项目的执行数请将支出项目留空）',
    });
    expect(resolveExpense(other, '服务外包')).toMatchObject({ ok: false, message: expect.stringContaining('该项目没有登记支出项目') });
  });
  it('two lines written apart only by spaces or width: the one written as the row is, else the first alike', () => {
    const two = project('p3', '办公', 2024, ['办公 费', '办公费']);
    expect(resolveExpense(two, '办公费')).toEqual({ ok: true, value: '办公费' });
    expect(resolveExpense(two, '办公 费')).toEqual({ ok: true, value: '办公 费' });
    expect(resolveExpense(two, '办公　费')).toEqual({ ok: true, value: '办公 费' });
  });
});
