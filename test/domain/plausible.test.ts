// Values the parsers read but no project can have (issue: a satisfaction of 1500 % judged 达标).
import { describe, expect, it } from 'vitest';
import { prepareIndicator, readActualIn } from '../../src/domain/judge/evaluate';
import { implausibleActual, implausibleSpend, outsideProjectYear } from '../../src/domain/plausible';
import { defaultSettings } from '../../src/domain/settings';
import type { Indicator, Project } from '../../src/domain/types';

const settings = defaultSettings();
const indicator = (level3: string, targetH1: string, targetFY: string, level1 = '产出指标'): Indicator =>
  ({ id: 'i', projectId: 'p', level1, level2: '', level3, targetH1, targetFY });
const check = (ind: Indicator, value: string) => {
  const p = prepareIndicator(ind, settings);
  return implausibleActual(p, readActualIn(p, value, 'FY', settings));
};

describe('implausibleActual', () => {
  const satisfaction = indicator('服务对象满意度', '≥80%', '≥90%', '满意度指标');
  const incidents = indicator('系统运行事故发生频率', '≤5%', '≤5%');

  it('refuses a share above 100 % or below 0 %, saying why', () => {
    expect(check(satisfaction, '1500%')).toEqual({ severity: 'error', reason: '“服务对象满意度”是占比，1500% 超出 0–100% 的范围（千分位逗号或多输了位数？）' });
    expect(check(satisfaction, '1,234')).toEqual({ severity: 'error', reason: '“服务对象满意度”是占比，1234% 超出 0–100% 的范围（千分位逗号或多输了位数？）' });
    expect(check(satisfaction, '-85%')).toEqual({ severity: 'error', reason: '“服务对象满意度”是占比，-85% 不可能为负' });
    expect(check(incidents, '-50%')).toEqual({ severity: 'error', reason: '“系统运行事故发生频率”是占比，-50% 不可能为负' });
  });

  it('accepts the whole range of a share, and its edges', () => {
    for (const v of ['0%', '0', '100%', '87.5', '0.85']) expect(check(satisfaction, v)).toBeNull();
  });

  it('only warns when a progress or completion rate passes 100 % (超额完成 is real)', () => {
    expect(check(indicator('预算执行率', '=30%', '=100%', '过程'), '104%')).toEqual({ severity: 'warning', reason: '104% 超过 100%，请核对是否填错' });
    expect(check(indicator('任务完成率', '≥50%', '≥100%'), '120%')).toEqual({ severity: 'warning', reason: '120% 超过 100%，请核对是否填错' });
  });

  it('leaves change rates alone: they may be negative or pass 100 %', () => {
    expect(check(indicator('营业收入增长率', '≥5%', '≥10%', '效益指标'), '-12%')).toBeNull();
    expect(check(indicator('用户数同比增幅', '≥50%', '≥100%', '效益指标'), '250%')).toBeNull();
    expect(check(indicator('能耗下降率', '≥2%', '≥5%', '效益指标'), '-1%')).toBeNull();
  });

  it('accepts above 100 % when the target itself is above 100 %', () => {
    expect(check(indicator('资金放大倍数比例', '≥150%', '≥150%'), '180%')).toBeNull();
  });

  it('refuses negative counts, times and amounts', () => {
    expect(check(indicator('培训人次', '≥50人次', '≥100人次'), '-3')).toEqual({ severity: 'error', reason: '“培训人次”的数量 -3人次 不可能为负' });
    expect(check(indicator('故障修复响应时间', '≤4小时', '≤4小时'), '-2小时')).toEqual({ severity: 'error', reason: '“故障修复响应时间”的时间 -2小时 不可能为负' });
    expect(check(indicator('项目总成本', '≤116万元', '≤116万元', '成本指标'), '-1')).toEqual({ severity: 'error', reason: '“项目总成本”的金额 -1万元 不可能为负' });
    expect(check(indicator('培训人次', '≥50人次', '≥100人次'), '0')).toBeNull();
  });

  it('has nothing to say about qualitative actuals or unparsed targets', () => {
    expect(check(indicator('制度健全性', '健全', '健全', '过程'), '达成')).toBeNull();
    expect(check(indicator('说不清', '大概', '也许'), '-5')).toBeNull();
  });
});

const project = (over: Partial<Project> = {}): Project => ({
  id: 'p', name: '信息系统安全运维', year: 2024, department: '', unit: '', type: '', level: '', startYear: null, endYear: null,
  funds: { total: 116, sources: {} }, expenses: [{ name: '运维', planH1: 20, budgetFY: 40 }], ...over,
});
const spend = (amount: number, expense: string | null = null) => ({ projectId: 'p', expense, date: '2024-07-31', amount });

describe('implausibleSpend', () => {
  it('refuses negative spend and spend ten times the budget or more (元 typed for 万元)', () => {
    expect(implausibleSpend(project(), spend(-3))).toEqual({ severity: 'error', reason: '累计执行数 -3 万元为负' });
    expect(implausibleSpend(project(), spend(99999))).toEqual({ severity: 'error', reason: '累计执行数 99999 万元是资金总额 116 万元的 86206.03%，应是单位或位数填错（金额以万元计）' });
  });

  it('warns of spend above the budget of its line, or of the project', () => {
    expect(implausibleSpend(project(), spend(45, '运维'))).toEqual({ severity: 'warning', reason: '累计执行数 45 万元超过支出项目“运维”的全年预算数 40 万元（执行率 112.5%），请核对' });
    expect(implausibleSpend(project(), spend(130))).toEqual({ severity: 'warning', reason: '累计执行数 130 万元超过资金总额 116 万元（执行率 112.07%），请核对' });
  });

  it('accepts spend up to the budget, and any spend when no budget is known', () => {
    expect(implausibleSpend(project(), spend(116))).toBeNull();
    expect(implausibleSpend(project(), spend(0))).toBeNull();
    expect(implausibleSpend(project({ funds: { total: null, sources: {} } }), spend(5000))).toBeNull();
  });
});

describe('outsideProjectYear', () => {
  it('refuses a date in another year than the table', () => {
    expect(outsideProjectYear(project(), '2023-06-30')).toBe('日期 2023-06-30 不在项目“信息系统安全运维”的年度（2024 年）内');
    expect(outsideProjectYear(project(), '2025-01-15')).toBe('日期 2025-01-15 不在项目“信息系统安全运维”的年度（2024 年）内');
    expect(outsideProjectYear(project(), '2024-12-31')).toBeNull();
  });

  it('uses 开始/完成 years when the table has no 年度', () => {
    const multi = project({ year: null, startYear: 2023, endYear: 2025 });
    expect(outsideProjectYear(multi, '2025-06-30')).toBeNull();
    expect(outsideProjectYear(multi, '2026-06-30')).toBe('日期 2026-06-30 不在项目“信息系统安全运维”的期限（2023–2025 年）内');
    expect(outsideProjectYear(project({ year: null }), '1990-06-30')).toBeNull();
  });
});
