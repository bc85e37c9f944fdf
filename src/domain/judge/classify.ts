// Default-rule status of a judged actual (domain.md §3 tolerances). Pure arithmetic on numbers
// already in the target's unit; every branch returns the rule that decided, for the explanation.
import type { Operator, ParsedActual } from '../target/types';
import type { Tolerances } from '../settings';
import type { Direction, Status } from './types';
import type { Phrase } from '../language';

/** The rule text is a thunk: composed only when someone reads the explanation (300,000 strings per re-judge otherwise). */
export interface Verdict { status: Status; rule: Phrase }

const n = (x: number) => String(Math.round(x * 100) / 100);

/**
 * Inclusive comparisons with room for binary rounding: tolerance edges are inclusive (domain.md §3),
 * and 8.1 / 9 = 0.8999999999999999 or 20.1 − 10.1 = 10.000000000000002 must not fall on the wrong side.
 */
const EPS = 1e-9;
export const atLeast = (a: number, b: number) => a >= b - EPS * Math.max(1, Math.abs(b));
export const atMost = (a: number, b: number) => a <= b + EPS * Math.max(1, Math.abs(b));

/**
 * Which branch of the default rules decides a number: the status alone, with no text built, so the
 * columnar engine (domain/engine) judges 300,000 numbers by the very comparisons classifyNumber
 * explains. Branches: 0 反向 within, 1 反向 any occurrence of a zero target, 2 反向 within the
 * tolerance, 3 反向 beyond it, 4 正向 reached, 5/6 进度 points within/beyond, 7 正向 below a zero or
 * negative expected, 8/9 正向 ratio within/below.
 */
export function numberBranch(a: number, e: number, direction: Direction, op: Operator, progressRate: boolean, tol: Tolerances): number {
  if (direction === 'negative') {
    if (op === '<' ? a < e : atMost(a, e)) return 0;
    // A zero target (安全事故 =0次) has no tolerance: any occurrence misses it.
    if (e === 0) return 1;
    return atMost(a, e * tol.negativeRatio) ? 2 : 3;
  }
  if (op === '>' ? a > e : atLeast(a, e)) return 4;
  if (progressRate) return atMost(e - a, tol.progressPoints) ? 5 : 6;
  // A ratio means nothing against a zero or negative expected value (≥-5% growth): short of it is behind.
  if (e <= 0) return 7;
  return atLeast(a / e, tol.positiveRatio) ? 8 : 9;
}

export const BRANCH_STATUS: readonly Status[] = ['met', 'behind', 'warning', 'behind', 'met', 'warning', 'behind', 'behind', 'warning', 'behind'];

export function classifyNumber(
  a: number,
  e: number,
  direction: Direction,
  op: Operator,
  progressRate: boolean,
  tol: Tolerances,
  unit: string,
): Verdict {
  const branch = numberBranch(a, e, direction, op, progressRate, tol);
  const status = BRANCH_STATUS[branch];
  const limit = e * tol.negativeRatio;
  const gap = e - a;
  const ratio = a / e;
  switch (branch) {
    case 0: return { status, rule: (l) => l === 'en' ? `lower is better: actual ${n(a)}${unit} within ${n(e)}${unit}` : `反向指标：实际 ${n(a)}${unit} 未超过 ${n(e)}${unit}` };
    case 1: return { status, rule: (l) => l === 'en' ? `lower is better: should be 0${unit}, actual ${n(a)}${unit}; any occurrence misses it` : `反向指标：应为 0${unit}，实际 ${n(a)}${unit}，发生即未达标` };
    case 2: return { status, rule: (l) => l === 'en' ? `lower is better: over, but within the tolerance limit ${n(limit)}${unit} (×${n(tol.negativeRatio)})` : `反向指标：超出但未超过容差上限 ${n(limit)}${unit}（${n(tol.negativeRatio)}倍）` };
    case 3: return { status, rule: (l) => l === 'en' ? `lower is better: beyond the tolerance limit ${n(limit)}${unit} (×${n(tol.negativeRatio)})` : `反向指标：超过容差上限 ${n(limit)}${unit}（${n(tol.negativeRatio)}倍）` };
    case 4: return { status, rule: (l) => l === 'en' ? `higher is better: actual ${n(a)}${unit} reaches the expected ${n(e)}${unit}` : `正向指标：实际 ${n(a)}${unit} 达到应达值 ${n(e)}${unit}` };
    case 5: return { status, rule: (l) => l === 'en' ? `progress rate: ${n(gap)} points short, within the ${n(tol.progressPoints)}-point tolerance` : `进度百分比：落后 ${n(gap)} 个百分点，未超过 ${n(tol.progressPoints)} 个百分点容差` };
    case 6: return { status, rule: (l) => l === 'en' ? `progress rate: ${n(gap)} points short, beyond the ${n(tol.progressPoints)}-point tolerance` : `进度百分比：落后 ${n(gap)} 个百分点，超过 ${n(tol.progressPoints)} 个百分点容差` };
    case 7: return { status, rule: (l) => l === 'en' ? `higher is better: actual ${n(a)}${unit} below the expected ${n(e)}${unit}` : `正向指标：实际 ${n(a)}${unit} 低于应达值 ${n(e)}${unit}` };
    case 8: return { status, rule: (l) => l === 'en' ? `higher is better: ${n(ratio * 100)}% of the expected value, within the ${n(tol.positiveRatio * 100)}% tolerance` : `正向指标：完成应达值的 ${n(ratio * 100)}%，不低于 ${n(tol.positiveRatio * 100)}% 容差` };
    default: return { status, rule: (l) => l === 'en' ? `higher is better: ${n(ratio * 100)}% of the expected value, below the ${n(tol.positiveRatio * 100)}% tolerance` : `正向指标：完成应达值的 ${n(ratio * 100)}%，低于 ${n(tol.positiveRatio * 100)}% 容差` };
  }
}

/** Qualitative: 达成 → met, 部分达成 → warning, 未达成 → behind; a grade against a graded target by rank. */
export function classifyQualitative(actual: ParsedActual, targetRank: number | null): Verdict | null {
  if (actual.kind === 'achievement') {
    if (actual.level === 'full') return { status: 'met', rule: (l) => l === 'en' ? `qualitative: ${actual.raw} counts as achieved` : `定性指标：${actual.raw} 视为达成` };
    if (actual.level === 'partial') return { status: 'warning', rule: (l) => l === 'en' ? `qualitative: ${actual.raw} counts as partly achieved` : `定性指标：${actual.raw} 视为部分达成` };
    return { status: 'behind', rule: (l) => l === 'en' ? `qualitative: ${actual.raw} counts as not achieved` : `定性指标：${actual.raw} 视为未达成` };
  }
  if (actual.kind === 'grade') {
    if (targetRank === null || actual.rank >= targetRank)
      return { status: 'met', rule: (l) => l === 'en' ? `qualitative: grade “${actual.word}” is not below the target grade` : `定性指标：等级“${actual.word}”不低于目标等级` };
    if (actual.rank === targetRank - 1) return { status: 'warning', rule: (l) => l === 'en' ? `qualitative: grade “${actual.word}” is one below the target grade` : `定性指标：等级“${actual.word}”低于目标一级` };
    return { status: 'behind', rule: (l) => l === 'en' ? `qualitative: grade “${actual.word}” is two or more below the target grade` : `定性指标：等级“${actual.word}”低于目标两级及以上` };
  }
  return null;
}
