// A 预算执行率 row, as buildReport's loop judges it: with spend up to the date its actual is the
// spend's rate (the unit's words on a figure of that date kept); without spend a recorded rate
// becomes the project's one execution rate (useReportedRate); the project's own target rate is
// noted. The status itself is decided like any row's (pass.verdict); the spend's rate text is read
// as the actuals are (Columns.readings, memoised per schedule, half and text).
import type { Actual } from '../types';
import type { BudgetExecution } from '../report.types';
import type { Observation } from '../judge/prepared';
import { executionRateText, useReportedRate } from '../budget';
import { dateOf, type Columns } from './columns';
import type { DayGroup, Judged } from './judged';
import { beforePeriod, inRound, READ_NONE_OBS, verdict, type PassContext } from './verdict';
import { STATUS_CODE } from './codes';

/** Whether a 预算执行率 row of the project is judged on the spend's rate (dated budget.spentDate). */
export const derivesFromSpend = (budget: BudgetExecution | undefined): budget is BudgetExecution & { executionRate: number; spentDate: string } =>
  budget?.rateSource === 'spend' && budget.executionRate !== null && !!budget.spentDate;

/** The observation a 预算执行率 row is judged on when the project has spend up to the date, else null. */
export function derivedObservation(budget: BudgetExecution | undefined, actual: Actual | null): Observation | null {
  if (!derivesFromSpend(budget)) return null;
  const words = actual?.date === budget.spentDate ? actual : undefined;
  return { date: budget.spentDate, value: executionRateText(budget.executionRate), derivedFromSpend: true,
    reason: words?.reason, likelihood: words?.likelihood, note: words?.note };
}

/** The unit the judgement states its actual in (judgeIndicator: the lights state a quantity in the annual target's unit). */
function unitOf(c: Columns, j: Judged, i: number, g: DayGroup, lights: boolean): string {
  const exp = g.schedule.exp[c.schedule[i]];
  const prep = c.preps[i];
  if (!lights || !prep.direction || j.status[i] === STATUS_CODE.unparsed) return exp.unit;
  const against = prep.fy.kind === 'quantity' && exp.applied.kind !== 'qualitative' ? prep.fy : exp.applied;
  return against.kind === 'quantity' ? against.unit : '%';
}

export function judgeBudgetRow(c: Columns, j: Judged, i: number, g: DayGroup, x: PassContext): void {
  const p = c.project[i];
  const o = j.chosen[i];
  const budget = p >= 0 ? j.budgets[p] : undefined;
  // derivedObservation's decision, without building the observation (its text formatted once per rate).
  const derived = derivesFromSpend(budget) ? budget : null;
  const date = derived && c.spendMemo.spentOn(p, derived.spentDate, dateOf, c);
  if (date && beforePeriod(x, date.key)) {
    j.stale[i] = 0;
    verdict(c, j, i, g, READ_NONE_OBS, NaN, x);
  } else if (derived && date) {
    j.stale[i] = !inRound(x) && g.day - date.day > x.staleDays ? 1 : 0;
    const r = c.spendMemo.rateReading(p, derived.executionRate, c.readings, c.preps[i], c.schedule[i], g.half);
    verdict(c, j, i, g, r.code, r.value, x);
  } else if (o >= 0 && !beforePeriod(x, c.obsDate[o])) verdict(c, j, i, g, c.readCode[g.half][o], c.readValue[g.half][o], x);
  else verdict(c, j, i, g, READ_NONE_OBS, NaN, x);
  if (!budget) return;
  const actual = j.actual[i];
  if (!derived && o >= 0 && actual === actual && c.obs[o].date && unitOf(c, j, i, g, x.lights) === '%')
    useReportedRate(budget, actual / 100, c.obs[o].date, c.settings);
  if (budget.targetRate === null) {
    const own = g.schedule.exp[c.schedule[i]];
    if (own.expected !== null && /%/.test(own.unit)) budget.targetRate = own.expected / 100;
  }
}
