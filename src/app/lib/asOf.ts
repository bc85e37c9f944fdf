// The as-of date (截至日期) in the browser: validation and date-picker conversions. The data's year
// and the default date are domain rules (domain/report dataYear, defaultAsOf); the shortcut dates
// are domain/calendar.reportDates.
import type { IsoDate } from '../../domain/types';
import { parseIsoDate } from '../../domain/calendar';

/** A real calendar date written `YYYY-MM-DD` (rejects 2024-02-30). */
export const isIsoDate = (value: unknown): value is IsoDate => typeof value === 'string' && parseIsoDate(value) !== null;

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
