// The data set as columns, built once per data set and settings: per indicator its project,
// 一级指标 and schedule (typed arrays of small integers), its recorded actuals in date order
// (one flat array, each indicator's run given by start offsets) with how each reads in either half;
// per project its 主管部门, 实施单位, year and spend. The reference prepareIndicator decides each
// indicator's model, direction and targets, so a rule change there reaches the engine too.
import type { Actual, Dataset, Project, Spend } from '../types';
import type { Settings } from '../settings';
import { prepareIndicator, type PreparedIndicator } from '../judge/evaluate';
import { byDate } from '../calendar';
import { normalizeKey } from '../aggregate';
import { Interner } from './intern';
import { dateKey, dayNumber } from './codes';
import { readIn } from './readings';
import { Schedules } from './schedule';

export interface Columns {
  data: Dataset;
  settings: Settings;
  /** Indicators (dataset order). */
  n: number;
  preps: PreparedIndicator[];
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
  /** Projects (dataset order) and their facts; a project id not in the data is -1 on its indicators. */
  projects: Project[];
  projectIndex: Map<string, number>;
  department: Int32Array;
  unit: Int32Array;
  departmentNames: Interner;
  unitNames: Interner;
  /** Spend per project, date order (budgetExecution reads it as buildReport does). */
  spend: Spend[][];
  /** Readings of the spend's rate text on 预算执行率 rows (./budgetRow). */
  derivedReadings: Map<string, { code: number; value: number }>;
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

/**
 * The actuals of each indicator id in date order (stable, as groupSorted would give them, blank
 * values left out): a counting sort by id, then each short run sorted by date in place — no array
 * per indicator and no 300,000 sort calls. Run g is order[runStart[g] .. runStart[g + 1]).
 */
function actualRuns(data: Dataset): { groupOf: Int32Array; order: Int32Array; runStart: Int32Array } {
  const ids = new Map<string, number>();
  const groupOf = new Int32Array(data.indicators.length);
  data.indicators.forEach((ind, i) => {
    let g = ids.get(ind.id);
    if (g === undefined) ids.set(ind.id, (g = ids.size));
    groupOf[i] = g;
  });
  const actuals = data.actuals;
  const of = new Int32Array(actuals.length).fill(-1);
  const runStart = new Int32Array(ids.size + 1);
  for (let k = 0; k < actuals.length; k++) {
    if (actuals[k].value === '') continue;
    const g = ids.get(actuals[k].indicatorId);
    if (g === undefined) continue;
    of[k] = g;
    runStart[g + 1]++;
  }
  for (let g = 0; g < ids.size; g++) runStart[g + 1] += runStart[g];
  const fill = runStart.slice(0, ids.size);
  const order = new Int32Array(runStart[ids.size]);
  for (let k = 0; k < actuals.length; k++) if (of[k] >= 0) order[fill[of[k]]++] = k;
  // Insertion sort of each run by date (runs are a few actuals long); strict comparison keeps it stable.
  for (let g = 0; g < ids.size; g++) {
    for (let x = runStart[g] + 1; x < runStart[g + 1]; x++) {
      const k = order[x], date = actuals[k].date;
      let y = x - 1;
      while (y >= runStart[g] && actuals[order[y]].date > date) { order[y + 1] = order[y]; y--; }
      order[y + 1] = k;
    }
  }
  return { groupOf, order, runStart };
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
  const preps = data.indicators.map((ind) => prepareIndicator(ind, settings));
  const project = new Int32Array(n);
  const level1 = new Int32Array(n);
  const level1Names = new Interner(normalizeKey);
  const schedule = new Int32Array(n);
  const schedules = new Schedules();
  const viaReference = new Uint8Array(n);
  const direction = new Uint8Array(n);
  const progressRate = new Uint8Array(n);
  const runs = actualRuns(data);
  const obsStart = new Int32Array(n);
  const obsEnd = new Int32Array(n);
  const obs: Actual[] = [];
  preps.forEach((p, i) => {
    project[i] = projectIndex.get(p.indicator.projectId) ?? -1;
    level1[i] = level1Names.id(p.indicator.level1.trim());
    schedule[i] = schedules.id(p);
    viaReference[i] = p.budgetExecution ? 1 : 0;
    direction[i] = p.direction === 'positive' ? 1 : p.direction === 'negative' ? 2 : 0;
    progressRate[i] = p.progressRate ? 1 : 0;
    obsStart[i] = obs.length;
    const g = runs.groupOf[i];
    for (let x = runs.runStart[g]; x < runs.runStart[g + 1]; x++) obs.push(data.actuals[runs.order[x]]);
    obsEnd[i] = obs.length;
  });

  const m = obs.length;
  const obsDate = new Float64Array(m);
  const obsDay = new Float64Array(m);
  const readCode: [Uint8Array, Uint8Array] = [new Uint8Array(m), new Uint8Array(m)];
  const readValue: [Float64Array, Float64Array] = [new Float64Array(m), new Float64Array(m)];
  const cols: Columns = { data, settings, n, preps, project, level1, level1Names, schedule, schedules, direction, progressRate, viaReference, obsStart, obsEnd, obs, obsDate, obsDay,
    readCode, readValue, projects, projectIndex, department, unit, departmentNames, unitNames, spend, derivedReadings: new Map(), ...membersOf(project, projects.length) };
  for (let i = 0; i < n; i++) for (let o = obsStart[i]; o < obsEnd[i]; o++) readObservation(cols, i, o);
  return cols;
}

/** Fills the date and readings of obs[o], an actual of indicator i. */
export function readObservation(c: Columns, i: number, o: number): void {
  const key = dateKey(c.obs[o].date);
  c.obsDate[o] = key;
  c.obsDay[o] = Number.isNaN(key) ? NaN : dayNumber(key);
  for (const half of [0, 1] as const) {
    const r = readIn(c.preps[i], c.obs[o].value, half === 0 ? 'H1' : 'FY', c.settings, c.schedules.appliedIn(c.schedule[i], half, c.settings));
    c.readCode[half][o] = r.code;
    c.readValue[half][o] = r.value;
  }
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
