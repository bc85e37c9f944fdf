// Expected value of an indicator at an as-of date under the default rules (domain.md §3):
// level → the threshold of the half that applies; cumulative → piecewise linear 0 (1 Jan) →
// 半年 target (30 Jun) → 全年 target (31 Dec); 序时进度 → elapsed share of the year. A table with only
// a year target (empty 半年) holds the year threshold all year (level) or expects year target ×
// 序时进度 (cumulative): never unparsed for the missing half.
import type { ProgressModel } from '../types';
import type { ParsedTarget } from '../target/types';
import type { TimeProgressBasis } from '../settings';
import { halfYearFraction, isFirstHalf, timeProgress, type YMD } from '../calendar';
import { formatQuantity } from '../target';
import { h1InFyUnit, isYearOnly } from './model';
import type { Period } from './types';
import type { Phrase } from '../language';
import { isWholeUnit, wholeDown } from './wholeUnits';

export interface Expectation {
  period: Period;
  /** The target text that applied (both for cumulative). */
  target: string;
  /** The parsed target whose operator and kind decide (the applicable one). */
  applied: ParsedTarget;
  expected: number | null;
  unit: string;
  /** How expected was computed (composed only when explained). */
  how: Phrase;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const levelCache = new WeakMap<ParsedTarget, Partial<Record<Period, Expectation>>>();
const yearLevelCache = new WeakMap<ParsedTarget, Partial<Record<Period, Expectation>>>();

export function expectationAt(
  model: ProgressModel,
  h1: ParsedTarget,
  fy: ParsedTarget,
  d: YMD,
  basis: TimeProgressBasis,
): Expectation {
  const first = isFirstHalf(d);
  const period: Period = first ? 'H1' : 'FY';
  if (isYearOnly(h1, fy)) return yearOnlyExpectation(model, fy, 'FY', d, basis);
  const applied = first ? h1 : fy;
  if (model === 'level' || applied.kind === 'unparsed') {
    // A fixed threshold does not depend on the date: build it once per target and period.
    if (applied.kind === 'timeProgress') return levelExpectation(applied, period, d, basis);
    const cache = levelCache.get(applied);
    const hit = cache?.[period];
    if (hit) return hit;
    const made = levelExpectation(applied, period, d, basis);
    levelCache.set(applied, { ...cache, [period]: made });
    return made;
  }

  const target = `半年 ${h1.raw} → 全年 ${fy.raw}`;
  const tp = timeProgress(d, basis);
  if (h1.kind === 'timeProgress' || fy.kind === 'timeProgress') {
    const full = fy.kind === 'quantity' ? fy.value : 100;
    const unit = fy.kind === 'quantity' ? fy.unit : '%';
    const whole = wholeOf(full * tp, unit);
    return { period, target, applied: fy.kind === 'quantity' ? fy : applied, expected: whole.value, unit,
      how: (l) => (l === 'en' ? `time progress ${pct(tp)} × ${formatQuantity(full, unit)}` : `序时进度 ${pct(tp)} × ${formatQuantity(full, unit)}`) + whole.note(l) };
  }
  const h1v = h1InFyUnit(h1, fy);
  if (h1v === null || fy.kind !== 'quantity') return levelExpectation(applied, period, d, basis);
  const { half, fraction } = halfYearFraction(d);
  const whole = wholeOf(half === 'H1' ? h1v * fraction : h1v + (fy.value - h1v) * fraction, fy.unit);
  const how: Phrase = (l) => {
    const [h1q, fyq] = [formatQuantity(h1v, fy.unit), formatQuantity(fy.value, fy.unit)];
    if (l === 'en') return (half === 'H1' ? `1 Jan 0 → 30 Jun ${h1q}, ${pct(fraction)} of the first half elapsed` : `30 Jun ${h1q} → 31 Dec ${fyq}, ${pct(fraction)} of the second half elapsed`) + whole.note(l);
    return (half === 'H1' ? `1月1日 0 → 6月30日 ${h1q}，已过上半年的 ${pct(fraction)}` : `6月30日 ${h1q} → 12月31日 ${fyq}，已过下半年的 ${pct(fraction)}`) + whole.note(l);
  };
  return { period, target, applied: fy, expected: whole.value, unit: fy.unit, how };
}

/** Only a year target: its threshold all year (level), or year target × 序时进度 (cumulative). */
function yearOnlyExpectation(model: ProgressModel, fy: ParsedTarget, period: Period, d: YMD, basis: TimeProgressBasis): Expectation {
  if (model === 'level' || fy.kind !== 'quantity') {
    if (fy.kind === 'timeProgress') return levelExpectation(fy, period, d, basis, true);
    const cache = yearLevelCache.get(fy);
    const hit = cache?.[period];
    if (hit) return hit;
    const made = levelExpectation(fy, period, d, basis, true);
    yearLevelCache.set(fy, { ...cache, [period]: made });
    return made;
  }
  const tp = timeProgress(d, basis);
  const whole = wholeOf(fy.value * tp, fy.unit);
  const full = formatQuantity(fy.value, fy.unit);
  return { period, target: fy.raw, applied: fy, expected: whole.value, unit: fy.unit,
    how: (l) => (l === 'en' ? `year target ${full} × time progress ${pct(tp)}` : `年度指标值 ${full} × 序时进度 ${pct(tp)}`) + whole.note(l) };
}

/**
 * A pro-rated count of discrete things is rounded down (2.34轮 → 2轮, domain.md §3 whole units),
 * and the explanation says so when it changed the figure.
 */
function wholeOf(value: number, unit: string): { value: number; note: Phrase } {
  if (!isWholeUnit(unit)) return { value, note: () => '' };
  const down = wholeDown(value);
  if (Math.abs(down - value) < 1e-9) return { value: down, note: () => '' };
  const raw = Math.round(value * 100) / 100;
  return { value: down, note: (l) => l === 'en' ? `: ${formatQuantity(raw, unit)}, rounded down to whole units ${formatQuantity(down, unit)}` : `，即 ${formatQuantity(raw, unit)}，按整数计为 ${formatQuantity(down, unit)}` };
}

function levelExpectation(applied: ParsedTarget, period: Period, d: YMD, basis: TimeProgressBasis, yearOnly = false): Expectation {
  const label = yearOnly ? '年度' : period === 'H1' ? '半年' : '全年';
  const labelEn = yearOnly ? 'year' : period === 'H1' ? 'half-year' : 'full-year';
  const base = { period, target: applied.raw, applied };
  switch (applied.kind) {
    case 'quantity':
      return { ...base, expected: applied.value, unit: applied.unit, how: (l) => l === 'en' ? `${labelEn} target ${applied.raw}` : `${label}指标值 ${applied.raw}` };
    case 'timeProgress': {
      const tp = timeProgress(d, basis);
      return { ...base, expected: tp * 100, unit: '%', how: (l) => l === 'en' ? `time progress ${pct(tp)}` : `序时进度 ${pct(tp)}` };
    }
    case 'qualitative':
      return { ...base, expected: null, unit: '', how: (l) => l === 'en' ? `${labelEn} target ${applied.raw}` : `${label}指标值 ${applied.raw}` };
    default:
      return { ...base, expected: null, unit: '', how: (l) => l === 'en' ? `${labelEn} target “${applied.raw}” cannot be read` : `${label}指标值“${applied.raw}”无法解析` };
  }
}
