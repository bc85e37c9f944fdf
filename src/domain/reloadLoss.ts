// What a load would take away from the data already there: a project loaded again replaces its
// indicators wholesale (io/merge), so a table cut short after its header leaves the project without
// them and its recorded actuals pointing at nothing. The app asks before applying such a load; this
// compares the dataset before and after to give it the counts, per project.
import type { Dataset } from './types';

export interface ProjectLoss {
  projectId: string;
  /** The project's name after the load (as the user will see it). */
  name: string;
  indicatorsBefore: number;
  indicatorsAfter: number;
  /** Ids of the project's indicators that the load removes, in the order they were. */
  droppedIds: string[];
  /** Actuals of the project whose indicator the load removes (they are kept, but count for nothing). */
  orphanedActuals: number;
}

/**
 * The projects of `before` that lose indicators in `after`, in the order of `before`'s projects.
 * A project absent from `after` counts all its indicators as dropped. Linear in both datasets.
 */
export function reloadLoss(before: Dataset, after: Dataset): ProjectLoss[] {
  // Fast path: the load left every indicator as it was (actuals/spend only, or new projects).
  if (after.indicators === before.indicators) return [];
  const kept = new Map<string, Set<string>>();
  for (const i of after.indicators) {
    const ids = kept.get(i.projectId);
    if (ids) ids.add(i.id);
    else kept.set(i.projectId, new Set([i.id]));
  }
  const losses = new Map<string, ProjectLoss>();
  const beforeCount = new Map<string, number>();
  const dropped = new Set<string>();
  for (const i of before.indicators) {
    beforeCount.set(i.projectId, (beforeCount.get(i.projectId) ?? 0) + 1);
    if (kept.get(i.projectId)?.has(i.id)) continue;
    dropped.add(`${i.projectId}\u0001${i.id}`);
    const loss = losses.get(i.projectId);
    if (loss) loss.droppedIds.push(i.id);
    else losses.set(i.projectId, { projectId: i.projectId, name: '', indicatorsBefore: 0, indicatorsAfter: 0, droppedIds: [i.id], orphanedActuals: 0 });
  }
  if (!losses.size) return [];
  for (const a of after.actuals) {
    if (dropped.has(`${a.projectId}\u0001${a.indicatorId}`)) losses.get(a.projectId)!.orphanedActuals++;
  }
  const names = new Map(after.projects.map((p) => [p.id, p.name]));
  const order = new Map(before.projects.map((p, n) => [p.id, n]));
  for (const p of before.projects) if (!names.has(p.id)) names.set(p.id, p.name);
  return [...losses.values()]
    .map((l) => ({
      ...l,
      name: names.get(l.projectId) ?? l.projectId,
      indicatorsBefore: beforeCount.get(l.projectId) ?? 0,
      indicatorsAfter: kept.get(l.projectId)?.size ?? 0,
    }))
    .sort((a, b) => (order.get(a.projectId) ?? order.size) - (order.get(b.projectId) ?? order.size));
}
