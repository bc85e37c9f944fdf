// The state of one as-of date: a status, expected value, actual and light per indicator (typed
// arrays, allocated once and overwritten by each pass), the status counts per project, 一级指标,
// 主管部门 and 实施单位, each project's budget execution. Nothing here holds an object per
// indicator.
import type { IsoDate } from '../types';
import type { YMD } from '../calendar';
import type { BudgetExecution } from '../report.types';
import { STATUS_COUNT } from './codes';
import type { ScheduleDay } from './schedule';

/** The day a group of projects is judged on: its half, day number, 序时进度 and every schedule's expected value. */
export interface DayGroup { d: YMD; half: 0 | 1; day: number; tp: number; schedule: ScheduleDay; judgedOn?: IsoDate }

export interface Judged {
  asOf: IsoDate;
  /** A monitoring round's first day (buildReport's periodStart): an actual dated before it is the previous round's. */
  periodStart?: IsoDate;
  d: YMD;
  status: Uint8Array;
  /** NaN where the judgement's value is null. */
  expected: Float64Array;
  actual: Float64Array;
  light: Uint8Array;
  /** Index into Columns.obs of the actual judged, -1 for none. */
  chosen: Int32Array;
  stale: Uint8Array;
  /** Day groups: each project is judged on its own year's calendar (dayInYear); group 0 is asOf itself. */
  groups: DayGroup[];
  groupOf: Uint8Array;
  budgets: BudgetExecution[];
  counts: Int32Array;
  projectCounts: Int32Array;
  level1Counts: Int32Array;
  departmentCounts: Int32Array;
  unitCounts: Int32Array;
  /** Worst status code per project (severity order of labels.statusSeverity) and worst light code (0 none). */
  projectWorst: Uint8Array;
  projectLight: Uint8Array;
}

export function emptyJudged(n: number, projects: number, level1: number, departments: number, units: number): Judged {
  return {
    asOf: '', d: { year: 0, month: 1, day: 1 },
    status: new Uint8Array(n), expected: new Float64Array(n), actual: new Float64Array(n), light: new Uint8Array(n),
    chosen: new Int32Array(n), stale: new Uint8Array(n), groups: [], groupOf: new Uint8Array(projects), budgets: [],
    counts: new Int32Array(STATUS_COUNT), projectCounts: new Int32Array(projects * STATUS_COUNT), level1Counts: new Int32Array(level1 * STATUS_COUNT),
    departmentCounts: new Int32Array(departments * STATUS_COUNT), unitCounts: new Int32Array(units * STATUS_COUNT),
    projectWorst: new Uint8Array(projects), projectLight: new Uint8Array(projects),
  };
}
