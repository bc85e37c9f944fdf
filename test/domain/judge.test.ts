import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings, type Settings } from '../../src/domain/settings';

let seq = 0;
function ind(level1: string, level2: string, level3: string, targetH1: string, targetFY: string, extra: Partial<Indicator> = {}): Indicator {
  return { id: `i${++seq}`, projectId: 'p1', level1, level2, level3, targetH1, targetFY, ...extra };
}
const project: Project = {
  id: 'p1', name: '测试项目', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2026, funds: { total: 100, sources: { 一般公共预算资金: 100 } },
  expenses: [{ name: '运维', planH1: 30, budgetFY: 100 }],
};

/** Judges one indicator with the given actuals (date → value) at asOf. */
function judge(i: Indicator, actuals: Record<string, string>, asOf: string, settings: Settings = defaultSettings()) {
  const list: Actual[] = Object.entries(actuals).map(([date, value]) => ({ projectId: 'p1', indicatorId: i.id, date, value }));
  const data: Dataset = { projects: [project], indicators: [i], actuals: list, spend: [] };
  return buildReport(data, asOf, settings).judgements[0];
}
const status = (i: Indicator, value: string, asOf: string, s?: Settings) => judge(i, { [asOf]: value }, asOf, s).status;

describe('budget execution rate =30% → =100% (cumulative, gap in points)', () => {
  const rate = ind('过程', '资金管理', '预算执行率', '=30%', '=100%');
  it('is cumulative by rule 4 and expects the 半年 target on 30 June', () => {
    const j = judge(rate, { '2024-06-30': '30%' }, '2024-06-30');
    expect(j.model).toBe('cumulative');
    expect(j.modelReason).toContain('规则4');
    expect(j.expected).toBeCloseTo(30, 10);
    expect(j.status).toBe('met');
    expect(j.period).toBe('H1');
  });
  it('tolerates up to 10 points short', () => {
    expect(status(rate, '20%', '2024-06-30')).toBe('warning');
    expect(status(rate, '19.9', '2024-06-30')).toBe('behind');
    expect(status(rate, '25', '2024-06-30')).toBe('warning');
  });
  it('ramps linearly: 0 on 1 Jan, 65 on 30 Sep 2024, 100 on 31 Dec', () => {
    expect(judge(rate, {}, '2024-01-01').expected).toBe(0);
    expect(judge(rate, {}, '2024-03-31').expected).toBeCloseTo((30 * 90) / 181, 10);
    expect(judge(rate, {}, '2024-09-30').expected).toBeCloseTo(65, 10);
    expect(judge(rate, {}, '2024-12-31').expected).toBeCloseTo(100, 10);
    expect(judge(rate, {}, '2024-07-01').period).toBe('FY');
  });
  it('reports variance and flags over-achievement at 130%', () => {
    const j = judge(rate, { '2024-03-31': '20%' }, '2024-03-31');
    const e = (30 * 90) / 181;
    expect(j.variance.absolute).toBeCloseTo(20 - e, 10);
    expect(j.variance.relative).toBeCloseTo((20 - e) / e, 10);
    expect(j.overAchieved).toBe(true);
    expect(judge(rate, { '2024-06-30': '38%' }, '2024-06-30').overAchieved).toBe(false);
    expect(judge(rate, { '2024-06-30': '39%' }, '2024-06-30').overAchieved).toBe(true);
  });
  it('explains the judgement', () => {
    const j = judge(rate, { '2024-06-30': '15%' }, '2024-06-30');
    expect(j.status).toBe('behind');
    expect(j.explain).toContain('半年 =30% → 全年 =100%');
    expect(j.explain).toContain('进度型');
    expect(j.explain).toContain('15 个百分点');
    expect(j.explain).toContain('滞后');
  });
  it('a =0% half-year milestone is met by zero spend', () => {
    const zero = ind('过程', '资金管理', '预算执行率', '=0%', '=100%');
    const j = judge(zero, { '2024-06-30': '0%' }, '2024-06-30');
    expect(j.direction).toBe('positive');
    expect(j.status).toBe('met');
  });
});

describe('satisfaction ≥80% → ≥90% (level by rule 1)', () => {
  const sat = ind('满意度指标', '服务对象满意度', '服务对象满意度', '≥80%', '≥90%');
  it('applies 80 up to 30 June and 90 from 1 July', () => {
    expect(judge(sat, {}, '2024-06-30').expected).toBe(80);
    expect(judge(sat, {}, '2024-07-01').expected).toBe(90);
    expect(judge(sat, {}, '2024-06-30').modelReason).toContain('规则1');
    expect(status(sat, '85%', '2024-06-30')).toBe('met');
    expect(status(sat, '85%', '2024-07-01')).toBe('warning');
    expect(status(sat, '81', '2024-07-01')).toBe('warning'); // 0.9 exactly
    expect(status(sat, '80.9', '2024-07-01')).toBe('behind');
  });
});

describe('response time ≤4小时 (反向, level)', () => {
  const rt = ind('产出指标', '时效指标', '信息系统故障修复响应时间', '≤4小时', '≤4小时');
  it('is met within, warning up to 1.1×, behind beyond', () => {
    expect(judge(rt, {}, '2024-06-30').direction).toBe('negative');
    expect(status(rt, '4', '2024-06-30')).toBe('met');
    expect(status(rt, '4.4小时', '2024-06-30')).toBe('warning');
    expect(status(rt, '4.5', '2024-06-30')).toBe('behind');
  });
  it('converts minutes to hours', () => {
    const two = ind('产出指标', '时效指标', '响应时间', '≤2小时', '≤2小时');
    const j = judge(two, { '2024-06-30': '150分钟' }, '2024-06-30');
    expect(j.actual).toBeCloseTo(2.5, 10);
    expect(j.status).toBe('behind');
    expect(status(two, '130分钟', '2024-06-30')).toBe('warning');
    expect(status(two, '90分钟', '2024-06-30')).toBe('met');
  });
  it('an actual in a unit of another kind cannot be judged and says why', () => {
    const j = judge(rt, { '2024-06-30': '3个' }, '2024-06-30');
    expect(j.status).toBe('unparsed');
    expect(j.actualError).toBeTruthy();
  });
});

describe('bad events =0次 (反向)', () => {
  const acc = ind('效益指标', '社会效益', '安全事故发生数', '=0次', '=0次');
  it('any event misses it', () => {
    expect(judge(acc, {}, '2024-06-30').direction).toBe('negative');
    expect(status(acc, '0', '2024-06-30')).toBe('met');
    expect(status(acc, '1次', '2024-06-30')).toBe('behind');
  });
});

describe('counts that double ≥2轮 → ≥4轮 (cumulative)', () => {
  const pen = ind('产出指标', '数量指标', '渗透测试', '≥2轮', '≥4轮');
  it('expects 2 on 30 June and 3 on 30 Sep 2024, tolerance 0.9', () => {
    expect(status(pen, '2', '2024-06-30')).toBe('met');
    expect(status(pen, '1', '2024-06-30')).toBe('behind');
    expect(judge(pen, {}, '2024-09-30').expected).toBeCloseTo(3, 10);
    expect(status(pen, '2.7', '2024-09-30')).toBe('warning');
    expect(status(pen, '2', '2024-09-30')).toBe('behind');
    expect(status(pen, '4轮', '2024-12-31')).toBe('met');
  });
  it('judges the latest actual on or before the as-of date', () => {
    const j = judge(pen, { '2024-03-31': '1', '2024-06-30': '2', '2024-09-30': '4' }, '2024-07-31');
    expect(j.actualDate).toBe('2024-06-30');
    expect(j.actual).toBe(2);
    expect(judge(pen, { '2024-09-30': '4' }, '2024-06-30').status).toBe('pending');
  });
});

describe('序时进度 targets and completion milestones', () => {
  it('资金到位率 序时进度 → 100% expects the elapsed share, in points', () => {
    const arr = ind('过程', '资金管理', '资金到位率', '序时进度', '100%');
    const j = judge(arr, { '2024-06-30': '45%' }, '2024-06-30');
    expect(j.model).toBe('cumulative');
    expect(j.modelReason).toContain('规则5');
    expect(j.expected).toBeCloseTo((182 / 366) * 100, 10);
    expect(j.status).toBe('warning');
    expect(status(arr, '39%', '2024-06-30')).toBe('behind');
  });
  it('合格率 =50% → =100% is a completion milestone judged by ratio', () => {
    const q = ind('产出指标', '质量指标', '验收合格率', '=50%', '=100%');
    expect(status(q, '45%', '2024-06-30')).toBe('warning');
    expect(status(q, '44%', '2024-06-30')).toBe('behind');
  });
  it('same 半年 and 全年 value is level (rule 3); an override wins', () => {
    const n = ind('产出指标', '数量指标', '项目覆盖单位数量', '=21个', '=21个');
    expect(judge(n, {}, '2024-03-31').expected).toBe(21);
    expect(judge(n, {}, '2024-03-31').modelReason).toContain('规则3');
    const o = ind('产出指标', '数量指标', '上线模块数量', '=4个', '=6个', { model: 'level' });
    expect(judge(o, {}, '2024-03-31').expected).toBe(4);
    expect(judge(o, {}, '2024-03-31').modelReason).toBe('数据中指定');
  });
});

describe('qualitative targets', () => {
  const basis = ind('决策', '项目立项', '立项依据充分性', '充分', '充分');
  const graded = ind('效益指标', '社会效益', '对提高行政审批效率的改善或提升程度', '改善或提升程度较高', '改善或提升程度较高');
  it('达成 / 部分达成 / 未达成', () => {
    expect(status(basis, '达成', '2024-06-30')).toBe('met');
    expect(status(basis, '部分达成', '2024-06-30')).toBe('warning');
    expect(status(basis, '未达成', '2024-06-30')).toBe('behind');
    expect(status(basis, '充分', '2024-06-30')).toBe('met');
  });
  it('grades compare by rank', () => {
    expect(status(graded, '显著', '2024-06-30')).toBe('met');
    expect(status(graded, '较高', '2024-06-30')).toBe('met');
    expect(status(graded, '一般', '2024-06-30')).toBe('warning');
    expect(status(graded, '较低', '2024-06-30')).toBe('behind');
  });
  it('a number against a qualitative target is not judged', () => {
    expect(status(basis, '85', '2024-06-30')).toBe('unparsed');
  });
});

describe('pending and unparsed', () => {
  it('pending without an actual, with the expected value shown', () => {
    const j = judge(ind('产出指标', '数量指标', '安全培训', '≥1次', '≥2次'), {}, '2024-06-30');
    expect(j.status).toBe('pending');
    expect(j.expected).toBe(1);
    expect(j.explain).toContain('无实际值');
  });
  it('unparsed target is kept and reported', () => {
    const j = judge(ind('产出指标', '数量指标', '奇怪指标', '', '见附件'), { '2024-06-30': '1' }, '2024-06-30');
    expect(j.status).toBe('unparsed');
    expect(j.target).toBe('');
  });
});

describe('一体化系统 lights', () => {
  const s = defaultSettings('pmkpi');
  const pen = ind('产出指标', '数量指标', '渗透测试', '≥2轮', '≥4轮');
  it('pro-rates 正向 quantities by month: <60% red, 60–80% yellow, 80–120% green, ≥120% blue', () => {
    const at = (v: string) => judge(pen, { '2024-06-30': v }, '2024-06-30', s);
    expect(at('1').light).toBe('red');
    expect(at('1').status).toBe('behind');
    expect(at('1').expected).toBe(2);
    expect(at('1.2').light).toBe('yellow');
    expect(at('1.6').light).toBe('green');
    expect(at('2.39').light).toBe('green');
    expect(at('2.4').light).toBe('blue');
    expect(at('2.4').status).toBe('met');
  });
  it('does not pro-rate quality, timeliness or cost', () => {
    const q = ind('产出指标', '质量指标', '系统运行事故发生频率', '≤5%', '≤5%');
    expect(judge(q, { '2024-06-30': '4%' }, '2024-06-30', s).light).toBe('green');
    expect(judge(q, { '2024-06-30': '6%' }, '2024-06-30', s).light).toBe('red');
    const cost = ind('成本指标', '', '项目总成本', '≤116万元', '≤116万元');
    expect(judge(cost, { '2024-06-30': '120万元' }, '2024-06-30', s).status).toBe('behind');
  });
  it('judges budget execution by 执行率 ÷ 序时进度', () => {
    const rate = ind('过程', '资金管理', '预算执行率', '=30%', '=100%');
    const at = (v: string) => judge(rate, { '2024-06-30': v }, '2024-06-30', s);
    expect(at('25%').light).toBe('red');
    expect(at('35%').light).toBe('yellow');
    expect(at('40%').light).toBe('green');
    expect(at('40%').explain).toContain('一体化系统');
  });
  it('qualitative 部分达成 is yellow', () => {
    const q = ind('决策', '项目立项', '立项依据充分性', '充分', '充分');
    expect(judge(q, { '2024-06-30': '部分达成' }, '2024-06-30', s).light).toBe('yellow');
  });
});
