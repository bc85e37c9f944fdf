// The pace a lagging cumulative indicator needs to reach its 全年 target by 31 December
// ("还需每月 +x"), in the target's unit. Months are calendar months with the current one counted
// by its remaining share: at 30 September 3 months are left, at 15 July 5 + 16/31.
import type { Indicator, IsoDate, ProgressModel } from './types';
import type { Direction, Judgement, Status } from './judge/types';
import type { Settings } from './settings';
import { convert } from './target';
import { daysInMonth, parseIsoDate } from './calendar';
import { prepareIndicator } from './judge/evaluate';
import { isFlagged } from './flagged';

export interface Pace {
  /** Still to be achieved by 31 December: 全年 target − actual. */
  remaining: number;
  monthsLeft: number;
  /** remaining / monthsLeft. */
  perMonth: number;
  /** The pace the expected path itself runs at from the as-of date: (全年 − expected) / monthsLeft. */
  plannedPerMonth: number | null;
  /** The 全年 target in `unit`. */
  target: number;
  unit: string;
}

export interface PaceInput {
  model: ProgressModel;
  status: Status;
  direction: Direction | null;
  /** Year-to-date actual, expected value at asOf and 全年 target, all in `unit`. */
  actual: number | null;
  expected: number | null;
  target: number | null;
  unit: string;
  asOf: IsoDate;
}

/** Calendar months from the as-of date to 31 December; null for an invalid date. */
export function monthsLeft(asOf: IsoDate): number | null {
  const d = parseIsoDate(asOf);
  if (!d) return null;
  return 12 - d.month + (1 - d.day / daysInMonth(d.year, d.month));
}

/** Null when not cumulative, not lagging, already at the 全年 target, or no time left. */
export function paceNeeded(x: PaceInput): Pace | null {
  if (x.model !== 'cumulative' || x.direction === 'negative' || !isFlagged(x.status)) return null;
  if (x.actual === null || x.target === null || x.actual >= x.target) return null;
  const months = monthsLeft(x.asOf);
  if (months === null || months <= 0) return null;
  const remaining = x.target - x.actual;
  return {
    remaining, monthsLeft: months, perMonth: remaining / months,
    plannedPerMonth: x.expected === null ? null : Math.max(0, x.target - x.expected) / months,
    target: x.target, unit: x.unit,
  };
}

/** The 全年 target of an indicator in the judgement's unit (序时进度 → 100%). */
export function fullYearTarget(indicator: Indicator, j: Judgement, settings: Settings): number | null {
  const { fy } = prepareIndicator(indicator, settings);
  if (fy.kind === 'timeProgress') return j.unit === '%' ? 100 : null;
  if (fy.kind !== 'quantity') return null;
  return fy.unit === j.unit ? fy.value : convert(fy.value, fy.unit, j.unit);
}

/** The pace of one judged indicator (see paceNeeded). */
export function paceFor(indicator: Indicator, j: Judgement, settings: Settings): Pace | null {
  return paceNeeded({
    model: j.model, status: j.status, direction: j.direction, actual: j.actual, expected: j.expected,
    target: fullYearTarget(indicator, j, settings), unit: j.unit, asOf: j.judgedOn ?? j.asOf,
  });
}
