// Judges a whole dataset at an as-of date. Linear: targets are parsed once per dataset and rule
// set (cached), actuals and spend are grouped once per dataset, and each indicator then costs one
// binary search for its latest actual.
import type { Actual, Dataset, IsoDate, Problem, Spend } from './types';
import type { Settings } from './settings';
import type { Report, ProjectSummary } from './report.types';
import type { Status, Judgement, Light } from './judge/types';
import { byDate, dayInYear, isPlausibleYear, parseIsoDate, type YMD } from './calendar';
import { judgeIndicator, prepareIndicator, readActualIn, type Observation, type PreparedIndicator, type RoundContext } from './judge/evaluate';
import { expectationAt } from './judge/expected';
import { budgetExecution, executionRateText, useReportedRate } from './budget';
import { crossCheck } from './checks';
import { statusSeverity, quoted } from './labels';

const preparedCache = new WeakMap<object, { key: string; value: PreparedIndicator[] }>();
const groupCache = new WeakMap<object, Map<string, unknown[]>>();
const checkCache = new WeakMap<object, Problem[]>();

function prepared(data: Dataset, settings: Settings): PreparedIndicator[] {
  const key = `${settings.ruleSet}|${settings.progressRateNames.join(',')}`;
  const hit = preparedCache.get(data.indicators);
  if (hit && hit.key === key) return hit.value;
  const value = data.indicators.map((ind) => prepareIndicator(ind, settings));
  preparedCache.set(data.indicators, { key, value });
  return value;
}

/** Groups records by a key, each group sorted by date (cached per array). */
function grouped<T extends { date: IsoDate }>(records: T[], keyOf: (r: T) => string): Map<string, T[]> {
  const hit = groupCache.get(records);
  if (hit) return hit as Map<string, T[]>;
  const map = new Map<string, T[]>();
  for (const r of records) {
    // A monitoring-form record still without its 执行情况 (reason typed first) is no actual yet.
    if ((r as { value?: unknown }).value === '') continue;
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  for (const list of map.values()) list.sort(byDate);
  groupCache.set(records, map as Map<string, unknown[]>);
  return map;
}

/** Latest record dated on or before asOf in a date-sorted list (the last one of that date wins). */
function latestOnOrBefore<T extends { date: IsoDate }>(list: T[] | undefined, asOf: IsoDate): T | null {
  if (!list) return null;
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].date <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1] : null;
}

export function crossCheckCached(data: Dataset): Problem[] {
  let hit = checkCache.get(data);
  if (!hit) checkCache.set(data, (hit = crossCheck(data)));
  return hit;
}

export const emptyCounts = (): Record<Status, number> => ({ met: 0, warning: 0, behind: 0, pending: 0, unparsed: 0 });
const lightRank: Record<Light, number> = { red: 3, yellow: 2, green: 1, blue: 0 };

export const unreadable = (project: string, prep: PreparedIndicator, value: string, date: IsoDate, reason: string, source: Actual['source']): Problem =>
  ({ severity: 'error', code: 'actual-unreadable', projectId: prep.indicator.projectId, source,
    message: `项目${quoted(project)}指标“${prep.indicator.level3}”的实际值“${value}”（${date}）：${reason}` });

interface BadRow { actual: Actual; prep: PreparedIndicator; reason: string }
const badRowCache = new WeakMap<object, { preps: PreparedIndicator[]; ruleSet: string; rows: BadRow[] }>();

/**
 * Every recorded actual that cannot be read against the target of its own half-year, whatever the
 * as-of date: a superseded or later bad row is not judged, but must never disappear silently.
 * Independent of asOf, so scanned once per dataset and rule set.
 */
function unreadableRows(data: Dataset, preps: PreparedIndicator[], actualsBy: Map<string, Actual[]>, settings: Settings): BadRow[] {
  const hit = badRowCache.get(data.actuals);
  if (hit && hit.preps === preps && hit.ruleSet === settings.ruleSet) return hit.rows;
  const rows: BadRow[] = [];
  for (const prep of preps)
    for (const actual of actualsBy.get(prep.indicator.id) ?? []) {
      const read = readActualIn(prep, actual.value, actual.date.slice(5, 7) <= '06' ? 'H1' : 'FY', settings);
      if (read?.kind === 'error') rows.push({ actual, prep, reason: read.reason });
    }
  badRowCache.set(data.actuals, { preps, ruleSet: settings.ruleSet, rows });
  return rows;
}

/** Options of a report: a monitoring round's first day (its period runs periodStart..asOf, domain.md §5). */
export interface ReportOptions { periodStart?: IsoDate }

/**
 * Judges every indicator at asOf. With opts.periodStart the report is a monitoring round's: an
 * indicator whose latest actual is dated before periodStart is 待填报 for the round, that actual
 * kept on its judgement as `previous`. Without it an actual older than settings.staleAfterDays is
 * judged but marked `stale`.
 */
export function buildReport(data: Dataset, asOf: IsoDate, settings: Settings, opts: ReportOptions = {}): Report {
  const d = parseIsoDate(asOf);
  if (!d) throw new RangeError(`日期“${asOf}”不是有效的 YYYY-MM-DD 日期`);
  const periodStart = opts.periodStart;
  if (periodStart !== undefined && !parseIsoDate(periodStart)) throw new RangeError(`日期“${periodStart}”不是有效的 YYYY-MM-DD 日期`);
  const actualsBy = grouped<Actual>(data.actuals, (a) => a.indicatorId);
  const spendBy = grouped<Spend>(data.spend, (s) => s.projectId);

  const summaries = new Map<string, ProjectSummary>();
  // Each project is judged on its own 年度's calendar (a 2023 project seen in 2024 is at its year end).
  const dayOf = new Map<string, YMD>();
  for (const p of data.projects) {
    const dp = dayInYear(d, p.year);
    dayOf.set(p.id, dp);
    const budget = budgetExecution(p, spendBy.get(p.id) ?? [], asOf, dp, settings);
    summaries.set(p.id, { projectId: p.id, name: p.name, budget, counts: emptyCounts(), worst: 'met' });
  }

  const problems: Problem[] = [];
  const judgements: Judgement[] = [];
  const preps = prepared(data, settings);
  const reported = new Set<Actual>();
  for (const prep of preps) {
    const ind = prep.indicator;
    const summary = summaries.get(ind.projectId);
    const actual = latestOnOrBefore(actualsBy.get(ind.id), asOf);
    let obs: Observation | null = actual;
    const budget = summary?.budget;
    // One execution rate (domain.md §3): with spend records up to asOf, the 预算执行率 row is the
    // spend's rate, written as every other view writes it; a recorded figure counts only without spend.
    if (prep.budgetExecution && budget?.rateSource === 'spend' && budget.executionRate !== null && budget.spentDate)
    {
      // The unit's own words on a figure of that date (偏差原因, 完成可能性, 备注) stay with the row.
      const words = actual?.date === budget.spentDate ? actual : undefined;
      obs = { date: budget.spentDate, value: executionRateText(budget.executionRate), derivedFromSpend: true,
        reason: words?.reason, likelihood: words?.likelihood, note: words?.note };
    }
    const dp = dayOf.get(ind.projectId) ?? d;
    let round: RoundContext | undefined;
    if (periodStart !== undefined) {
      // A figure dated before the round's period is the previous round's: context, not this round's value.
      const before = obs && obs.date < periodStart ? obs : null;
      round = { periodStart, previous: before };
      if (before) obs = null;
    }
    const j = judgeIndicator(prep, obs, asOf, dp, settings, round);
    // Without spend records the project's rate is its recorded 预算执行率 (the first such indicator's).
    if (prep.budgetExecution && budget && j.actual !== null && j.unit === '%' && !j.derivedFromSpend && j.actualDate)
      useReportedRate(budget, j.actual / 100, j.actualDate, settings);
    judgements.push(j);
    if (j.actualError) {
      problems.push(unreadable(summary?.name ?? ind.projectId, prep, j.actualText ?? '', j.actualDate ?? '', j.actualError, actual?.source));
      if (actual) reported.add(actual);
    }
    if (!summary) continue;
    summary.counts[j.status]++;
    if (statusSeverity[j.status] > statusSeverity[summary.worst]) summary.worst = j.status;
    if (j.light && (!summary.light || lightRank[j.light] > lightRank[summary.light])) summary.light = j.light;
    // The project's own target at asOf (the lights judge 预算执行率 by 序时进度 instead, so not j.expected).
    if (prep.budgetExecution && budget && budget.targetRate === null) {
      const own = expectationAt(prep.model, prep.h1, prep.fy, dp, settings.timeProgress);
      if (own.expected !== null && /%/.test(own.unit)) budget.targetRate = own.expected / 100;
    }
  }
  for (const bad of unreadableRows(data, preps, actualsBy, settings))
    if (!reported.has(bad.actual))
      problems.push(unreadable(summaries.get(bad.actual.projectId)?.name ?? bad.actual.projectId, bad.prep, bad.actual.value, bad.actual.date, bad.reason, bad.actual.source));
  return { asOf, settings, judgements, projects: [...summaries.values()], warnings: [...crossCheckCached(data), ...problems] };
}

/**
 * The latest date that has data (actuals or spend), for the default as-of date. Loading refuses
 * dates outside 1900–2100, but data kept by an older version may hold one (9999-12-31): it must
 * not move the report date, so such a date is skipped here.
 */
export function latestDataDate(data: Dataset): IsoDate | null {
  let latest: IsoDate | null = null;
  const consider = (date: IsoDate) => {
    if ((!latest || date > latest) && isPlausibleYear(Number(date.slice(0, 4))) && date[4] === '-') latest = date;
  };
  for (const r of data.actuals) if (r.value !== '') consider(r.date);
  for (const r of data.spend) consider(r.date);
  return latest;
}

/** The year the data is about: the most common project 年度 (a tie goes to the later year), else the year of the latest record. */
export function dataYear(data: Dataset, latest: IsoDate | null): number | null {
  const counts = new Map<number, number>();
  for (const p of data.projects) if (p.year != null) counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [year, n] of counts) {
    if (n > bestCount || (n === bestCount && best != null && year > best)) [best, bestCount] = [year, n];
  }
  if (best != null) return best;
  return latest ? Number(latest.slice(0, 4)) : null;
}

/**
 * The date a report opens on: the latest actual/spend date; with no records, the end of the data's
 * year (or today while that year is still running, 1 January before it starts); with no data, today.
 */
export function defaultAsOf(latest: IsoDate | null, year: number | null, today: IsoDate): IsoDate {
  if (latest) return latest;
  if (year == null) return today;
  const end = `${year}-12-31`;
  return end < today ? end : today.startsWith(`${year}-`) ? today : `${year}-01-01`;
}

/** defaultAsOf of a dataset: the app's opening date and the CLI's date without --as-of. */
export function defaultReportDate(data: Dataset, today: IsoDate): IsoDate {
  const latest = latestDataDate(data);
  return defaultAsOf(latest, dataYear(data, latest), today);
}
