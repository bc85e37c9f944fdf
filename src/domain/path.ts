// The expected path of an indicator through its year, and its dated actuals in the same unit: what
// a trend chart draws. Every point comes from the judge's own pieces (prepareIndicator,
// expectationAt, lightFor), so the path on any day is the expected value the judge uses that day:
// a stepped line for a level target (半年 threshold up to 30 June, 全年 after), a ramp for a
// cumulative one (0 on 1 January → 半年 on 30 June → 全年 on 31 December), the pro-rated standard
// under the 一体化系统 lights.
import type { Actual, Indicator, IsoDate, Project, ProgressModel, Spend } from './types';
import type { Settings } from './settings';
import type { Direction } from './judge/types';
import type { ParsedTarget } from './target/types';
import { convert } from './target';
import { actualOf } from './judge/memo';
import { prepareIndicator, type PreparedIndicator } from './judge/evaluate';
import { expectationAt } from './judge/expected';
import { isNotProRated, lightFor } from './judge/pmkpi';
import { h1InFyUnit } from './judge/model';
import { byDate, dayOfYear, daysInMonth, parseIsoDate, timeProgress, toIso, type YMD } from './calendar';
import { latestSpend } from './budget';
import { isWholeUnit } from './judge/wholeUnits';

export interface PathPoint { date: IsoDate; value: number }

export interface DatedActual {
  date: IsoDate;
  text: string;
  /** In the path's unit; null for a qualitative or unreadable actual. */
  value: number | null;
  /** Derived from spend records (预算执行率 without recorded actuals). */
  derived?: boolean;
  reason?: string;
  likelihood?: string;
}

/** Everything a trend or bullet chart needs about one quantitative indicator, in one unit. */
export interface IndicatorTrack {
  indicatorId: string;
  model: ProgressModel;
  direction: Direction | null;
  unit: string;
  /** The 半年 and 全年 target values in `unit` (null when not a number, e.g. 序时进度). */
  h1: number | null;
  fy: number | null;
  /** Breakpoints of the expected path; linear between consecutive points. */
  points: PathPoint[];
  actuals: DatedActual[];
  /** Judged in percentage points (预算执行率, 资金到位率). */
  progressRate: boolean;
  budgetExecution: boolean;
  /** Pro-rated by 序时进度 under the 一体化系统 lights (正向 quantity/benefit/satisfaction). */
  proRated: boolean;
}

/** Unit the path is drawn in: the 全年 target's, else the 半年 target's, % for 序时进度. */
function pathUnit(p: PreparedIndicator): string | null {
  if (p.fy.kind === 'quantity') return p.fy.unit;
  if (p.h1.kind === 'quantity') return p.h1.unit;
  if (p.fy.kind === 'timeProgress' || p.h1.kind === 'timeProgress') return '%';
  return null;
}

const lightsApply = (p: PreparedIndicator, s: Settings) => s.ruleSet === 'pmkpi' && p.direction !== null;

/** The expected value the judge uses on day d, and its unit (null for qualitative/unparsed). */
export function expectedOn(p: PreparedIndicator, d: YMD, settings: Settings): { value: number; unit: string } | null {
  if (lightsApply(p, settings)) {
    const tp = timeProgress(d, settings.timeProgress);
    const lv = lightFor(p.indicator, p.fy, 0, p.direction!, p.budgetExecution, tp, settings.lights);
    if (lv) return { value: lv.expected, unit: p.budgetExecution || p.fy.kind !== 'quantity' ? '%' : p.fy.unit };
  }
  const e = expectationAt(p.model, p.h1, p.fy, d, settings.timeProgress);
  return e.expected === null ? null : { value: e.expected, unit: e.unit };
}

/**
 * Days where the path may bend: 1 Jan, the two sides of 30 June / 1 July, 31 Dec, and each month's
 * last day and the day before it (the month-based 序时进度 steps there). Between two consecutive
 * candidates every expected value is linear in the day of the year.
 */
function candidates(year: number): YMD[] {
  const out: YMD[] = [{ year, month: 1, day: 1 }, { year, month: 7, day: 1 }];
  for (let month = 1; month <= 12; month++) {
    const last = daysInMonth(year, month);
    out.push({ year, month, day: last - 1 }, { year, month, day: last });
  }
  return out.sort((a, b) => dayOfYear(a) - dayOfYear(b));
}

/** Every day of the year: a count in whole units steps on the days its rounded-down value changes. */
function everyDay(year: number): YMD[] {
  const out: YMD[] = [];
  for (let month = 1; month <= 12; month++)
    for (let day = 1; day <= daysInMonth(year, month); day++) out.push({ year, month, day });
  return out;
}

/** Drops points that lie on the line through their neighbours (the path stays exact). */
function simplify(points: { x: number; date: IsoDate; value: number }[]): PathPoint[] {
  const kept: typeof points = [];
  for (const pt of points) {
    while (kept.length >= 2) {
      const [a, b] = [kept[kept.length - 2], kept[kept.length - 1]];
      const onLine = Math.abs((b.value - a.value) * (pt.x - a.x) - (pt.value - a.value) * (b.x - a.x)) < 1e-9 * Math.max(1, Math.abs(pt.value));
      if (!onLine) break;
      kept.pop();
    }
    kept.push(pt);
  }
  return kept.map(({ date, value }) => ({ date, value }));
}

function inUnit(value: number, from: string, to: string): number | null {
  return from === to ? value : convert(value, from, to);
}

/** The expected path through `year`, in the path unit; [] for a qualitative or unparsed target. */
export function expectedPath(p: PreparedIndicator, year: number, settings: Settings): PathPoint[] {
  const unit = pathUnit(p);
  if (unit === null) return [];
  const raw: { x: number; date: IsoDate; value: number }[] = [];
  for (const d of isWholeUnit(unit) && p.model === 'cumulative' ? everyDay(year) : candidates(year)) {
    const e = expectedOn(p, d, settings);
    const v = e && inUnit(e.value, e.unit, unit);
    if (v != null) raw.push({ x: dayOfYear(d), date: toIso(d), value: v });
  }
  return simplify(raw);
}

/** The path's value on a date: linear between breakpoints; null outside the path. */
export function pathValueAt(points: PathPoint[], date: IsoDate): number | null {
  const d = parseIsoDate(date);
  if (!d || !points.length) return null;
  const x = dayOfYear(d);
  const year = d.year;
  let prev: { x: number; value: number } | null = null;
  for (const pt of points) {
    const pd = parseIsoDate(pt.date)!;
    if (pd.year !== year) return null;
    const px = dayOfYear(pd);
    if (px === x) return pt.value;
    if (px > x) return prev ? prev.value + ((pt.value - prev.value) * (x - prev.x)) / (px - prev.x) : null;
    prev = { x: px, value: pt.value };
  }
  return null;
}

/** The target an actual dated d is read against, as the judge reads it. */
function readAgainst(p: PreparedIndicator, d: YMD, settings: Settings): ParsedTarget {
  const applied = expectationAt(p.model, p.h1, p.fy, d, settings.timeProgress).applied;
  return settings.ruleSet === 'pmkpi' && p.fy.kind === 'quantity' && applied.kind !== 'qualitative' ? p.fy : applied;
}

/** An indicator's recorded actuals, oldest first, read into the path unit. */
export function datedActuals(p: PreparedIndicator, actuals: Actual[], settings: Settings): DatedActual[] {
  const unit = pathUnit(p);
  return actuals
    .filter((a) => a.indicatorId === p.indicator.id && parseIsoDate(a.date))
    .sort(byDate)
    .map((a) => {
      const against = readAgainst(p, parseIsoDate(a.date)!, settings);
      const parsed = actualOf(a.value, against);
      const from = against.kind === 'quantity' ? against.unit : '%';
      const value = parsed.kind === 'number' && unit !== null ? inUnit(parsed.value, from, unit) : null;
      return { date: a.date, text: a.value, value, reason: a.reason, likelihood: a.likelihood };
    });
}

/** Execution rate (%) at each spend date, as the report derives 预算执行率 from spend. */
export function spendRates(project: Project, spend: Spend[]): DatedActual[] {
  const total = project.funds.total;
  if (!total) return [];
  const mine = spend.filter((s) => s.projectId === project.id);
  const dates = [...new Set(mine.map((s) => s.date))].sort();
  return dates.flatMap((date) => {
    const { spent } = latestSpend(mine, date);
    if (spent === null) return [];
    const value = Math.round((spent / total) * 10000) / 100;
    return [{ date, text: `${value}%`, value, derived: true }];
  });
}

/**
 * The track of one indicator: its expected path through `year` and its dated actuals. A 预算执行率
 * also takes the execution rates of the spend records on dates with no recorded figure, as the
 * report does. Null for a qualitative or unparsed indicator (nothing to draw).
 */
export function indicatorTrack(
  indicator: Indicator, actuals: Actual[], year: number, settings: Settings, spend?: { project: Project; records: Spend[] },
): IndicatorTrack | null {
  const p = prepareIndicator(indicator, settings);
  const unit = pathUnit(p);
  if (unit === null) return null;
  let dated = datedActuals(p, actuals, settings);
  if (p.budgetExecution && spend && unit === '%') {
    // As the report: spend counts where it is newer than the recorded figure (a tie goes to the recorded one).
    const recorded = new Set(dated.map((a) => a.date));
    dated = [...dated, ...spendRates(spend.project, spend.records).filter((r) => !recorded.has(r.date))]
      .sort(byDate);
  }
  const value = (t: ParsedTarget) => (t.kind === 'quantity' ? inUnit(t.value, t.unit, unit) : null);
  return {
    indicatorId: indicator.id, model: p.model, direction: p.direction, unit,
    h1: p.h1.kind === 'quantity' && p.fy.kind === 'quantity' ? h1InFyUnit(p.h1, p.fy) : value(p.h1),
    fy: value(p.fy),
    points: expectedPath(p, year, settings), actuals: dated,
    progressRate: p.progressRate, budgetExecution: p.budgetExecution, proRated: p.direction === 'positive' && !isNotProRated(indicator),
  };
}
