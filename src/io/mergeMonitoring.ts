// The monitoring round's part of a merge: rounds replace by id, forms by round + project, and
// history entries not already kept are appended (loading the same export twice adds nothing).
import type { ChangeEntry, Dataset, ProjectForm, Round } from '../domain/types';

export type Monitoring = Pick<Dataset, 'rounds' | 'forms' | 'history'>;

export function mergeMonitoring(kept: Monitoring, incoming: Required<Monitoring>): Monitoring {
  const out: Monitoring = { rounds: kept.rounds, forms: kept.forms, history: kept.history };
  if (incoming.rounds.length) out.rounds = [...(kept.rounds ?? []).filter((r) => !incoming.rounds.some((x) => x.id === r.id)), ...incoming.rounds];
  if (incoming.forms.length) {
    const key = (f: ProjectForm) => `${f.roundId}\u0001${f.projectId}`;
    const replaced = new Set(incoming.forms.map(key));
    out.forms = [...(kept.forms ?? []).filter((f) => !replaced.has(key(f))), ...incoming.forms];
  }
  if (incoming.history.length) {
    const seen = new Set((kept.history ?? []).map((h) => JSON.stringify(h)));
    out.history = [...(kept.history ?? []), ...incoming.history.filter((h) => !seen.has(JSON.stringify(h)))];
  }
  return out;
}

/** The fields a dataset carries, absent when empty (a dataset without rounds has no `rounds` key). */
export function monitoringOf(m: Monitoring): Monitoring {
  const out: Monitoring = {};
  if (m.rounds?.length) out.rounds = [...m.rounds].sort((a: Round, b: Round) => a.periodEnd.localeCompare(b.periodEnd));
  if (m.forms?.length) out.forms = m.forms;
  if (m.history?.length) out.history = m.history as ChangeEntry[];
  return out;
}
