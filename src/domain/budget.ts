// Budget execution of a project at an as-of date (domain.md §4): the latest cumulative spend on or
// before the date, per expenditure line or for the whole project, against 资金总额, 序时进度 and
// the 半年 planned spend.
import type { IsoDate, Project, Spend } from './types';
import type { BudgetExecution, RateSource } from './report.types';
import type { Settings } from './settings';
import { timeProgress, type YMD } from './calendar';
import { budgetLight } from './judge/pmkpi';
import { formatPercent } from './target';

/**
 * Spend records are cumulative, so the latest per line counts. When a project has both line and
 * whole-project records, the more recent side wins (a tie goes to the whole-project figure, which
 * is what finance systems report).
 */
export function latestSpend(records: Spend[], asOf: IsoDate): { spent: number | null; date: IsoDate | null; byLine: Map<string, number> } {
  const byLine = new Map<string, { date: IsoDate; amount: number }>();
  let whole: { date: IsoDate; amount: number } | null = null;
  let lineDate: IsoDate | null = null;
  for (const r of records) {
    if (r.date > asOf) continue;
    if (r.expense === null) {
      if (!whole || r.date >= whole.date) whole = { date: r.date, amount: r.amount };
    } else {
      const prev = byLine.get(r.expense);
      if (!prev || r.date >= prev.date) byLine.set(r.expense, { date: r.date, amount: r.amount });
      if (!lineDate || r.date > lineDate) lineDate = r.date;
    }
  }
  const lines = new Map([...byLine].map(([k, v]) => [k, v.amount]));
  if (whole && (!lineDate || whole.date >= lineDate)) return { spent: whole.amount, date: whole.date, byLine: lines };
  if (lineDate) return { spent: [...lines.values()].reduce((s, x) => s + x, 0), date: lineDate, byLine: lines };
  return { spent: null, date: null, byLine: lines };
}

export function budgetExecution(project: Project, records: Spend[], asOf: IsoDate, d: YMD, settings: Settings): BudgetExecution {
  return budgetExecutionOf(project, latestSpend(records, asOf), timeProgress(d, settings.timeProgress), settings);
}

/** budgetExecution from the latest spend found and the 序时进度 tp (the engine keeps a project's latest spend while no new record falls before the date). */
export function budgetExecutionOf(project: Project, latest: ReturnType<typeof latestSpend>, tp: number, settings: Settings): BudgetExecution {
  return atTimeProgress(spendFacts(project, latest), tp, settings);
}

/** What a project's budget execution says before the 序时进度 is known (timeProgress 0, no light): the engine keeps it with the latest spend. */
export function spendFacts(project: Project, latest: ReturnType<typeof latestSpend>): BudgetExecution {
  const { spent, date, byLine } = latest;
  const total = project.funds.total;
  const executionRate = spent !== null && total ? spent / total : null;
  const budgets = project.expenses.filter((e) => e.budgetFY !== null);
  return {
    spent, spentDate: date, total, executionRate, timeProgress: 0,
    rateSource: executionRate === null ? 'none' : 'spend', rateDate: executionRate === null ? null : date,
    planH1Share: planH1Share(project),
    targetRate: null, light: null,
    lines: project.expenses.map((e) => ({ name: e.name, planH1: e.planH1, budgetFY: e.budgetFY, spent: byLine.get(e.name) ?? null })),
    linesBudget: budgets.length ? budgets.reduce((n, e) => n + (e.budgetFY ?? 0), 0) : null,
  };
}

/** A fresh budget execution at 序时进度 tp from spendFacts (its lines shared: nothing changes them). */
export const atTimeProgress = (facts: BudgetExecution, tp: number, settings: Settings): BudgetExecution =>
  ({ ...facts, timeProgress: tp, light: lightOf(facts.executionRate, tp, settings) });

const lightOf = (rate: number | null, tp: number, settings: Settings) =>
  rate === null ? null : budgetLight(tp > 0 ? rate / tp : Infinity, settings.lights);

/**
 * Without spend records the project's rate is its recorded 预算执行率 (a fraction, dated): the one
 * rate of domain.md §3, so the header, charts and overview show it instead of 无执行数.
 */
export function useReportedRate(b: BudgetExecution, rate: number, date: IsoDate, settings: Settings): void {
  if (b.rateSource !== 'none') return;
  b.executionRate = rate;
  b.rateSource = 'reported';
  b.rateDate = date;
  b.light = lightOf(rate, b.timeProgress, settings);
}

/** The project's one execution rate with its source and date (domain.md §3): what every view shows. */
export interface ExecutionRate { value: number | null; source: RateSource; date: IsoDate | null }

export const executionRateOf = (b: Pick<BudgetExecution, 'executionRate' | 'rateSource' | 'rateDate'>): ExecutionRate =>
  ({ value: b.executionRate, source: b.rateSource, date: b.rateDate });

/** The rate as every view writes it, one decimal: 0.27506 → `27.5%` (the 预算执行率 row derived from spend reads the same). */
export const executionRateText = (rate: number | null): string => formatPercent(rate);

/**
 * The 合计 row of the 支出 lines: spend over Σ 全年预算数. When the lines add up to 资金总额 it is the
 * project's rate itself; otherwise a figure of its own, labelled as the lines' (never a second unlabelled rate).
 */
export function linesSumRate(b: Pick<BudgetExecution, 'spent' | 'total' | 'linesBudget'>): { rate: number | null; ofLines: boolean } {
  if (b.spent === null || !b.linesBudget) return { rate: null, ofLines: false };
  const ofLines = b.total === null || Math.abs(b.linesBudget - b.total) > 0.005;
  return { rate: b.spent / (ofLines ? b.linesBudget : b.total!), ofLines };
}

/** Σ 半年（程）计划执行数 ÷ 资金总额; null without a 资金总额 or without any 半年 plan. */
export function planH1Share(p: Project): number | null {
  if (!p.funds.total || !p.expenses.some((e) => e.planH1 !== null)) return null;
  return p.expenses.reduce((s, e) => s + (e.planH1 ?? 0), 0) / p.funds.total;
}

export type BudgetVerdictKind = 'behindTime' | 'aheadTime' | 'belowTarget' | 'meetsTarget';

/** One finding about a project's execution rate; `points` is the gap in percentage points (0.1 precision). */
export interface BudgetVerdict { kind: BudgetVerdictKind; points: number | null; bad: boolean }

const points = (x: number) => Math.round(Math.abs(x) * 1000) / 10;

/**
 * What the execution rate says at asOf (domain.md §4): behind or ahead of 序时进度 (in step counts
 * as ahead), then below or at the project's own 预算执行率 target when it has one. None without a rate.
 */
export function budgetVerdicts(b: Pick<BudgetExecution, 'executionRate' | 'timeProgress' | 'targetRate'>): BudgetVerdict[] {
  const { executionRate: r, timeProgress: tp, targetRate } = b;
  if (r === null) return [];
  const behind = r < tp;
  const out: BudgetVerdict[] = [{ kind: behind ? 'behindTime' : 'aheadTime', points: points(r - tp), bad: behind }];
  if (targetRate !== null)
    out.push(r < targetRate ? { kind: 'belowTarget', points: points(r - targetRate), bad: true } : { kind: 'meetsTarget', points: null, bad: false });
  return out;
}
