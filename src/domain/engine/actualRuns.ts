// Which recorded actuals belong to which indicator, without an array per indicator: the indicators'
// ids indexed once (the engine's indexOf shares the table), then the actuals counting-sorted by their
// indicator and each short run sorted by date in place. Tables list an indicator's actuals together
// and in the indicators' order, so each actual is first matched against the indicator the previous
// one matched (or the next few): a string comparison instead of a hash lookup of a fresh string.
import type { Dataset } from '../types';
import { digitsKey } from './spend';

/**
 * The indicators' ids as an open-addressing hash table of row numbers (no Map of 300,000 entries,
 * whose growth alone costs more than the rest of the indexing): `find` gives an id's last row,
 * `firstOf` each row's first row with the same id (the rows of a repeated id share their actuals).
 */
export class IndicatorIds {
  readonly firstOf: Int32Array;
  /** Distinct ids (less than the rows when ids repeat). */
  readonly size: number = 0;
  private readonly slots: Int32Array; // last row + 1 of the id hashed there, 0 empty
  private readonly mask: number;

  constructor(private readonly rows: readonly { id: string }[]) {
    const n = rows.length;
    this.firstOf = new Int32Array(n);
    let capacity = 16;
    while (capacity < 2 * n) capacity *= 2;
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < n; i++) {
      const id = rows[i].id;
      let h = hash(id) & this.mask;
      for (;;) {
        const at = this.slots[h];
        if (at === 0) {
          this.slots[h] = i + 1;
          this.firstOf[i] = i;
          this.size++;
          break;
        }
        if (rows[at - 1].id === id) {
          this.slots[h] = i + 1;
          this.firstOf[i] = this.firstOf[at - 1];
          break;
        }
        h = (h + 1) & this.mask;
      }
    }
  }

  /** The last row of `id`, or -1. */
  find(id: string): number {
    let h = hash(id) & this.mask;
    for (let at = this.slots[h]; at !== 0; at = this.slots[h]) {
      if (this.rows[at - 1].id === id) return at - 1;
      h = (h + 1) & this.mask;
    }
    return -1;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** How far past the last matched indicator an actual is looked for before the map is asked (indicators without actuals). */
const LOOK_AHEAD = 4;

/**
 * The actuals of each indicator id in date order (stable, blank values left out). Indicator i's run is
 * order[runStart[g] .. runStart[g + 1]) with g = ids.firstOf[i].
 */
export function actualRuns(data: Dataset, ids: IndicatorIds): { order: Int32Array; runStart: Int32Array } {
  const { indicators, actuals } = data;
  const n = indicators.length;
  const of = new Int32Array(actuals.length);
  const runStart = new Int32Array(n + 1);
  let cur = -1;
  for (let k = 0; k < actuals.length; k++) {
    const a = actuals[k];
    of[k] = -1;
    if (a.value === '') continue;
    const id = a.indicatorId;
    if (cur < 0 || indicators[cur].id !== id) {
      let next = -1;
      for (let x = cur + 1; x <= cur + LOOK_AHEAD && x < n; x++) if (indicators[x].id === id) { next = x; break; }
      if (next < 0) next = ids.find(id);
      if (next < 0) continue;
      cur = next;
    }
    const g = ids.firstOf[cur];
    of[k] = g;
    runStart[g + 1]++;
  }
  for (let g = 0; g < n; g++) runStart[g + 1] += runStart[g];
  const fill = runStart.slice(0, n);
  const order = new Int32Array(runStart[n]);
  for (let k = 0; k < actuals.length; k++) if (of[k] >= 0) order[fill[of[k]]++] = k;
  // Insertion sort of each run by date (runs are a few actuals long, usually in order already);
  // strict comparison keeps it stable. A run is first checked for order on its dates as numbers:
  // loaded dates are two-byte strings, several times slower to compare as text.
  for (let g = 0; g < n; g++) {
    if (inOrder(actuals, order, runStart[g], runStart[g + 1])) continue;
    for (let x = runStart[g] + 1; x < runStart[g + 1]; x++) {
      const k = order[x], date = actuals[k].date;
      let y = x - 1;
      while (y >= runStart[g] && actuals[order[y]].date > date) { order[y + 1] = order[y]; y--; }
      order[y + 1] = k;
    }
  }
  return { order, runStart };
}

/** Whether actuals order[from .. to) are in date order, their dates all written as digits (./spend digitsKey). */
function inOrder(actuals: Dataset['actuals'], order: Int32Array, from: number, to: number): boolean {
  let prev = -Infinity;
  for (let x = from; x < to; x++) {
    const key = digitsKey(actuals[order[x]].date);
    if (!(key >= prev)) return false;
    prev = key;
  }
  return true;
}
