// The per-date pass: for every indicator, pick its latest actual on or before the date, read the
// status off the precomputed reading and the schedule's expected value, and count it into its
// project, 一级指标, 主管部门 and 实施单位 — arithmetic on typed arrays, no object per indicator.
// The comparisons are the reference's own (numberBranch, lightFor, standardFor); 预算执行率 rows,
// whose actual may come from spend and which set the project's one execution rate, are judged the
// same way, with buildReport's handling of the spend's rate around it (./budgetRow).
import type { IsoDate } from '../types';
import { dayInYear, isFirstHalf, parseIsoDate, timeProgress, toIso } from '../calendar';
import { statusSeverity } from '../labels';
import type { Columns } from './columns';
import { dateKey, dayNumber, STATUS_CODE, STATUS_COUNT, STATUSES } from './codes';
import type { Judged } from './judged';
import { beforePeriod, inRound, passContext, READ_NONE_OBS, verdict, type PassContext } from './verdict';
import { judgeBudgetRow } from './budgetRow';
import { judgePlain } from './plainPass';

const MET = STATUS_CODE.met;
// A local copy: Node's TypeScript loader reads an imported binding through a getter, felt in a 300,000-row loop.
const STATUS_N = STATUS_COUNT;
const SEVERITY = STATUSES.map((s) => statusSeverity[s]);
const LIGHT_RANK = [-1, 1, 2, 3, 0]; // none, green, yellow, red, blue (report.ts lightRank)

/** Day groups of asOf: the day each project's year is judged on (usually one group). */
function dayGroups(c: Columns, j: Judged, asOf: IsoDate): void {
  const d = parseIsoDate(asOf);
  if (!d) throw new RangeError(`日期“${asOf}”不是有效的 YYYY-MM-DD 日期`);
  j.asOf = asOf;
  j.d = d;
  j.groups = [];
  const byIso = new Map<string, number>();
  const group = (year: number | null) => {
    const dp = dayInYear(d, year);
    const iso = toIso(dp);
    let g = byIso.get(iso);
    if (g === undefined) {
      g = j.groups.length;
      byIso.set(iso, g);
      j.groups.push({ d: dp, half: isFirstHalf(dp) ? 0 : 1, day: dayNumber(dateKey(iso)), tp: timeProgress(dp, c.settings.timeProgress),
        schedule: c.schedules.on(dp, c.settings.timeProgress), judgedOn: String(dp.year) !== asOf.slice(0, 4) ? iso : undefined });
    }
    return g;
  };
  group(d.year);
  // A province's projects share a year or two: the group is found once per distinct year, not per project.
  const byYear = new Map<number | null, number>();
  const { projects } = c, { groupOf } = j;
  for (let k = 0; k < projects.length; k++) {
    const year = projects[k].year;
    let g = byYear.get(year);
    if (g === undefined) byYear.set(year, (g = group(year)));
    groupOf[k] = g;
  }
}

export function judgeAll(c: Columns, j: Judged, asOf: IsoDate, periodStart?: IsoDate): void {
  if (periodStart !== undefined && !parseIsoDate(periodStart)) throw new RangeError(`日期“${periodStart}”不是有效的 YYYY-MM-DD 日期`);
  dayGroups(c, j, asOf);
  j.periodStart = periodStart;
  const s = c.settings, asOfKey = dateKey(asOf);
  j.budgets = c.projects.map((p, k) => c.spendMemo.execution(k, p, c.spend[k], asOf, asOfKey, j.groups[j.groupOf[k]].tp, s));
  j.counts.fill(0); j.projectCounts.fill(0); j.level1Counts.fill(0); j.departmentCounts.fill(0); j.unitCounts.fill(0);
  j.projectWorst.fill(MET); j.projectLight.fill(0);
  const x = passContext(c, asOf, periodStart);
  if (x.lights) for (let i = 0; i < c.n; i++) judgeOne(c, j, i, x);
  else judgePlain(c, j, x);
  accumulate(c, j);
}

/** The counts of every indicator, in one sweep over the status column. */
function accumulate(c: Columns, j: Judged): void {
  const { status, light, counts, level1Counts, projectCounts, departmentCounts, unitCounts, projectWorst, projectLight } = j;
  const { project, level1, department, unit } = c;
  for (let i = 0; i < c.n; i++) {
    const st = status[i];
    counts[st]++;
    level1Counts[level1[i] * STATUS_N + st]++;
    const p = project[i];
    if (p < 0) continue;
    projectCounts[p * STATUS_N + st]++;
    departmentCounts[department[p] * STATUS_N + st]++;
    unitCounts[unit[p] * STATUS_N + st]++;
    if (SEVERITY[st] > SEVERITY[projectWorst[p]]) projectWorst[p] = st;
    const l = light[i];
    if (l && LIGHT_RANK[l] > LIGHT_RANK[projectLight[p]]) projectLight[p] = l;
  }
}

/** Adds (sign 1) or removes (−1) indicator i's status from the counts; adding also raises its project's worst status and light. */
export function count(c: Columns, j: Judged, i: number, sign: 1 | -1): void {
  const st = j.status[i];
  j.counts[st] += sign;
  j.level1Counts[c.level1[i] * STATUS_N + st] += sign;
  const p = c.project[i];
  if (p < 0) return;
  j.projectCounts[p * STATUS_N + st] += sign;
  j.departmentCounts[c.department[p] * STATUS_N + st] += sign;
  j.unitCounts[c.unit[p] * STATUS_N + st] += sign;
  if (sign < 0) return;
  if (SEVERITY[st] > SEVERITY[j.projectWorst[p]]) j.projectWorst[p] = st;
  const light = j.light[i];
  if (light && LIGHT_RANK[light] > LIGHT_RANK[j.projectLight[p]]) j.projectLight[p] = light;
}

/** Judges indicator i at j's date into j's columns (the counts are the caller's: see count). */
export function judgeOne(c: Columns, j: Judged, i: number, x: PassContext): void {
  const p = c.project[i];
  const g = j.groups[p >= 0 ? j.groupOf[p] : 0];
  let o = -1;
  for (let k = c.obsEnd[i] - 1; k >= c.obsStart[i]; k--) if (c.obsDate[k] <= x.asOfKey) { o = k; break; }
  j.chosen[i] = o;
  j.stale[i] = o >= 0 && !inRound(x) && g.day - c.obsDay[o] > x.staleDays ? 1 : 0;
  if (c.viaReference[i]) return judgeBudgetRow(c, j, i, g, x);
  if (o < 0 || beforePeriod(x, c.obsDate[o])) verdict(c, j, i, g, READ_NONE_OBS, NaN, x);
  else verdict(c, j, i, g, c.readCode[g.half][o], c.readValue[g.half][o], x);
}

