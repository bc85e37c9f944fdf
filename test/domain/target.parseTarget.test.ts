import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/domain/target';

const q = (op: string, value: number, unit: string, unitKind: string) => ({ kind: 'quantity', op, value, unit, unitKind });
const grade = (word: string, rank: number) => ({ kind: 'qualitative', word, rank });
const binary = (word: string) => ({ kind: 'qualitative', word, rank: null });

/** The 半年/全年 指标值 cells of the seed: rows of the indicator blocks with ≥3 filled cells, last two. */
function seedTargets(): string[] {
  const text = readFileSync(new URL('../../data/seed-tables.txt', import.meta.url), 'utf8');
  const out: string[] = [];
  let inBlock = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('一级指标')) { inBlock = true; continue; }
    if (/项目资金|^江苏省省级/.test(line)) inBlock = false;
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean);
    if (inBlock && cells.length >= 3) out.push(...cells.slice(-2));
  }
  return out;
}

// Every distinct 指标值 of the seed, with its exact reading.
const SEED: Record<string, object> = {
  明显: grade('明显', 4), 合理: binary('合理'), 较高: grade('较高', 3), '=100%': q('=', 100, '%', 'percent'),
  规范: binary('规范'), 科学: binary('科学'), 有效: binary('有效'), 明确: binary('明确'), 合规: binary('合规'),
  充分: binary('充分'), 健全: binary('健全'), 改善或提升程度较高: grade('较高', 3), 序时进度: { kind: 'timeProgress' },
  '≥98%': q('>=', 98, '%', 'percent'), '≥1轮': q('>=', 1, '轮', 'count'), '=50%': q('=', 50, '%', 'percent'),
  '100%': q('=', 100, '%', 'percent'), '≥90%': q('>=', 90, '%', 'percent'), '≥80%': q('>=', 80, '%', 'percent'),
  '≥1次': q('>=', 1, '次', 'count'), 满意: binary('满意'), 显著: grade('显著', 5), 改善或影响程度较高: grade('较高', 3),
  及时: binary('及时'), '≥6个': q('>=', 6, '个', 'count'), '≥4轮': q('>=', 4, '轮', 'count'),
  '≥2轮': q('>=', 2, '轮', 'count'), '≥2个': q('>=', 2, '个', 'count'), '≥105人': q('>=', 105, '人', 'count'),
  '≤5%': q('<=', 5, '%', 'percent'), '≤4小时': q('<=', 4, '小时', 'time'), '≤3%': q('<=', 3, '%', 'percent'),
  '≤2小时': q('<=', 2, '小时', 'time'), '≤1周': q('<=', 1, '周', 'time'), '≤116万元': q('<=', 116, '万元', 'money'),
  '=2人': q('=', 2, '人', 'count'), '=21个': q('=', 21, '个', 'count'), '=0次': q('=', 0, '次', 'count'),
  '≥2项': q('>=', 2, '项', 'count'), '≥2次': q('>=', 2, '次', 'count'), '≥1项': q('>=', 1, '项', 'count'),
  '=6个': q('=', 6, '个', 'count'), '=4个': q('=', 4, '个', 'count'), '=45%': q('=', 45, '%', 'percent'),
  '=40%': q('=', 40, '%', 'percent'), '=30%': q('=', 30, '%', 'percent'), '=0%': q('=', 0, '%', 'percent'),
};

describe('parseTarget on the seed tables', () => {
  const targets = seedTargets();
  it('finds the 半年 and 全年 cells of all 99 三级 indicators', () => {
    expect(targets).toHaveLength(198);
  });
  it('reads every seed 指标值, none unparsed', () => {
    expect(targets.filter((t) => parseTarget(t).kind === 'unparsed')).toEqual([]);
    expect(new Set(targets)).toEqual(new Set(Object.keys(SEED)));
  });
  it.each(Object.entries(SEED))('%s', (raw, expected) => {
    expect(parseTarget(raw)).toEqual({ raw, ...expected });
  });
});

describe('parseTarget operators', () => {
  it.each([
    ['=30%', '='], ['＝30%', '='], ['==30%', '='], ['等于30%', '='], ['约30%', '='], ['30%左右', '='],
    ['≥80%', '>='], ['>=80%', '>='], ['=>80%', '>='], ['≧80%', '>='], ['⩾80%', '>='], ['＞＝80%', '>='],
    ['不低于80%', '>='], ['不少于80%', '>='], ['大于等于80%', '>='], ['大于或等于80%', '>='], ['至少80%', '>='],
    ['达到80%', '>='], ['80%以上', '>='], ['80%及以上', '>='], ['80%（含）以上', '>='], ['≥80%以上', '>='],
    ['≤5%', '<='], ['<=5%', '<='], ['=<5%', '<='], ['≦5%', '<='], ['⩽5%', '<='], ['不高于5%', '<='], ['不超过5%', '<='],
    ['小于等于5%', '<='], ['控制在5%以内', '<='], ['5%以内', '<='], ['5%以下', '<='], ['5%内', '<='],
    ['>90%', '>'], ['＞90%', '>'], ['高于90%', '>'], ['大于90%', '>'], ['超过90%', '>'],
    ['<3%', '<'], ['＜3%', '<'], ['低于3%', '<'], ['小于3%', '<'], ['=95%以上', '>='],
    // Other provinces' tables (issue 9): a box-drawing ═, and ±3%以内 as a cap on the deviation's size.
    ['═100%', '='], ['═ 100 %', '='], ['±3%以内', '<='], ['±5%', '<='],
  ])('%s → %s', (raw, op) => {
    expect(parseTarget(raw)).toMatchObject({ kind: 'quantity', op, unit: '%', unitKind: 'percent' });
  });
});

describe('parseTarget numbers and units', () => {
  it.each([
    ['＝３０％', '=', 30, '%', 'percent'],
    ['≥ 80 %', '>=', 80, '%', 'percent'],
    ['\t≤4 小时 ', '<=', 4, '小时', 'time'],
    ['1,325.06万元', '=', 1325.06, '万元', 'money'],
    ['≤1，325.06万元', '<=', 1325.06, '万元', 'money'],
    ['≥98.5%', '>=', 98.5, '%', 'percent'],
    ['≥.5%', '>=', 0.5, '%', 'percent'],
    ['≥-5%', '>=', -5, '%', 'percent'],
    ['100', '=', 100, '', 'none'],
    ['0', '=', 0, '', 'none'],
    ['≤2‰', '<=', 2, '‰', 'percent'],
    ['≤30分钟', '<=', 30, '分钟', 'time'],
    ['≤3秒', '<=', 3, '秒', 'time'],
    ['≤5个工作日', '<=', 5, '个工作日', 'time'],
    ['≤3天', '<=', 3, '天', 'time'],
    ['≤10日', '<=', 10, '日', 'time'],
    ['≤2个月', '<=', 2, '个月', 'time'],
    ['=1年', '=', 1, '年', 'time'],
    ['≤50000元', '<=', 50000, '元', 'money'],
    ['≤1.2亿元', '<=', 1.2, '亿元', 'money'],
    ['≥10万人次', '>=', 10, '万人次', 'count'],
    ['≥3家', '>=', 3, '家', 'count'],
    ['=12期', '=', 12, '期', 'count'],
    ['≥20篇', '>=', 20, '篇', 'count'],
    ['≥5个单位', '>=', 5, '个单位', 'count'],
    ['≥两次', '>=', 2, '次', 'count'],
    ['三个月以内', '<=', 3, '个月', 'time'],
    ['≥一百零五人', '>=', 105, '人', 'count'],
    ['≥90分', '>=', 90, '分', 'none'],
    ['≥2次/年', '>=', 2, '次/年', 'none'],
    ['≥10GB', '>=', 10, 'GB', 'none'],
  ])('%j → %s %s %s (%s)', (raw, op, value, unit, unitKind) => {
    expect(parseTarget(raw)).toEqual({ kind: 'quantity', raw, op, value, unit, unitKind });
  });
});

describe('parseTarget time progress and qualitative', () => {
  it.each(['序时进度', '≥序时进度', '达到序时进度', '不低于序时进度', '按序时进度', ' 序时进度。'])('%j is 序时进度', (raw) => {
    expect(parseTarget(raw)).toEqual({ kind: 'timeProgress', raw });
  });
  it.each([
    ['非常显著', '非常显著', 5], ['十分显著', '十分显著', 5], ['明显提升', '明显', 4], ['大幅提高', '大幅', 4],
    ['满意度高', '高', 4], ['良好', '良好', 3], ['较好', '较好', 3], ['较大', '较大', 3], ['一般', '一般', 2],
    ['有所提高', '有所', 2], ['基本满意', '基本', 2], ['较低', '较低', 1], ['不明显', '不明显', 1], ['低', '低', 0],
  ])('graded %s → %s (%d)', (raw, word, rank) => {
    expect(parseTarget(raw)).toEqual({ kind: 'qualitative', raw, word, rank });
  });
  it.each(['完整', '准确', '安全', '稳定', '达标', '合格', '按时完成', '不断提高', '达到预期', '是', '长期有效'])(
    'binary %s keeps the whole phrase', (raw) => {
      expect(parseTarget(raw)).toEqual({ kind: 'qualitative', raw, word: raw, rank: null });
    });
  it.each(['无', '零事故', '未发生重大安全事故', '否'])('absence %s is binary', (raw) => {
    expect(parseTarget(raw)).toEqual({ kind: 'qualitative', raw, word: raw, rank: null });
  });
});

describe('parseTarget bad input', () => {
  it.each([
    ['', '指标值为空'],
    ['   ', '指标值为空'],
    ['/', '指标值“/”是占位符，未填写目标'],
    ['——', '指标值“——”是占位符，未填写目标'],
    ['不适用', '指标值“不适用”是占位符，未填写目标'],
    ['90%-95%', '指标值“90%-95%”：数值区间暂不支持（请填写单一目标，如 ≥90%）'],
    ['2~3次', '指标值“2~3次”：数值区间暂不支持（请填写单一目标，如 ≥90%）'],
    ['≥2次，每次3天', '指标值“≥2次,每次3天”：含多个数值，无法判断'],
    ['每月1次', '指标值“每月1次”：数值前的文字“每月”无法识别'],
    ['≥5%以下', '指标值“≥5%以下”：运算符矛盾（≥ 与 ≤）'],
    ['≥5个（暂定）', '指标值“≥5个(暂定)”：单位“个(暂定)”无法识别'],
    ['abc', '无法识别的指标值“abc”：既不是数值目标（如 ≥80%、≤4小时），也不是定性目标（如 充分、较高）'],
    ['一企来办', '无法识别的指标值“一企来办”：既不是数值目标（如 ≥80%、≤4小时），也不是定性目标（如 充分、较高）'],
    // Names every JavaScript object has are text like any other, not vocabulary.
    ['constructor', '无法识别的指标值“constructor”：既不是数值目标（如 ≥80%、≤4小时），也不是定性目标（如 充分、较高）'],
    ['__proto__', '无法识别的指标值“__proto__”：既不是数值目标（如 ≥80%、≤4小时），也不是定性目标（如 充分、较高）'],
  ])('%j → unparsed: %s', (raw, reason) => {
    expect(parseTarget(raw)).toEqual({ kind: 'unparsed', raw, reason });
  });
  it('survives non-string input from a careless loader', () => {
    expect(parseTarget(undefined as unknown as string)).toEqual({ kind: 'unparsed', raw: '', reason: '指标值为空' });
    expect(parseTarget(80 as unknown as string)).toMatchObject({ kind: 'quantity', value: 80, raw: '80' });
  });
});
