import type { TextLanguage } from '../language';
import type { IsoDate, ProgressModel } from '../types';

export type Status = 'met' | 'warning' | 'behind' | 'pending' | 'unparsed';
/** 正向 (higher is better) / 反向 (lower is better). */
export type Direction = 'positive' | 'negative';
/** 一体化系统 lights; blue = far ahead (≥120%). */
export type Light = 'green' | 'yellow' | 'red' | 'blue';
export type Period = 'H1' | 'FY';

export interface Variance {
  /** actual − expected, in the target's unit. */
  absolute: number | null;
  /** (actual − expected) / expected. */
  relative: number | null;
}

/** The verdict on one indicator at one as-of date, with the reasons for it. */
export interface Judgement {
  indicatorId: string;
  projectId: string;
  asOf: IsoDate;
  /** Set when the project's 年度 is not asOf's year: the day of its own year it was judged on (see dayInYear). */
  judgedOn?: IsoDate;
  status: Status;
  model: ProgressModel;
  /** Why this model: `rule 1: 满意度`, `override`. */
  modelReason: string;
  direction: Direction | null;
  /** Which target applied at asOf and its text. */
  period: Period;
  target: string;
  /** Expected value at asOf in the target's unit (null for qualitative). */
  expected: number | null;
  /** Unit of expected/actual/variance (`%`, `小时`, `` for none). */
  unit: string;
  /** Date and text of the actual judged (the latest on or before asOf). */
  actualDate: IsoDate | null;
  actualText: string | null;
  /** The actual converted to the target's unit (null for qualitative or missing). */
  actual: number | null;
  variance: Variance;
  /** A 反向 money cap (项目总成本 ≤116万元): the share of the cap used, actual / cap (0.25 = 已用 25%). */
  capShare?: number;
  /** actual ≥ overAchieve × expected (超额). */
  overAchieved: boolean;
  /** Set under the 一体化系统 rule set. */
  light?: Light;
  /** The actual judged is dated more than settings.staleAfterDays before the day judged on: shown as 过期 with its date. */
  stale?: boolean;
  /**
   * Judged for a monitoring round (buildReport opts.periodStart) with no actual dated in its period:
   * the latest one before it, shown as context (上期：85%（6月30日）). The judgement itself is pending.
   */
  previous?: { value: string; date: IsoDate };
  /** Actual of 预算执行率 derived from spend records. */
  derivedFromSpend?: boolean;
  /** Chinese explanation: target applied, model, expected, tolerance, deciding rule. */
  explain: string;
  /** The explanation in Chinese or English; absent on a judgement read back from JSON (see explainIn in ./explain). */
  explainIn?(lang: TextLanguage): string;
  /** The actual could not be read against the target (unit of another kind, not a number). */
  actualError?: string;
  reason?: string; // 偏差原因 of the judged actual
  likelihood?: string;
  note?: string;
}
