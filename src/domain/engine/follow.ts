// An edited data set followed by the engine without a rebuild: a monitoring round's edit gives a new
// Dataset whose projects and indicators are the same arrays and whose actuals or spend differ in a
// few places. The arrays are compared from both ends (by record identity, so a 600,000-record list
// costs one linear scan of pointers), and only the indicators and projects in the differing middle
// are re-judged (./update). Anything else — new projects or indicators, many changes, duplicate
// ids — asks for a rebuild, which is always correct.
import type { Dataset } from '../types';
import type { Engine } from './index';

/** The records of the differing middle of two arrays (after the common prefix and suffix), or null when more than `limit`. */
function changed<T>(before: readonly T[], after: readonly T[], limit: number): T[] | null {
  if (before === after) return [];
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const gone = before.slice(head, before.length - tail);
  const added = after.slice(head, after.length - tail);
  return gone.length + added.length > limit ? null : [...gone, ...added];
}

/**
 * Brings `engine` (built on `from`, judged at a date) to the data set `to`. Returns false, changing
 * nothing, when the edit is not a few actuals or spend records: then build a new engine.
 */
export function followEdit(engine: Engine, from: Dataset, to: Dataset, limit = 64): boolean {
  if (!engine.asOf || engine.columns.data !== from || from.projects !== to.projects || from.indicators !== to.indicators) return false;
  if (engine.distinctIndicatorIds !== to.indicators.length) return false; // duplicate indicator ids: one id, several rows
  const actuals = changed(from.actuals, to.actuals, limit);
  const spend = changed(from.spend, to.spend, limit);
  if (!actuals || !spend) return false;
  const indicatorIds = new Set(actuals.map((a) => a.indicatorId));
  const projectIds = new Set(spend.map((s) => s.projectId));
  for (const id of indicatorIds) engine.setActuals(id, to.actuals.filter((a) => a.indicatorId === id));
  for (const id of projectIds) engine.setSpend(id, to.spend.filter((s) => s.projectId === id));
  // The data's cross-checks (warnings) are of the data set as it is now.
  engine.columns.data = to;
  return true;
}
