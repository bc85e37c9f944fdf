import type { Judgement, Light, Status } from './judge/types';
import type { IsoDate, Problem } from './types';
import type { Settings } from './settings';

/**
 * Where a project's one execution rate comes from (domain.md §3): spend records up to asOf when
 * there are any (cumulative spend / 资金总额), else the recorded 预算执行率 actual, else none.
 */
export type RateSource = 'spend' | 'reported' | 'none';

/** Budget execution of one project at asOf (domain.md §4). Rates are fractions (0.3 = 30%). */
export interface BudgetExecution {
  /** Latest cumulative spend on or before asOf, 万元 (sum of lines, or the whole-project record). */
  spent: number | null;
  spentDate: IsoDate | null;
  total: number | null;
  /** The project's one execution rate at asOf: spent / 资金总额, else the recorded 预算执行率 (see rateSource). */
  executionRate: number | null;
  rateSource: RateSource;
  /** Date of the spend record or of the recorded 预算执行率 the rate comes from. */
  rateDate: IsoDate | null;
  /** 序时进度 at asOf. */
  timeProgress: number;
  /** Σ 半年计划执行数 / 资金总额. */
  planH1Share: number | null;
  /** The project's 预算执行率 target that applies at asOf, as a fraction, if it has one. */
  targetRate: number | null;
  /** 一体化系统 light of 执行率 ÷ 序时进度. */
  light: Light | null;
  /** Per expenditure line: latest cumulative spend and its 半年 plan / 全年 budget. */
  lines: { name: string; planH1: number | null; budgetFY: number | null; spent: number | null }[];
  /** Σ 全年预算数 of the 支出 lines (null without any); when it is not 资金总额, the cross-check says so. */
  linesBudget: number | null;
}

export interface ProjectSummary {
  projectId: string;
  name: string;
  budget: BudgetExecution;
  counts: Record<Status, number>;
  /** Worst indicator status (behind > warning > unparsed > pending > met). */
  worst: Status;
  /** Worst light under the 一体化系统 rule set. */
  light?: Light;
}

export interface Report {
  asOf: IsoDate;
  settings: Settings;
  /** One per indicator, in dataset order. */
  judgements: Judgement[];
  projects: ProjectSummary[];
  /** Cross-check warnings (domain.md §4) and judging problems. */
  warnings: Problem[];
}
