// Each project's budget execution at a date, as buildReport computes it (budgetExecution), with its
// latest spend and what it says (spendFacts) found once per number of records dated on or before the date: a project's records
// are in date order, so that number says which records count, and a new date usually counts the
// same ones as a date seen before (spend is reported monthly or quarterly). The rate text of its
// 预算执行率 rows is kept with it.
import type { IsoDate, Project, Spend } from '../types';
import type { Settings } from '../settings';
import type { BudgetExecution } from '../report.types';
import { atTimeProgress, executionRateText, latestSpend, spendFacts } from '../budget';

/** Per project, its spend records (a new array after an edit) and spendFacts per number of records counted. */
interface Memo { records: Spend[]; byCount: (BudgetExecution | undefined)[] }

export class SpendMemo {
  private readonly memos: (Memo | undefined)[] = [];
  private readonly rates: { rate: number; text: string }[] = [];

  /** Project k's budget execution at asOf with 序时进度 tp; `records` is its spend in date order (a new array after an edit). */
  execution(k: number, project: Project, records: Spend[], asOf: IsoDate, tp: number, settings: Settings): BudgetExecution {
    let count = records.length;
    while (count > 0 && records[count - 1].date > asOf) count--;
    let memo = this.memos[k];
    if (!memo || memo.records !== records) this.memos[k] = memo = { records, byCount: [] };
    const facts = (memo.byCount[count] ??= spendFacts(project, latestSpend(records, asOf)));
    return atTimeProgress(facts, tp, settings);
  }

  /** executionRateText of project k's rate (its 预算执行率 rows read it), formatted once per rate. */
  rateText(k: number, rate: number | null): string {
    if (rate === null) return executionRateText(rate);
    const hit = this.rates[k];
    if (hit?.rate === rate) return hit.text;
    const text = executionRateText(rate);
    this.rates[k] = { rate, text };
    return text;
  }
}
