// parseTarget: a target string (指标值) → ParsedTarget. Never throws; the raw text is always kept.
// Accepted forms (after folding full-width characters — ０-９ ％ ＞ ＜ ＝ ， — and removing spaces):
//   quantity, operator + number + unit      =30%  ≥80%  ≤4小时  ≥1项  =21个  ≤5%  ≤1周  ≥105人  =0次
//                                           ≥2轮  ≤116万元  >90%  <3%  ＞90%  ＜3%  ≧1次  ≦2小时  ⩾95%
//   ASCII operators                         >=80%  <=4小时  =>80%  =<5%  ==100%  ═100% (box-drawing =)
//   deviation bound (≤ its size)            ±3%以内  ±5%
//   word operators (≥)                      不低于95%  不少于3次  大于等于90%  至少2轮  达到100%  不小于1项
//   word operators (≤, <, >, =)             不高于5%  不超过116万元  小于等于2小时  控制在5%  低于3%  高于90%  等于100%  约50%
//   suffix operators                        95%以上 (≥)  95%(含)以上  2小时以内 / 2小时内 (≤)  5%以下 (≤)  ≥80%以上  50%左右 (=)
//   bare number (means =)                   100%  21个  0  1,325.06万元  83.5
//   full-width and spaced                   ＝３０％  ≥ 80 %  ≥１，０００人
//   decimals, thousands, negative           ≥98.5%  ≤1,325.06万元  ≥-5%
//   Chinese numerals before a known unit    ≥两次  三个月  一百零五人
//   other units (kept, kind none)           ≥90分  ≥2次/年  ≥10GB
//   time progress                           序时进度  ≥序时进度  达到序时进度  不低于序时进度  按序时进度
//   qualitative, binary                     充分 规范 明确 合理 科学 合规 有效 健全 及时 满意 (see grades.ts), 按时完成
//   qualitative, graded                     显著 明显 较高 一般 较低  改善或提升程度较高  明显提升  满意度高
//   qualitative, absence (binary)           无  零事故  未发生重大安全事故  杜绝…  否
// Unparsed, with a Chinese reason: empty, placeholders (/ - — 无需 不适用), ranges (90%-95%), several
// numbers, text before the number (每月1次), conflicting operators (≥5%以下), words we do not know.
import type { ParsedTarget } from './types';
import { normalizePhrase, safeString } from './text';
import { lexQuantity } from './quantity';
import { unitOf } from './units';
import { findBinary, findGrade, isAbsencePhrase } from './grades';

const PLACEHOLDERS = new Set(['/', '-', '--', '---', '\\', '无需', '不适用', '暂无', 'N/A', 'n/a', 'NA', '空', '待定']);
const TIME_PROGRESS = /^(?:>=|=>|≥|≧|=|按|达到|不低于|不少于|符合|满足|同步于?|跟上)?序时进度(?:要求|以上)?$/;

export function parseTarget(raw: string): ParsedTarget {
  const text = safeString(raw);
  try {
    return parse(text);
  } catch {
    return { kind: 'unparsed', raw: text, reason: '指标值解析出错' };
  }
}

function parse(raw: string): ParsedTarget {
  const s = normalizePhrase(raw);
  if (s === '') return { kind: 'unparsed', raw, reason: '指标值为空' };
  if (PLACEHOLDERS.has(s)) return { kind: 'unparsed', raw, reason: `指标值“${raw.trim()}”是占位符，未填写目标` };
  if (TIME_PROGRESS.test(s)) return { kind: 'timeProgress', raw };

  const q = lexQuantity(s);
  if (q && !q.ok) return { kind: 'unparsed', raw, reason: `指标值“${s}”：${q.reason}` };
  if (q && q.ok) {
    const unitKind = unitOf(q.unit)?.kind ?? 'none';
    return { kind: 'quantity', raw, op: q.op, value: q.value, unit: q.unit, unitKind };
  }

  if (isAbsencePhrase(s)) return { kind: 'qualitative', raw, word: s, rank: null };
  const grade = findGrade(s);
  if (grade) return { kind: 'qualitative', raw, word: grade.word, rank: grade.rank };
  if (findBinary(s)) return { kind: 'qualitative', raw, word: s, rank: null };
  return {
    kind: 'unparsed',
    raw,
    reason: `无法识别的指标值“${s}”：既不是数值目标（如 ≥80%、≤4小时），也不是定性目标（如 充分、较高）`,
  };
}
