// The data set as columns, built once per data set and settings: per indicator its project,
// 一级指标 and schedule (typed arrays of small integers), its recorded actuals in date order
// (one flat array, each indicator's run given by start offsets) with how each reads in either half;
// per project its 主管部门, 实施单位, year and spend. The reference prepareIndicator decides each
// indicator's model, direction and targets, so a rule change there reaches the engine too.
import type { Actual, Dataset, Project, Spend } from '../types';
import type { Settings } from '../settings';
import type { PreparedIndicator } from '../judge/evaluate';
import { byDate, parseIsoDate } from '../calendar';
import { normalizeKey } from '../aggregate';
import { Interner } from './intern';
import { dateKey, dayNumber } from './codes';
import { ReadingMemo } from './readings';
import { actualRuns, IndicatorIds } from './actualRuns';
import { prepareAll } from './prepare';
import { Schedules } from './schedule';
import { SpendMemo } from './spend';

export interface Columns {
  data: Dataset;
  settings: Settings;
  /** Indicators (dataset order). */
  n: number;
  preps: PreparedIndicator[];
  /** Indicator id → its (last) row, and the rows sharing an id. */
  ids: IndicatorIds;
  project: Int32Array;
  level1: Int32Array;
  level1Names: Interner;
  schedule: Int32Array;
  schedules: Schedules;
  /** 0 none (unparsed targets), 1 正向, 2 反向; 1 where the gap is judged in points (progressRate). */
  direction: Uint8Array;
  progressRate: Uint8Array;
  /** 1 on 预算执行率 rows: their actual may come from spend, and they set the project's rate (./budgetRow). */
  viaReference: Uint8Array;
  /**
   * Recorded actuals of indicator i: obs[obsStart[i] .. obsEnd[i]), date order (the last of one date
   * wins, as in buildReport). An edit appends the indicator's new run at the end (./update.ts).
   */
  obsStart: Int32Array;
  obsEnd: Int32Array;
  obs: Actual[];
  /** yyyymmdd of each actual (NaN: not a date, never judged). */
  obsDate: Float64Array;
  obsDay: Float64Array;
  /** Reading of each actual in the first half (index 0) and the second (1): code (codes.ts READ_*) and number. */
  readCode: [Uint8Array, Uint8Array];
  readValue: [Float64Array, Float64Array];
  /** How each text reads per schedule and half, actuals and the spend's rate text on 预算执行率 rows alike (./budgetRow). */
  readings: ReadingMemo;
  /** yyyymmdd and day number of each date text seen (a province's actuals carry a handful of dates). */
  dates: Map<string, { key: number; day: number }>;
  /** Projects (dataset order) and their facts; a project id not in the data is -1 on its indicators. */
  projects: Project[];
  projectIndex: Map<string, number>;
  department: Int32Array;
  unit: Int32Array;
  departmentNames: Interner;
  unitNames: Interner;
  /** Spend per project, date order (budgetExecution reads it as buildReport does); an edit gives the project a new array. */
  spend: Spend[][];
  /** Each project's latest spend per number of records counted, and its rate text (./spend). */
  spendMemo: SpendMemo;
  /** Edits made since the build (./update): what is derived from the actuals once (./warnings) is derived again after one. */
  edits: number;
  /** Indicator indexes of project k: members[memberStart[k] .. memberStart[k+1]), data order. */
  memberStart: Int32Array;
  members: Int32Array;
}

function groupSorted<T extends { date: string }>(records: T[], keyOf: (r: T) => string, skip: (r: T) => boolean): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of records) {
    if (skip(r)) continue;
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  for (const list of map.values()) list.sort(byDate);
  return map;
}

export function buildColumns(data: Dataset, settings: Settings): Columns {
  const projects = data.projects;
  const projectIndex = new Map<string, number>();
  const departmentNames = new Interner(normalizeKey);
  const unitNames = new Interner(normalizeKey);
  const department = new Int32Array(projects.length);
  const unit = new Int32Array(projects.length);
  projects.forEach((p, k) => {
    projectIndex.set(p.id, k);
    department[k] = departmentNames.id(p.department.trim());
    unit[k] = unitNames.id(p.unit.trim());
  });
  const spendBy = groupSorted(data.spend, (s) => s.projectId, () => false);
  const spend = projects.map((p) => spendBy.get(p.id) ?? []);

  const n = data.indicators.length;
  const preps = prepareAll(data.indicators, settings);
  const project = new Int32Array(n);
  const level1 = new Int32Array(n);
  const level1Names = new Interner(normalizeKey);
  const schedule = new Int32Array(n);
  const schedules = new Schedules();
  const viaReference = new Uint8Array(n);
  const direction = new Uint8Array(n);
  const progressRate = new Uint8Array(n);
  const ids = new IndicatorIds(data.indicators);
  const runs = actualRuns(data, ids);
  const obsStart = new Int32Array(n);
  const obsEnd = new Int32Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) total += runs.runStart[ids.firstOf[i] + 1] - runs.runStart[ids.firstOf[i]];
  const obs = new Array<Actual>(total);
  let m = 0;
  // Rows of one project are listed together: its index is looked up once per run of rows (its 一级指标 likewise).
  let lastProject: string | undefined, lastIndex = -1, lastLevel1: string | undefined, lastLevel1Id = -1;
  for (let i = 0; i < n; i++) {
    const p = preps[i];
    const projectId = p.indicator.projectId;
    if (projectId !== lastProject) lastIndex = projectIndex.get((lastProject = projectId)) ?? -1;
    project[i] = lastIndex;
    const name = p.indicator.level1;
    if (name !== lastLevel1) lastLevel1Id = level1Names.id((lastLevel1 = name).trim());
    level1[i] = lastLevel1Id;
    schedule[i] = schedules.id(p);
    viaReference[i] = p.budgetExecution ? 1 : 0;
    direction[i] = p.direction === 'positive' ? 1 : p.direction === 'negative' ? 2 : 0;
    progressRate[i] = p.progressRate ? 1 : 0;
    obsStart[i] = m;
    const g = ids.firstOf[i];
    for (let x = runs.runStart[g]; x < runs.runStart[g + 1]; x++) obs[m++] = data.actuals[runs.order[x]];
    obsEnd[i] = m;
  }

  const obsDate = new Float64Array(m);
  const obsDay = new Float64Array(m);
  const readCode: [Uint8Array, Uint8Array] = [new Uint8Array(m), new Uint8Array(m)];
  const readValue: [Float64Array, Float64Array] = [new Float64Array(m), new Float64Array(m)];
  const cols: Columns = { data, settings, n, preps, ids, project, level1, level1Names, schedule, schedules, direction, progressRate, viaReference,
    obsStart, obsEnd, obs, obsDate, obsDay, readCode, readValue, readings: new ReadingMemo(schedules, settings), dates: new Map(),
    projects, projectIndex, department, unit, departmentNames, unitNames, spend, spendMemo: new SpendMemo(), edits: 0, ...membersOf(project, projects.length) };
  for (let i = 0; i < n; i++) for (let o = obsStart[i]; o < obsEnd[i]; o++) readObservation(cols, i, o);
  return cols;
}

/**
 * yyyymmdd (dateKey) and day number (dayNumber) of a date text, NaN when it is not a date. The day
 * number is NaN too for a text that parseIsoDate refuses (2024-02-30, 2024-06-3␠): judge/stale
 * never marks an actual of such a date 过期.
 */
export function dateOf(c: Columns, iso: string): { key: number; day: number } {
  let date = c.dates.get(iso);
  if (!date) {
    const key = dateKey(iso);
    c.dates.set(iso, (date = { key, day: Number.isNaN(key) || !parseIsoDate(iso) ? NaN : dayNumber(key) }));
  }
  return date;
}

/** Fills the date and readings of obs[o], an actual of indicator i. */
export function readObservation(c: Columns, i: number, o: number): void {
  const actual = c.obs[o];
  const date = dateOf(c, actual.date);
  c.obsDate[o] = date.key;
  c.obsDay[o] = date.day;
  const [h1, fy] = c.readings.both(c.preps[i], c.schedule[i], actual.value);
  c.readCode[0][o] = h1.code;
  c.readValue[0][o] = h1.value;
  c.readCode[1][o] = fy.code;
  c.readValue[1][o] = fy.value;
}

function membersOf(project: Int32Array, projects: number): { memberStart: Int32Array; members: Int32Array } {
  const memberStart = new Int32Array(projects + 1);
  for (const p of project) if (p >= 0) memberStart[p + 1]++;
  for (let k = 0; k < projects; k++) memberStart[k + 1] += memberStart[k];
  const fill = memberStart.slice(0, projects);
  const members = new Int32Array(memberStart[projects]);
  project.forEach((p, i) => { if (p >= 0) members[fill[p]++] = i; });
  return { memberStart, members };
}
