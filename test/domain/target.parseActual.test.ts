import { describe, expect, it } from 'vitest';
import { parseActual, parseTarget } from '../../src/domain/target';

const actual = (a: string, t: string) => parseActual(a, parseTarget(t));

describe('parseActual against quantity targets', () => {
  it.each([
    ['2', '≥2轮', 2],
    ['83.5', '≥80%', 83.5],
    ['85%', '≥80%', 85],
    ['８５％', '≥80%', 85],
    ['0.85', '≥80%', 0.85], // a bare number is in the target's unit: 0.85%, by rule
    ['150分钟', '≤2小时', 2.5],
    ['1天', '≤4小时', 24],
    ['90秒', '≤2小时', 0.025],
    ['2周', '≤30天', 14],
    ['1个月', '≤5个工作日', 30],
    ['1年', '≤12个月', 12.17],
    ['3个工作日', '≤1周', 0.43],
    ['5‰', '≤5%', 0.5],
    ['1,325.06万元', '≤116万元', 1325.06],
    ['1160000元', '≤116万元', 116],
    ['0.5亿元', '≤6000万元', 5000],
    ['1.2万人', '≥105人', 12000],
    ['3次', '≥2轮', 3],
    ['106名', '≥105人', 106],
    ['<1小时', '≤4小时', 1],
    ['≥85%', '≥80%', 85],
    ['无', '=0次', 0],
    ['零', '=0次', 0],
    ['0', '=0次', 0],
    ['88分', '≥90分', 88],
    ['88', '≥90分', 88],
    ['95%', '100', 95], // a target without unit accepts any unit
  ])('%s against %s → %d', (a, t, value) => {
    const r = actual(a, t);
    expect(r.kind).toBe('number');
    if (r.kind === 'number') expect(r.value).toBeCloseTo(value, 2);
  });

  it.each([
    ['3个', '≤4小时', '实际值单位“个”与指标值单位“小时”不能换算（指标值 ≤4小时）'],
    ['85%', '≥105人', '实际值单位“%”与指标值单位“人”不能换算（指标值 ≥105人）'],
    ['2小时', '≤116万元', '实际值单位“小时”与指标值单位“万元”不能换算（指标值 ≤116万元）'],
    ['90%', '≥90分', '实际值单位“%”与指标值单位“分”不能换算（指标值 ≥90分）'],
    ['达成', '≥80%', '指标值“≥80%”是定量目标，实际值“达成”应填写数值（如 80%）'],
    ['较高', '≤4小时', '指标值“≤4小时”是定量目标，实际值“较高”应填写数值（如 4小时）'],
    ['很快', '≤4小时', '无法识别的实际值“很快”：应填写数值（如 4小时）'],
    ['80%-90%', '≥80%', '实际值“80%-90%”：数值区间暂不支持（请填写单一目标，如 ≥90%）'],
    ['', '≥80%', '实际值为空'],
  ])('%j against %s → error', (a, t, reason) => {
    expect(actual(a, t)).toEqual({ kind: 'error', raw: a, reason });
  });
});

describe('parseActual against 序时进度', () => {
  it.each([['45%', 45], ['45', 45], ['0.45', 0.45], ['450‰', 45]])('%s → %d', (a, v) => {
    expect(actual(a, '序时进度')).toEqual({ kind: 'number', value: v, raw: a });
  });
  it('rejects other units and words', () => {
    expect(actual('45万元', '序时进度')).toEqual({ kind: 'error', raw: '45万元',
      reason: '指标值为序时进度（百分比），实际值单位“万元”不能换算为 %' });
    expect(actual('达成', '序时进度')).toMatchObject({ kind: 'error' });
  });
});

describe('parseActual against qualitative targets', () => {
  it.each([
    ['达成', '充分', 'full'], ['已达成', '规范', 'full'], ['完成', '及时', 'full'], ['是', '有效', 'full'],
    ['部分达成', '充分', 'partial'], ['基本达成', '合理', 'partial'], ['基本完成', '较高', 'partial'],
    ['未达成', '充分', 'none'], ['未完成', '明显', 'none'], ['否', '规范', 'none'],
    ['充分', '充分', 'full'], ['按时完成', '按时完成', 'full'], ['合规', '规范', 'full'],
    ['不充分', '充分', 'none'], ['未及时', '及时', 'none'], ['不满意', '满意', 'none'],
    ['非常满意', '满意', 'full'], ['明显', '有效', 'full'], ['较为充分', '充分', 'partial'], ['较满意', '满意', 'partial'],
    ['基本规范', '规范', 'partial'], ['一般', '满意', 'partial'], ['较差', '满意', 'none'], ['不够明确', '明确', 'none'],
    ['满意', '较高', 'full'],
    ['无', '无', 'full'], ['未发生', '零事故', 'full'], ['0', '零事故', 'full'], ['0起', '未发生重大安全事故', 'full'],
    ['2起', '零事故', 'none'], ['有', '无', 'none'], ['否', '否', 'full'], ['是', '否', 'none'],
  ])('%s against %s → %s', (a, t, level) => {
    expect(actual(a, t)).toEqual({ kind: 'achievement', level, raw: a });
  });

  it.each([
    ['显著', '较高', 5, '显著'], ['明显提升', '较高', 4, '明显'], ['较高', '较高', 3, '较高'],
    ['改善或提升程度较高', '改善或提升程度较高', 3, '较高'], ['一般', '明显', 2, '一般'], ['不明显', '明显', 1, '不明显'],
    ['无', '较高', 0, '无'], ['不满意', '较高', 0, '不满意'], ['良好', '显著', 3, '良好'],
  ])('%s against graded %s → rank %d', (a, t, rank, word) => {
    expect(actual(a, t)).toEqual({ kind: 'grade', rank, word, raw: a });
  });

  it('keeps grades ordered so that the judge can compare them', () => {
    const rank = (a: string) => {
      const r = actual(a, '较高');
      return r.kind === 'grade' ? r.rank : NaN;
    };
    const order = ['非常显著', '显著', '明显', '大幅', '较高', '较大', '良好', '较好', '一般', '基本', '较低', '较差', '低', '无'];
    for (let i = 1; i < order.length; i++) expect(rank(order[i - 1])).toBeGreaterThanOrEqual(rank(order[i]));
    expect(rank('显著')).toBeGreaterThan(rank('明显'));
    expect(rank('明显')).toBeGreaterThan(rank('较高'));
    expect(rank('较高')).toBeGreaterThan(rank('一般'));
    expect(rank('一般')).toBeGreaterThan(rank('较低'));
    expect(rank('较低')).toBeGreaterThan(rank('低'));
  });

  it.each([
    ['90', '满意', '指标值“满意”是定性目标，实际值应填写 达成/部分达成/未达成 或等级词（如 较高），不是数值“90”'],
    ['95%', '较高', '指标值“较高”是定性目标，实际值应填写 达成/部分达成/未达成 或等级词（如 较高），不是数值“95%”'],
    ['随便写写', '充分', '无法识别的实际值“随便写写”：定性指标请填写 达成/部分达成/未达成 或等级词（如 较高、明显）'],
  ])('%s against %s → error', (a, t, reason) => {
    expect(actual(a, t)).toEqual({ kind: 'error', raw: a, reason });
  });
});

describe('parseActual against an unparsed target', () => {
  it('still reads numbers and verdicts, so they can be shown', () => {
    expect(actual('3次', '每月1次')).toEqual({ kind: 'number', value: 3, raw: '3次' });
    expect(actual('达成', 'abc')).toEqual({ kind: 'achievement', level: 'full', raw: '达成' });
    expect(actual('较高', '')).toEqual({ kind: 'grade', rank: 3, word: '较高', raw: '较高' });
    expect(actual('xyz', '')).toEqual({ kind: 'error', raw: 'xyz', reason: '无法识别的实际值“xyz”' });
    expect(actual('toString', '')).toEqual({ kind: 'error', raw: 'toString', reason: '无法识别的实际值“toString”' });
    expect(actual('constructor', '充分')).toEqual({ kind: 'error', raw: 'constructor', reason: '无法识别的实际值“constructor”：定性指标请填写 达成/部分达成/未达成 或等级词（如 较高、明显）' });
  });
  it('survives a missing target', () => {
    expect(parseActual('5', undefined as never)).toEqual({ kind: 'number', value: 5, raw: '5' });
  });
});
