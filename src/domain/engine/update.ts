// Edits during a monitoring round: a changed actual re-judges its indicator alone, a changed spend
// its project's 预算执行率 rows alone, and the counts move by the difference — never a whole pass.
// An indicator's new run of actuals is appended at the end of the observation columns (grown by
// doubling), its old run left unused.
import type { Actual, Spend } from '../types';
import { byDate } from '../calendar';
import { budgetExecution } from '../budget';
import { readObservation, type Columns } from './columns';
import type { Judged } from './judged';
import { count, judgeOne } from './pass';
import { passContext } from './verdict';
import { STATUS_CODE } from './codes';

function grow(c: Columns, needed: number): void {
  if (needed <= c.obsDate.length) return;
  const size = Math.max(needed, c.obsDate.length * 2, 16);
  const more = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => { const b = make(size); b.set(a); return b; };
  c.obsDate = more(c.obsDate, (k) => new Float64Array(k));
  c.obsDay = more(c.obsDay, (k) => new Float64Array(k));
  c.readCode = [more(c.readCode[0], (k) => new Uint8Array(k)), more(c.readCode[1], (k) => new Uint8Array(k))];
  c.readValue = [more(c.readValue[0], (k) => new Float64Array(k)), more(c.readValue[1], (k) => new Float64Array(k))];
}

/** Re-derives project p's worst status and light from its indicators (an edit may have lowered them). */
function rescanProject(c: Columns, j: Judged, p: number): void {
  j.projectWorst[p] = STATUS_CODE.met;
  j.projectLight[p] = 0;
  for (let k = c.memberStart[p]; k < c.memberStart[p + 1]; k++) {
    const i = c.members[k];
    count(c, j, i, -1);
    count(c, j, i, 1);
  }
}

function rejudge(c: Columns, j: Judged, indexes: number[]): void {
  const x = passContext(c, j.asOf, j.periodStart);
  for (const i of indexes) {
    count(c, j, i, -1);
    judgeOne(c, j, i, x);
    count(c, j, i, 1);
  }
}

/** The project's 预算执行率 rows, judged again from a fresh budget (they set its one execution rate, in data order). */
function rejudgeBudget(c: Columns, j: Judged, p: number): void {
  j.budgets[p] = budgetExecution(c.projects[p], c.spend[p], j.asOf, j.groups[j.groupOf[p]].d, c.settings);
  const rows: number[] = [];
  for (let k = c.memberStart[p]; k < c.memberStart[p + 1]; k++) if (c.viaReference[c.members[k]]) rows.push(c.members[k]);
  rejudge(c, j, rows);
}

/** Indicator i's recorded actuals are now `actuals` (any order; blank values are not actuals). */
export function replaceActuals(c: Columns, j: Judged, i: number, actuals: Actual[]): void {
  const list = actuals.filter((a) => a.value !== '').sort(byDate);
  const start = c.obs.length;
  grow(c, start + list.length);
  c.obs.push(...list);
  c.obsStart[i] = start;
  c.obsEnd[i] = c.obs.length;
  c.edits++;
  for (let o = start; o < c.obs.length; o++) readObservation(c, i, o);
  const p = c.project[i];
  if (c.viaReference[i] && p >= 0) rejudgeBudget(c, j, p);
  else rejudge(c, j, [i]);
  if (p >= 0) rescanProject(c, j, p);
}

/** Project p's spend records are now `spend`. */
export function replaceSpend(c: Columns, j: Judged, p: number, spend: Spend[]): void {
  c.spend[p] = [...spend].sort(byDate);
  rejudgeBudget(c, j, p);
  rescanProject(c, j, p);
}
