// The as-of date (截至日期): validation, the data's year, the default date, picker conversions.
// Pure, so the header and tests share it. The shortcut dates are domain/calendar.reportDates.
import type { Dataset, IsoDate } from '../../domain/types';
import { parseIsoDate } from '../../domain/calendar';

/** A real calendar date written `YYYY-MM-DD` (rejects 2024-02-30). */
export const isIsoDate = (value: unknown): value is IsoDate => typeof value === 'string' && parseIsoDate(value) !== null;

/** The year the data is about: the most common project 年度, else the year of the latest record. */
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
 * year (or today while that year is still running); with no data at all, today.
 */
export function defaultAsOf(latest: IsoDate | null, year: number | null, today: IsoDate): IsoDate {
  if (latest) return latest;
  if (year == null) return today;
  const end = `${year}-12-31`;
  return end < today ? end : today.startsWith(`${year}-`) ? today : `${year}-01-01`;
}

/** Local calendar date of a Date as ISO (date pickers hand back local midnight). */
export function toIsoDate(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local-midnight Date of an ISO date, for pickers. */
export function fromIsoDate(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y, m - 1, d);
}
