// What the screen asks of one date's columns: the full judgement of one indicator (built by the
// reference judgeIndicator from the same actual and day, so its explanation is the reference's),
// its variance from the columns, and the worst flagged indicators by partial selection (a bounded
// insertion into the top `limit`, never a sort of all).
import type { Judgement, Variance } from '../judge/types';
import { judgeIndicator, type RoundContext } from '../judge/evaluate';
import type { Observation } from '../judge/prepared';
import { statusSeverity } from '../labels';
import type { Columns } from './columns';
import type { Judged } from './judged';
import { derivedObservation } from './budgetRow';
import { STATUS_CODE, STATUSES } from './codes';

/**
 * The observation indicator i is judged on at j's date — the spend's rate on a 预算执行率 row, else
 * its latest actual — and, inside a round, the round's context (a figure from before the period is
 * `previous`, not the observation), as buildReport chooses them.
 */
export function observationAt(c: Columns, j: Judged, i: number): { obs: Observation | null; round?: RoundContext } {
  const p = c.project[i];
  const o = j.chosen[i];
  const actual = o >= 0 ? c.obs[o] : null;
  const derived = c.viaReference[i] && p >= 0 ? derivedObservation(j.budgets[p], actual) : null;
  const obs = derived ?? actual;
  if (j.periodStart === undefined) return { obs };
  const previous = obs && obs.date < j.periodStart ? obs : null;
  return { obs: previous ? null : obs, round: { periodStart: j.periodStart, previous } };
}

export function judgementAt(c: Columns, j: Judged, i: number): Judgement {
  const p = c.project[i];
  const g = j.groups[p >= 0 ? j.groupOf[p] : 0];
  const { obs, round } = observationAt(c, j, i);
  return judgeIndicator(c.preps[i], obs, j.asOf, g.d, c.settings, round);
}

/** The judgement's variance, from the columns: only a number judged against a number (a rule that did not apply leaves none). */
export function varianceAt(j: Judged, i: number): Variance {
  const a = j.actual[i], e = j.expected[i];
  if (Number.isNaN(a) || Number.isNaN(e) || j.status[i] === STATUS_CODE.unparsed) return { absolute: null, relative: null };
  return { absolute: a - e, relative: e !== 0 ? (a - e) / e : null };
}

/** rows.gapOf on the columns: the relative shortfall in the bad direction. */
export function gapAt(c: Columns, j: Judged, i: number): number {
  const r = varianceAt(j, i).relative;
  if (r === null) return 0;
  return c.preps[i].direction === 'negative' ? r : -r;
}

const FLAGGED = new Set([STATUS_CODE.warning, STATUS_CODE.behind]);

/**
 * The `limit` worst 预警/滞后 indicators (rows.worstFirst: severity, then gap; ties in data order)
 * among those `keep` accepts, as indicator indexes.
 */
export function topFlagged(c: Columns, j: Judged, limit: number, keep: (i: number) => boolean = () => true): number[] {
  const top: { i: number; sev: number; gap: number }[] = [];
  const worse = (a: { sev: number; gap: number }, b: { sev: number; gap: number }) => a.sev > b.sev || (a.sev === b.sev && a.gap > b.gap);
  for (let i = 0; i < c.n; i++) {
    const st = j.status[i];
    if (!FLAGGED.has(st) || !keep(i)) continue;
    const cand = { i, sev: statusSeverity[STATUSES[st]], gap: gapAt(c, j, i) };
    if (top.length === limit && !worse(cand, top[top.length - 1])) continue;
    let k = top.length === limit ? limit - 1 : top.length;
    while (k > 0 && worse(cand, top[k - 1])) {
      top[k] = top[k - 1];
      k--;
    }
    top[k] = cand;
  }
  return top.map((t) => t.i);
}
