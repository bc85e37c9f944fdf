// What judging one indicator starts from: its targets parsed once and its model and direction
// decided (evaluate.prepareIndicator), and what was observed for it. Types only, shared by
// evaluate.ts and explain.ts so that neither imports the other's module for them.
import type { Indicator, IsoDate, ProgressModel } from '../types';
import type { ParsedTarget } from '../target/types';
import type { Direction } from './types';

export interface PreparedIndicator {
  indicator: Indicator;
  h1: ParsedTarget;
  fy: ParsedTarget;
  model: ProgressModel;
  modelReason: string;
  direction: Direction | null;
  /** A progress percentage (预算执行率, 资金到位率): gap judged in points. */
  progressRate: boolean;
  /** 预算执行率-like: actual derivable from spend; judged by 执行率 ÷ 序时进度 under the lights. */
  budgetExecution: boolean;
}

/** What was observed for an indicator: a recorded actual (passed as is, so its parse is cached) or one derived from spend. */
export interface Observation {
  date: IsoDate;
  value: string;
  derivedFromSpend?: boolean;
  reason?: string;
  likelihood?: string;
  note?: string;
}

