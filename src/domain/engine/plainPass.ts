// The per-date pass under the default rules (no lights), in one loop over the columns: the same
// decisions as pass.judgeOne + verdict (latest actual on or before the date, 过期, the round's
// period, what applies and numberBranch), with every column and the day group's schedule arrays
// held in locals instead of read through objects and imported bindings per row — a new date at
// 300,000 indicators is this loop. 预算执行率 rows still go through judgeBudgetRow. The lights'
// rule set keeps judgeOne (lightFor per row costs more than the loop). test/domain/engine's
// differential tests judge through this loop whenever the rule set is the default.
import { BRANCH_STATUS, numberBranch } from '../judge/classify';
import type { Columns } from './columns';
import { READ_NUMBER, STATUS_CODE } from './codes';
import type { DayGroup, Judged } from './judged';
import { APPLIED_UNPARSED } from './schedule';
import { judgeBudgetRow } from './budgetRow';
import type { PassContext } from './verdict';

const PENDING = STATUS_CODE.pending, UNPARSED = STATUS_CODE.unparsed;
const BRANCH_CODE = Uint8Array.from(BRANCH_STATUS, (s) => STATUS_CODE[s]);
const NUMBER = READ_NUMBER, UNPARSED_TARGET = APPLIED_UNPARSED;
/** Status of a qualitative reading (codes READ_*; verdict's READ_TO_STATUS). */
const READ_TO_STATUS = Uint8Array.from([0, STATUS_CODE.met, STATUS_CODE.warning, STATUS_CODE.behind, UNPARSED, UNPARSED, UNPARSED]);
const DIRECTIONS = ['positive', 'positive', 'negative'] as const; // none judges as 正向 (verdict: dir ?? 'positive')
const branchOf = numberBranch;

export function judgePlain(c: Columns, j: Judged, x: PassContext): void {
  const { n, project, obsStart, obsEnd, obsDate, obsDay, viaReference, schedule, direction, progressRate } = c;
  const { groupOf, groups, chosen, stale, status, expected, actual, light } = j;
  const { asOfKey, periodKey, staleDays, tol } = x;
  // Outside a round periodKey is NaN: no actual is before the period and 过期 applies.
  const round = periodKey === periodKey;
  let gi = -1, g: DayGroup = groups[0], day = 0, applied = g.schedule.applied, exp = g.schedule.expected, op = g.schedule.op;
  let readCode = c.readCode[0], readValue = c.readValue[0];
  for (let i = 0; i < n; i++) {
    const p = project[i];
    const gk = p >= 0 ? groupOf[p] : 0;
    if (gk !== gi) {
      gi = gk;
      g = groups[gk];
      day = g.day;
      applied = g.schedule.applied; exp = g.schedule.expected; op = g.schedule.op;
      readCode = c.readCode[g.half]; readValue = c.readValue[g.half];
    }
    let o = -1;
    for (let k = obsEnd[i] - 1, start = obsStart[i]; k >= start; k--) if (obsDate[k] <= asOfKey) { o = k; break; }
    chosen[i] = o;
    stale[i] = o >= 0 && !round && day - obsDay[o] > staleDays ? 1 : 0;
    if (viaReference[i] === 1) { judgeBudgetRow(c, j, i, g, x); continue; }
    const s = schedule[i];
    const e = exp[s];
    let st = PENDING, a = NaN;
    if (applied[s] === UNPARSED_TARGET) st = UNPARSED;
    else if (o >= 0 && !(obsDate[o] < periodKey)) {
      const code = readCode[o];
      if (code === NUMBER) {
        a = readValue[o];
        st = BRANCH_CODE[branchOf(a, e !== e ? 0 : e, DIRECTIONS[direction[i]], op[s], progressRate[i] === 1, tol)];
      } else st = READ_TO_STATUS[code];
    }
    status[i] = st;
    expected[i] = e;
    actual[i] = a;
    light[i] = 0;
  }
}
