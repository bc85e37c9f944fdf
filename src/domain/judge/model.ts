// Direction (正向/反向) and progress model (进度型/水平型) of an indicator, by the rules of
// domain.md §2–3. First matching rule wins; an explicit model on the indicator overrides.
import type { Indicator, ProgressModel } from '../types';
import type { ParsedTarget, QuantityTarget } from '../target/types';
import { convert, isBadEventCount } from '../target';
import type { Direction } from './types';
import type { TextLanguage } from '../language';

const isNegativeOp = (t: ParsedTarget) => t.kind === 'quantity' && (t.op === '<=' || t.op === '<');

/** A 全年 target of =0 says "none of it" whatever the name (新增隐性债务 =0万元); =0 in 半年 alone may be a milestone. */
const isZeroCap = (fy: ParsedTarget) => fy.kind === 'quantity' && fy.op === '=' && fy.value === 0;

export function directionOf(level3: string, h1: ParsedTarget, fy: ParsedTarget): Direction | null {
  const main = fy.kind !== 'unparsed' ? fy : h1;
  if (main.kind === 'unparsed') return null;
  if (isNegativeOp(main) || isBadEventCount(level3, main) || isZeroCap(fy)) return 'negative';
  return 'positive';
}

/** H1 value in the FY target's unit, when both are quantities of one kind. */
export function h1InFyUnit(h1: ParsedTarget, fy: ParsedTarget): number | null {
  if (h1.kind !== 'quantity' || fy.kind !== 'quantity') return null;
  if (h1.unit === fy.unit) return h1.value;
  return convert(h1.value, h1.unit, fy.unit);
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Rule 1's 满意度 indicator: filed under a 满意度 一级/二级 (the 二级 cell may be blank after a page
 * break), or named 满意… itself — unless it counts things (满意度调查开展次数 accumulates like any count).
 */
const isSatisfaction = (ind: Pick<Indicator, 'level1' | 'level2' | 'level3'>, fy: ParsedTarget) =>
  /满意/.test(ind.level1) || /满意/.test(ind.level2) || (/满意/.test(ind.level3) && !(fy.kind === 'quantity' && fy.unitKind === 'count'));

/** Why a model was chosen: the Chinese text is the judgement's `modelReason`; English for the English UI. */
const REASONS = {
  data: ['数据中指定', 'set in the data'],
  r1: ['规则1：满意度指标为水平型', 'rule 1: a satisfaction indicator'],
  r2: ['规则2：≤/< 或不良事件 =0 为水平型', 'rule 2: a ≤/< target or =0 bad events'],
  r3: ['规则3：半年与全年指标值相同，为水平型', 'rule 3: the same half-year and full-year target'],
  r4: ['规则4：正向且半年值低于全年值，为进度型', 'rule 4: half-year value below the full-year one'],
  r5: ['规则5：指标值为序时进度，为进度型', 'rule 5: a 序时进度 target'],
  r6: ['规则6：其余为水平型', 'rule 6: none of the above'],
  y1: ['仅有年度指标值：进度类比率为进度型（年度指标值 × 序时进度）', 'year target only: a progress rate (year target × time progress)'],
  y2: ['仅有年度指标值：产出数量为进度型（年度指标值 × 序时进度）', 'year target only: an output quantity (year target × time progress)'],
  y3: ['仅有年度指标值：百分比、定性及其余指标为水平型，全年适用年度指标值', 'year target only: a rate, grade or other level, the year target all year'],
} as const;
const reasonEn = new Map<string, string>(Object.values(REASONS));

/** A judgement's modelReason in the language asked for (unknown text stays as it is). */
export const modelReasonIn = (reason: string, lang: TextLanguage) => (lang === 'en' ? reasonEn.get(reason) ?? reason : reason);

/** A table with only a year target (domain.md §3): the 半年 cell is empty and the 全年 one is filled. */
export const isYearOnly = (h1: ParsedTarget, fy: ParsedTarget) => h1.kind === 'unparsed' && h1.raw.trim() === '' && fy.kind !== 'unparsed';

/**
 * A progress rate that builds up over the year (§3): 预算执行率, 资金到位率, 资金下达率, 完成率, 支付进度 …
 * — but a name ending in 及时率 is a timeliness rate (level), even when it contains 完成 or 到位.
 */
export function isProgressRateName(level3: string): boolean {
  const name = level3.replace(/\s+/g, '');
  if (/及时率$/.test(name)) return false;
  return /(执行率|到位率|下达率|完成率|支付进度|支出进度|拨付率|支付率)/.test(name);
}

const isOutput = (ind: Pick<Indicator, 'level1' | 'level2'>) => /产出/.test(ind.level1) || (!ind.level1 && /^(数量|质量|时效|成本)指标$/.test(ind.level2));

/** §3 for a table with only a year target, after rules 1, 2 and 5 (the same value is read as true). */
function yearOnlyModel(ind: Pick<Indicator, 'level1' | 'level2' | 'level3'>, fy: ParsedTarget): { model: ProgressModel; reason: string } {
  if (fy.kind === 'quantity') {
    if (fy.unitKind === 'percent') return isProgressRateName(ind.level3) ? { model: 'cumulative', reason: REASONS.y1[0] } : { model: 'level', reason: REASONS.y3[0] };
    // =0 of anything is a cap, not an amount to build up.
    if (isOutput(ind) && (fy.op === '>=' || fy.op === '>' || fy.op === '=') && fy.value > 0) return { model: 'cumulative', reason: REASONS.y2[0] };
  }
  return { model: 'level', reason: REASONS.y3[0] };
}

export function defaultModel(
  ind: Pick<Indicator, 'level1' | 'level2' | 'level3' | 'targetH1' | 'targetFY' | 'model'>,
  h1: ParsedTarget,
  fy: ParsedTarget,
): { model: ProgressModel; reason: string } {
  if (ind.model) return { model: ind.model, reason: REASONS.data[0] };
  if (isSatisfaction(ind, fy)) return { model: 'level', reason: REASONS.r1[0] };
  if (isNegativeOp(h1) || isNegativeOp(fy) || isBadEventCount(ind.level3, fy) || isBadEventCount(ind.level3, h1))
    return { model: 'level', reason: REASONS.r2[0] };
  if (isYearOnly(h1, fy)) return fy.kind === 'timeProgress' ? { model: 'cumulative', reason: REASONS.r5[0] } : yearOnlyModel(ind, fy);
  if (sameText(ind.targetH1, ind.targetFY)) return { model: 'level', reason: REASONS.r3[0] };
  const h1v = h1InFyUnit(h1, fy);
  if (h1v !== null && h1v < (fy as QuantityTarget).value)
    return { model: 'cumulative', reason: REASONS.r4[0] };
  if (h1.kind === 'timeProgress' || fy.kind === 'timeProgress')
    return { model: 'cumulative', reason: REASONS.r5[0] };
  return { model: 'level', reason: REASONS.r6[0] };
}
