// parseActual: an actual (实际值) read against its parsed target. Never throws; an actual that cannot
// be read is `{ kind: 'error', reason }` in Chinese. Accepted forms, by target kind:
// - quantity target: a number with or without unit. A bare number (`2`, `83.5`, `0.85`) is in the
//   target's unit — against `≥80%` the actual `0.85` is 0.85%, not 85% (self-assessment forms write
//   the number in the target's unit, and guessing would be worse). A unit of the same kind converts
//   (`150分钟` against `≤2小时` → 2.5; `1.2万人` against `≥105人` → 12000); one of another kind is an
//   error naming both units. An operator in the actual (`<1小时`, `≥85%`) is ignored: the number counts.
//   无 / 没有 / 零 / 未发生 read as 0. Against a target without unit (`100`) any unit is accepted as is.
//   Words (达成, 较高) are errors: a quantity needs a number.
// - 序时进度 target: a percentage, `45%` or bare `45` (percent points); ‰ converts; other units → error.
// - qualitative target:
//     达成 已达成 完成 全部完成 是 实现 达标 … → achievement full; 部分达成 基本达成 基本完成 … → partial;
//     未达成 未完成 未达到 否 … → none;
//     the target's own phrase (`充分` against `充分`) → full;
//     graded target (`较高`): a grade word or phrase (`显著`, `明显提升`, `一般`, `不明显`) → grade + rank;
//       a binary word (`满意`) → full, negated (`不满意`) → none;
//     binary target (`充分`): a binary word → full, a negated one (`不充分`, `未及时`) → none, a graded one
//       → by rank: ≥4 (明显, 显著, 非常满意) full, 2–3 (较为充分, 基本规范, 较好) partial, ≤1 none;
//     absence target (`无`, `零事故`, `否`): 无 / 没有 / 否 / 未发生 / 0 → full; 有 / 是 / 发生 / a number > 0 → none;
//     any other number → error.
// - unparsed target: a number (as written) or a qualitative verdict, so the text is still shown.
import type { ParsedActual, ParsedTarget, QualitativeTarget, QuantityTarget } from './types';
import { normalizePhrase, safeString } from './text';
import { lexQuantity } from './quantity';
import { convert } from './units';
import { formatQuantity } from './format';
import { achievementOfRank, findBinary, findGrade, isAbsencePhrase } from './grades';

type Level = 'full' | 'partial' | 'none';

// No prototype: an actual written `constructor` or `toString` must not find a verdict here.
const ACHIEVEMENT: Record<string, Level> = Object.create(null);
for (const w of ['达成', '已达成', '全部达成', '完全达成', '完成', '已完成', '全部完成', '是', '达到', '已达到', '实现',
  '已实现', '达标', '已达标', '满足', '已满足', '全部实现']) ACHIEVEMENT[w] = 'full';
for (const w of ['部分达成', '基本达成', '大部分达成', '部分完成', '基本完成', '大部分完成', '部分实现', '基本实现',
  '部分达到', '基本达到', '部分达标', '基本达标', '基本满足', '部分满足']) ACHIEVEMENT[w] = 'partial';
for (const w of ['未达成', '未完成', '未达到', '未实现', '未达标', '未满足', '否', '没有完成', '没有达成', '不达标',
  '没有达到']) ACHIEVEMENT[w] = 'none';

const ZERO_WORDS = new Set(['无', '没有', '零', '未发生', '无发生']);
const YES_WORDS = new Set(['有', '是', '发生', '已发生']);

export function parseActual(raw: string, target: ParsedTarget): ParsedActual {
  const text = safeString(raw);
  try {
    return parse(text, normalizePhrase(text), target);
  } catch {
    return { kind: 'error', raw: text, reason: `实际值“${text}”解析出错` };
  }
}

function parse(raw: string, s: string, target: ParsedTarget | undefined): ParsedActual {
  const err = (reason: string): ParsedActual => ({ kind: 'error', raw, reason });
  if (s === '') return err('实际值为空');
  switch (target?.kind) {
    case 'quantity':
      return quantityActual(raw, s, target, err);
    case 'timeProgress':
      return percentActual(raw, s, err);
    case 'qualitative':
      return qualitativeActual(raw, s, target, err);
    default:
      return looseActual(raw, s, err);
  }
}

function quantityActual(raw: string, s: string, t: QuantityTarget, err: (r: string) => ParsedActual): ParsedActual {
  if (ZERO_WORDS.has(s)) return { kind: 'number', value: 0, raw };
  const q = lexQuantity(s);
  if (!q) {
    const known = ACHIEVEMENT[s] !== undefined || findGrade(s) || findBinary(s);
    return err(known
      ? `指标值“${t.raw}”是定量目标，实际值“${s}”应填写数值（如 ${formatQuantity(t.value, t.unit)}）`
      : `无法识别的实际值“${s}”：应填写数值（如 ${formatQuantity(t.value, t.unit)}）`);
  }
  if (!q.ok) return err(`实际值“${s}”：${q.reason}`);
  if (q.unit === '' || q.unit === t.unit || t.unit === '') return { kind: 'number', value: q.value, raw };
  const v = convert(q.value, q.unit, t.unit);
  if (v === null) return err(`实际值单位“${q.unit}”与指标值单位“${t.unit}”不能换算（指标值 ${t.raw}）`);
  return { kind: 'number', value: v, raw };
}

function percentActual(raw: string, s: string, err: (r: string) => ParsedActual): ParsedActual {
  const q = lexQuantity(s);
  if (!q) return err(`指标值为序时进度，实际值“${s}”应填写百分比（如 45%）`);
  if (!q.ok) return err(`实际值“${s}”：${q.reason}`);
  if (q.unit === '' || q.unit === '%') return { kind: 'number', value: q.value, raw };
  const v = convert(q.value, q.unit, '%');
  if (v === null) return err(`指标值为序时进度（百分比），实际值单位“${q.unit}”不能换算为 %`);
  return { kind: 'number', value: v, raw };
}

function qualitativeActual(raw: string, s: string, t: QualitativeTarget, err: (r: string) => ParsedActual): ParsedActual {
  const level = (l: Level): ParsedActual => ({ kind: 'achievement', level: l, raw });
  const q = lexQuantity(s);
  const absence = isAbsencePhrase(t.word);
  if (absence) {
    if (q?.ok) return level(q.value === 0 ? 'full' : 'none');
    if (ZERO_WORDS.has(s) || s === '否' || isAbsencePhrase(s)) return level('full');
    if (YES_WORDS.has(s)) return level('none');
  }
  if (q) return err(`指标值“${t.raw}”是定性目标，实际值应填写 达成/部分达成/未达成 或等级词（如 较高），不是数值“${s}”`);
  if (t.rank === null && (s === t.word || s === normalizePhrase(t.raw))) return level('full');
  if (ACHIEVEMENT[s] !== undefined) return level(ACHIEVEMENT[s]);
  const grade = findGrade(s);
  if (grade) {
    if (t.rank === null) return level(achievementOfRank(grade.rank));
    return { kind: 'grade', rank: grade.rank, word: grade.word, raw };
  }
  if (findBinary(s)) return level('full');
  return err(`无法识别的实际值“${s}”：定性指标请填写 达成/部分达成/未达成 或等级词（如 较高、明显）`);
}

function looseActual(raw: string, s: string, err: (r: string) => ParsedActual): ParsedActual {
  const q = lexQuantity(s);
  if (q?.ok) return { kind: 'number', value: q.value, raw };
  if (q) return err(`实际值“${s}”：${q.reason}`);
  if (ACHIEVEMENT[s] !== undefined) return { kind: 'achievement', level: ACHIEVEMENT[s], raw };
  const grade = findGrade(s);
  if (grade) return { kind: 'grade', rank: grade.rank, word: grade.word, raw };
  if (findBinary(s)) return { kind: 'achievement', level: 'full', raw };
  return err(`无法识别的实际值“${s}”`);
}
