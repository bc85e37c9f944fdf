// Each project's budget execution at a date, as buildReport computes it (budgetExecution), with its
// latest spend and what it says (spendFacts) found once per number of records dated on or before the date: a project's records
// are in date order, so that number says which records count, and a new date usually counts the
// same ones as a date seen before (spend is reported monthly or quarterly). The records' dates are
// compared as yyyymmdd numbers: loaded text is often two-byte (a line with Chinese in it), and
// comparing such a string with the date asked is many times slower than comparing numbers. The
// rate text of its 预算执行率 rows, how that text reads and the date it is of are kept with it.
import type { IsoDate, Project, Spend } from '../types';
import type { Settings } from '../settings';
import type { BudgetExecution } from '../report.types';
import type { PreparedIndicator } from '../judge/evaluate';
import { atTimeProgress, executionRateText, latestSpend, spendFacts } from '../budget';
import type { ReadingMemo, Reading, Readings } from './readings';

/** Per project, its spend records (a new array after an edit), their dates as numbers and spendFacts per number of records counted. */
interface Memo { records: Spend[]; keys: Float64Array | null; byCount: (BudgetExecution | undefined)[] }

/** yyyymmdd of a date written as exactly 4+2+2 digits with dashes (then numbers order as the texts do), else NaN. */
export function digitsKey(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

/** The records' dates as numbers, or null when one is not written as digits (those are compared as text). */
function keysOf(records: Spend[]): Float64Array | null {
  const keys = new Float64Array(records.length);
  for (let x = 0; x < records.length; x++) if ((keys[x] = digitsKey(records[x].date)) !== keys[x]) return null;
  return keys;
}

/**
 * Project k's rate text, how it reads on its 预算执行率 row of schedule s (one row a project, usually),
 * and the date of that spend: a few per project (one per number of records counted), so switching
 * back to a date counting the same records finds them.
 */
interface RateRow { rate: number; text: string; s: number; readings: Readings | undefined }
interface SpentOn<D> { iso: string; date: D }

/** Rates and dates kept per project (more only after many edits of its spend). */
const KEPT = 16;

export class SpendMemo {
  private readonly memos: (Memo | undefined)[] = [];
  private readonly rates: RateRow[][] = [];
  private readonly spent: SpentOn<unknown>[][] = [];

  /**
   * Project k's budget execution at asOf (asOfKey its yyyymmdd) with 序时进度 tp; `records` is its
   * spend in date order (a new array after an edit).
   */
  execution(k: number, project: Project, records: Spend[], asOf: IsoDate, asOfKey: number, tp: number, settings: Settings): BudgetExecution {
    let memo = this.memos[k];
    if (!memo || memo.records !== records) this.memos[k] = memo = { records, keys: keysOf(records), byCount: [] };
    let count = records.length;
    const keys = memo.keys;
    if (keys && asOfKey === asOfKey) while (count > 0 && keys[count - 1] > asOfKey) count--;
    else while (count > 0 && records[count - 1].date > asOf) count--;
    const facts = (memo.byCount[count] ??= spendFacts(project, latestSpend(records, asOf)));
    return atTimeProgress(facts, tp, settings);
  }

  /** How project k's spend rate reads on its 预算执行率 row p (schedule s) in half 0 or 1: its executionRateText read as an actual. */
  rateReading(k: number, rate: number, readings: ReadingMemo, p: PreparedIndicator, s: number, half: 0 | 1): Reading {
    const rows = (this.rates[k] ??= []);
    let row = rows.find((r) => r.rate === rate);
    if (!row) rows.push((row = { rate, text: executionRateText(rate), s: -1, readings: undefined }));
    if (rows.length > KEPT) rows.shift();
    if (row.s !== s) row.readings = readings.both(p, (row.s = s), row.text);
    return row.readings![half];
  }

  /** dateOf(on, iso) for project k's spend date, kept while it is the same text. */
  spentOn<C, D>(k: number, iso: string, dateOf: (on: C, iso: string) => D, on: C): D {
    const hits = (this.spent[k] ??= []) as SpentOn<D>[];
    let hit = hits.find((h) => h.iso === iso);
    if (!hit) hits.push((hit = { iso, date: dateOf(on, iso) }));
    if (hits.length > KEPT) hits.shift();
    return hit.date;
  }
}
