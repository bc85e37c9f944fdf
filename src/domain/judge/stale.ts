// Stale actuals (domain.md §3): the latest actual on or before the as-of date is judged, but one
// dated more than `staleAfterDays` before it is marked 过期 and shown with its date, so that an old
// June figure never passes for a July one.
import type { IsoDate } from '../types';
import { parseIsoDate, type YMD } from '../calendar';

const DAY = 86_400_000;
const utc = (d: YMD) => Date.UTC(d.year, d.month - 1, d.day);

/** Whole days from `date` to the day judged on; null for a date that is not one. */
export function daysBefore(date: IsoDate, judgedOn: YMD): number | null {
  const d = parseIsoDate(date);
  return d ? Math.round((utc(judgedOn) - utc(d)) / DAY) : null;
}

/** More than `afterDays` days before the day judged on (31 days: 30 June is still current on 31 July, stale on 1 August). */
export function isStale(date: IsoDate, judgedOn: YMD, afterDays: number): boolean {
  const days = daysBefore(date, judgedOn);
  return days !== null && days > afterDays;
}

