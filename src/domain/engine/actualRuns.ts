// Which recorded actuals belong to which indicator, without an array per indicator: the indicators'
// ids indexed once (the engine's indexOf shares the map), then the actuals counting-sorted by their
// indicator and each short run sorted by date in place. Tables list an indicator's actuals together
// and in the indicators' order, so each actual is first matched against the indicator the previous
// one matched (or the next few): a string comparison instead of a hash lookup of a fresh string.
import type { Dataset } from '../types';

export interface IndicatorIds {
  /** Indicator id → index of its last row (a repeated id is one id on several rows). */
  index: Map<string, number>;
  /** Per indicator row, the index of the first row with its id: the rows of one id share their actuals. */
  firstOf: Int32Array;
}

export function indicatorIds(data: Dataset): IndicatorIds {
  const indicators = data.indicators;
  const index = new Map<string, number>();
  const firstOf = new Int32Array(indicators.length);
  for (let i = 0; i < indicators.length; i++) {
    const id = indicators[i].id;
    const seen = index.get(id);
    index.set(id, i);
    firstOf[i] = seen === undefined ? i : firstOf[seen];
  }
  return { index, firstOf };
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
      if (next < 0) next = ids.index.get(id) ?? -1;
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
  // strict comparison keeps it stable.
  for (let g = 0; g < n; g++) {
    for (let x = runStart[g] + 1; x < runStart[g + 1]; x++) {
      const k = order[x], date = actuals[k].date;
      let y = x - 1;
      while (y >= runStart[g] && actuals[order[y]].date > date) { order[y + 1] = order[y]; y--; }
      order[y + 1] = k;
    }
  }
  return { order, runStart };
}
