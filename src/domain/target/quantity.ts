// Lexes a normalised string as [operators] number [unit] [suffix] — shared by parseTarget and
// parseActual. The accepted forms are listed at the top of parseTarget.ts. Returns null when the
// string holds no number at all (the caller then tries the qualitative vocabulary), an error with a
// Chinese reason when it holds one but cannot be read as a single quantity.
import type { Operator } from './types';
import { readNumber } from './numbers';
import { unitOf } from './units';
import { opSymbol } from './format';

export type Lexed =
  | { ok: true; op: Operator; explicitOp: boolean; value: number; unit: string }
  | { ok: false; reason: string };

/** Operator spellings, longest first so that `>=` wins over `>` and `不低于` over nothing. */
const PREFIX_OPS: [string, Operator][] = (
  [
    ['大于或等于', '>='], ['小于或等于', '<='], ['大于等于', '>='], ['小于等于', '<='],
    ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['不高于', '<='], ['不超过', '<='], ['不大于', '<='],
    ['不多于', '<='], ['控制在', '<='], ['至少', '>='], ['最少', '>='], ['达到', '>='], ['最多', '<='], ['至多', '<='],
    ['高于', '>'], ['大于', '>'], ['超过', '>'], ['多于', '>'], ['低于', '<'], ['小于', '<'], ['少于', '<'], ['等于', '='],
    ['>=', '>='], ['=>', '>='], ['<=', '<='], ['=<', '<='], ['==', '='],
    ['≥', '>='], ['≧', '>='], ['⩾', '>='], ['≮', '>='], ['≤', '<='], ['≦', '<='], ['⩽', '<='], ['≯', '<='],
    ['>', '>'], ['<', '<'], ['=', '='], ['═', '='], ['约', '='], ['大约', '='],
    // ±3%以内: a deviation either way of at most 3% — a cap on its size.
    ['±', '<='],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

const SUFFIX_OPS: [string, Operator][] = [
  ['及以上', '>='], ['或以上', '>='], ['以上', '>='], ['及以下', '<='], ['或以下', '<='], ['以下', '<='],
  ['以内', '<='], ['之内', '<='], ['内', '<='], ['左右', '='],
];

/** A unit is short and free of punctuation; anything else is text we must not guess at. */
const UNIT_OK = /^[^,，;；:：、。()（）[\]【】"'“”‘’!?！？]{0,10}$/;

export function lexQuantity(s: string): Lexed | null {
  const ops: Operator[] = [];
  let i = 0;
  for (let found = true; found; ) {
    found = false;
    for (const [spelling, op] of PREFIX_OPS) {
      if (s.startsWith(spelling, i)) {
        ops.push(op);
        i += spelling.length;
        found = true;
        break;
      }
    }
  }
  const num = readNumber(s, i);
  const hasDigit = /\d/.test(s);
  if (!num) {
    if (!hasDigit) return null;
    const before = s.slice(i, s.search(/\d/)).replace(/[-.]+$/, '');
    return { ok: false, reason: before ? `数值前的文字“${before}”无法识别` : '数值无法识别' };
  }
  // (含) only says the bound is inclusive: 95%(含)以上.
  let rest = s.slice(num.end).replace('(含)', '');
  if (/\d/.test(rest)) {
    return /^\D*[-~至到]-?\d/.test(rest)
      ? { ok: false, reason: '数值区间暂不支持（请填写单一目标，如 ≥90%）' }
      : { ok: false, reason: '含多个数值，无法判断' };
  }
  for (const [spelling, op] of SUFFIX_OPS) {
    if (rest.endsWith(spelling)) {
      ops.push(op);
      rest = rest.slice(0, -spelling.length);
      break;
    }
  }
  const unit = rest;
  if (num.chinese) {
    // 两次, 三个月 — but 十分显著 or 一般 are phrases, not numbers.
    const info = unitOf(unit);
    if (!info || info.kind === 'none') return null;
  }
  if (!UNIT_OK.test(unit)) return { ok: false, reason: `单位“${unit}”无法识别` };
  // `=` yields to a directed operator (`=95%以上` → ≥); two directed ones must agree.
  const directed = [...new Set(ops.filter((o) => o !== '='))];
  if (directed.length > 1) return { ok: false, reason: `运算符矛盾（${directed.map((o) => opSymbol[o]).join(' 与 ')}）` };
  const op = directed[0] ?? '=';
  return { ok: true, op, explicitOp: ops.length > 0, value: num.value, unit };
}
