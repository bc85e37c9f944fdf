// Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC days so that time zones never shift a
// report date. The three anchors of domain.md §3: 1 January, 30 June (半年), 31 December (全年).
import type { IsoDate } from './types';
import type { TimeProgressBasis } from './settings';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86_400_000;

export interface YMD { year: number; month: number; day: number }

/** Years a monitoring record can be dated in: wide enough for any real table, narrow enough to catch slips (0999, 9999). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const isPlausibleYear = (year: number) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/** Parses a strict ISO date; null for anything else, including impossible dates (2023-02-29). */
export function parseIsoDate(text: string): YMD | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return { year, month, day };
}

export const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
export const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);
export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The day a project of `year` is judged on at as-of date d: d itself within the project's year,
 * 31 December of it once that year is over (its 全年 targets and a full 序时进度 apply), 1 January
 * of it before it has begun. Without a year, d.
 */
export function dayInYear(d: YMD, year: number | null | undefined): YMD {
  if (year == null || !Number.isInteger(year) || year === d.year) return d;
  return year < d.year ? { year, month: 12, day: 31 } : { year, month: 1, day: 1 };
}

/** 1 for 1 January … 365/366 for 31 December. */
export function dayOfYear({ year, month, day }: YMD): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / DAY) + 1;
}

/** Day-of-year of 30 June: 181, or 182 in a leap year. */
export const midYearDay = (year: number) => dayOfYear({ year, month: 6, day: 30 });

/** The 半年 target applies up to and including 30 June, the 全年 target after. */
export const isFirstHalf = (d: YMD) => d.month <= 6;

/**
 * 序时进度 at a date, as a fraction. Day basis: days elapsed (the date itself included) / days in
 * the year, so 31 Dec → 1. Month basis: completed months / 12, where a month counts once its last
 * day is reached (31 Jul → 7/12, 15 Jul → 6/12).
 */
export function timeProgress(d: YMD, basis: TimeProgressBasis): number {
  if (basis === 'day') return dayOfYear(d) / daysInYear(d.year);
  return completedMonths(d) / 12;
}

export function completedMonths(d: YMD): number {
  return d.day >= daysInMonth(d.year, d.month) ? d.month : d.month - 1;
}

/**
 * Share of the way along the cumulative path: the fraction of the first half elapsed (0 on 1 Jan,
 * 1 on 30 Jun) or of the second half (0 on 30 Jun, 1 on 31 Dec).
 */
export function halfYearFraction(d: YMD): { half: 'H1' | 'H2'; fraction: number } {
  const doy = dayOfYear(d);
  const mid = midYearDay(d.year);
  if (doy <= mid) return { half: 'H1', fraction: (doy - 1) / (mid - 1) };
  return { half: 'H2', fraction: (doy - mid) / (daysInYear(d.year) - mid) };
}

export const toIso = ({ year, month, day }: YMD): IsoDate =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** `2024-06-30` → `2024年6月30日`; any other text unchanged. */
export function chineseDate(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Oldest first, for sorting dated records. */
export const byDate = (a: { date: IsoDate }, b: { date: IsoDate }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The report dates users pick most: 一季度末, 半年, 1–7月, 三季度末, 全年. */
export function reportDates(year: number): { key: string; label: string; date: IsoDate }[] {
  return [
    { key: 'q1', label: '一季度末', date: `${year}-03-31` },
    { key: 'h1', label: '半年', date: `${year}-06-30` },
    { key: 'jul', label: '1–7月', date: `${year}-07-31` },
    { key: 'q3', label: '三季度末', date: `${year}-09-30` },
    { key: 'fy', label: '全年', date: `${year}-12-31` },
  ];
}
