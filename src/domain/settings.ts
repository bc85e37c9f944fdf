// Judging settings. Rule sets are data: a preset is a full Settings object and users may change
// any number of it (domain.md §3). Nothing in the evaluator hard-codes a tolerance.

export type RuleSetId = 'default' | 'pmkpi';
export type TimeProgressBasis = 'day' | 'month';

export interface Tolerances {
  /** 正向: actual/expected ≥ this → warning, below → behind. */
  positiveRatio: number;
  /** 反向: actual ≤ this × threshold → warning, above → behind. */
  negativeRatio: number;
  /** Progress percentages (预算执行率, 资金到位率): up to this many points short → warning. */
  progressPoints: number;
  /** actual ≥ this × expected → over-achieved (超额). */
  overAchieve: number;
}

/** 一体化系统 lights bands, as ratios of actual to the pro-rated standard. */
export interface LightBands {
  /** below → red (behind). */
  red: number;
  /** below → yellow (warning); at or above → green (met). */
  yellow: number;
  /** at or above → blue (far ahead, still met). */
  blue: number;
  /** Budget execution: 执行率 ÷ 序时进度 below red → red, below yellow → yellow. */
  budgetRed: number;
  budgetYellow: number;
}

export interface Settings {
  ruleSet: RuleSetId;
  tolerances: Tolerances;
  lights: LightBands;
  timeProgress: TimeProgressBasis;
  /** 三级 names treated as progress percentages (gap in points, derived from spend). */
  progressRateNames: string[];
  /** An actual dated more than this many days before the as-of date is 过期 (stale, domain.md §3). */
  staleAfterDays: number;
}

/** The default of staleAfterDays: a month (30 June is still current on 31 July, stale from 1 August). */
export const STALE_AFTER_DAYS = 31;

const base = {
  tolerances: { positiveRatio: 0.9, negativeRatio: 1.1, progressPoints: 10, overAchieve: 1.3 },
  lights: { red: 0.6, yellow: 0.8, blue: 1.2, budgetRed: 0.6, budgetYellow: 0.8 },
  timeProgress: 'day' as TimeProgressBasis,
  progressRateNames: ['预算执行率', '资金到位率', '资金执行率', '支出进度'],
  staleAfterDays: STALE_AFTER_DAYS,
};

export const presets: Record<RuleSetId, Settings> = {
  default: { ruleSet: 'default', ...structuredClone(base) },
  pmkpi: { ruleSet: 'pmkpi', ...structuredClone(base), timeProgress: 'month' },
};

export function defaultSettings(ruleSet: RuleSetId = 'default'): Settings {
  return structuredClone(presets[ruleSet]);
}
