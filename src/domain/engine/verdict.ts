// The verdict on one indicator from how its actual reads: judgeIndicator's decisions (the default
// rules' numberBranch, the lights' lightFor and standardFor, the qualitative verdicts decided at
// build) written as codes and numbers into the date's columns. Shared by every row (./pass) and
// the 预算执行率 rows (./budgetRow).
import type { IsoDate } from '../types';
import { BRANCH_STATUS, numberBranch } from '../judge/classify';
import { lightFor, qualitativeLight, standardFor } from '../judge/pmkpi';
import type { Columns } from './columns';
import { dateKey, LIGHT_CODE, READ_NUMBER, STATUS_CODE, STATUSES } from './codes';
import { APPLIED_QUALITATIVE, APPLIED_UNPARSED } from './schedule';
import type { DayGroup, Judged } from './judged';

const MET = STATUS_CODE.met, WARNING = STATUS_CODE.warning, BEHIND = STATUS_CODE.behind, PENDING = STATUS_CODE.pending, UNPARSED = STATUS_CODE.unparsed;
const BRANCH_CODE = BRANCH_STATUS.map((s) => STATUS_CODE[s]);
// Local copies: Node's TypeScript loader reads an imported binding through a getter, felt in a 300,000-row loop.
const NUMBER = READ_NUMBER, QUALITATIVE_TARGET = APPLIED_QUALITATIVE, UNPARSED_TARGET = APPLIED_UNPARSED;
const branchOf = numberBranch;

/** What a pass reads for every indicator, looked up once. */
export interface PassContext {
  asOfKey: number;
  /** yyyymmdd of a round's first day; NaN outside a round. */
  periodKey: number;
  lights: boolean;
  staleDays: number;
  tol: Columns['settings']['tolerances'];
}

export const passContext = (c: Columns, asOf: IsoDate, periodStart?: IsoDate): PassContext =>
  ({ asOfKey: dateKey(asOf), periodKey: periodStart === undefined ? NaN : dateKey(periodStart), lights: c.settings.ruleSet === 'pmkpi', staleDays: c.settings.staleAfterDays, tol: c.settings.tolerances });

/** Inside a round, an actual dated before its period is the previous round's: context, not this round's value (buildReport). */
export const beforePeriod = (x: PassContext, dateKeyOfObs: number): boolean => dateKeyOfObs < x.periodKey;
/** Inside a round the period decides what counts: nothing is marked 过期. */
export const inRound = (x: PassContext): boolean => x.periodKey === x.periodKey;

/** Status of a qualitative reading (codes READ_*); NUMBER and NONE are handled apart. */
const READ_TO_STATUS = Uint8Array.from([0, MET, WARNING, BEHIND, UNPARSED, UNPARSED, UNPARSED]);
const DIRECTIONS = [null, 'positive', 'negative'] as const;

/** No actual to read: pending (unless the target is unparsed). */
export const READ_NONE_OBS = 255;

/**
 * Status, expected value, actual and light of indicator i from how its actual reads (code, value;
 * READ_NONE_OBS without one) — judgeIndicator's decisions, on numbers.
 */
export function verdict(c: Columns, j: Judged, i: number, g: DayGroup, code: number, value: number, x: PassContext): void {
  const s = c.schedule[i];
  const applied = g.schedule.applied[s];
  const dir = DIRECTIONS[c.direction[i]];
  let expected = g.schedule.expected[s];
  let status = PENDING, actual = NaN, light = 0;
  if (applied === UNPARSED_TARGET) status = UNPARSED;
  else if (code === READ_NONE_OBS) {
    if (x.lights && dir && applied !== QUALITATIVE_TARGET) {
      const prep = c.preps[i];
      const std = standardFor(prep.indicator, prep.fy, dir, prep.budgetExecution, g.tp);
      if (std) expected = std.expected;
    }
  } else if (code === NUMBER) {
    actual = value;
    if (x.lights && dir) {
      const prep = c.preps[i];
      const lv = lightFor(prep.indicator, prep.fy, value, dir, prep.budgetExecution, g.tp, c.settings.lights);
      if (!lv) status = UNPARSED;
      else {
        status = STATUS_CODE[lv.status];
        light = LIGHT_CODE[lv.light];
        expected = lv.expected;
      }
    } else {
      status = BRANCH_CODE[branchOf(value, expected !== expected ? 0 : expected, dir ?? 'positive', g.schedule.op[s], c.progressRate[i] === 1, x.tol)];
    }
  } else {
    status = READ_TO_STATUS[code];
    if (x.lights && status !== UNPARSED) light = LIGHT_CODE[qualitativeLight[STATUSES[status]]!];
  }
  j.status[i] = status;
  j.expected[i] = expected;
  j.actual[i] = actual;
  j.light[i] = light;
}
