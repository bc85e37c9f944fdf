// The 填报 form's writes in server mode. Each edit is shown at once (the dataset store, not saved
// in this browser) and the record it touched is written with `PUT …/records/:target` carrying the
// version last read: when a cell is left, a choice made or a column pasted (and after a pause in
// typing). Writes of one record go one after another. A stale write (409: someone saved between)
// keeps the user's text beside the other's change (`details.current`) until the user takes theirs
// or saves theirs over it — nothing typed is lost.
import { shallowRef, ref } from 'vue';
import type { Dataset, Round } from '../../domain/types';
import { FORM_FIELDS, formOf, recordOf, setRecordField, setSpendAmount, setSpendForecast, type EditContext } from '../../domain/round';
import { ApiError } from './api';
import type { useSessionStore } from '../stores/session';

export type Fields = Record<string, string>;
export interface Theirs { fields: Fields; version: number; updatedBy: string; updatedAt: string }
export interface Conflict {
  projectId: string;
  /** indicator id, `expense:<line>` or `form` */
  target: string;
  mine: Fields;
  theirs: Theirs | null;
  message: string;
}

interface Deps {
  session: ReturnType<typeof useSessionStore>;
  dataset: () => Dataset;
  round: () => Round | null;
  /** Shows a dataset without writing it anywhere. */
  show: (next: Dataset) => void;
}

/** What the server records for a target, read from the dataset as the form left it. */
export function fieldsOf(d: Dataset, round: Round, projectId: string, target: string): Fields {
  if (target === 'form') {
    const f = formOf(d, round, projectId).spendForecast;
    return { spendForecast: f === null || f === undefined ? '' : String(f) };
  }
  if (target.startsWith('expense:')) {
    const line = target.slice('expense:'.length) || null;
    const s = d.spend.find((x) => x.projectId === projectId && x.expense === line && x.date === round.periodEnd);
    return { amount: s ? String(s.amount) : '' };
  }
  const r = recordOf(d, round, target);
  const out: Fields = {};
  for (const f of FORM_FIELDS) if (r?.[f]) out[f] = r[f]!;
  return out;
}

/** The dataset with a target's fields as given (theirs taken, or mine put back). */
export function withFields(d: Dataset, ctx: EditContext, projectId: string, target: string, fields: Fields): Dataset {
  const num = (t: string | undefined) => (t?.trim() ? Number(t) : null);
  if (target === 'form') return setSpendForecast(d, ctx, projectId, num(fields.spendForecast));
  if (target.startsWith('expense:')) return setSpendAmount(d, ctx, projectId, target.slice('expense:'.length) || null, num(fields.amount));
  return FORM_FIELDS.reduce((out, f) => setRecordField(out, ctx, projectId, target, f, fields[f] ?? ''), d);
}

export function serverWrites(deps: Deps) {
  const { session } = deps;
  const dirty = new Map<string, { projectId: string; target: string }>();
  const chains = new Map<string, Promise<void>>();
  const pending = ref(0);
  const savedAt = ref<string | null>(null);
  const error = ref('');
  const conflicts = shallowRef<Conflict[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const versionKey = (roundId: string, projectId: string, target: string) => `${roundId}|${projectId}|${target}`;

  /** An edit touched `target`: written now, or (while typing in a cell) when the cell is left or typing pauses. */
  function touched(projectId: string, target: string, typing: boolean) {
    dirty.set(`${projectId}|${target}`, { projectId, target });
    clearTimeout(timer);
    if (typing) timer = setTimeout(flush, 1500);
    else flush();
  }

  function flush() {
    clearTimeout(timer);
    for (const [k, t] of dirty) {
      dirty.delete(k);
      queue(k, () => put(t.projectId, t.target));
    }
  }

  function queue(key: string, job: () => Promise<void>): Promise<void> {
    const next = (chains.get(key) ?? Promise.resolve()).then(job);
    chains.set(key, next);
    return next;
  }

  async function put(projectId: string, target: string, fields?: Fields) {
    const round = deps.round();
    if (!round) return;
    const mine = fields ?? fieldsOf(deps.dataset(), round, projectId, target);
    const key = versionKey(round.id, projectId, target);
    pending.value++;
    try {
      const res = await session.call<{ version: number; updatedAt: string }>('PUT', `/api/rounds/${encodeURIComponent(round.id)}/projects/${encodeURIComponent(projectId)}/records/${encodeURIComponent(target)}`, { fields: mine, version: session.versions.get(key) ?? 0 });
      session.versions.set(key, res.version);
      savedAt.value = res.updatedAt;
      error.value = '';
      conflicts.value = conflicts.value.filter((c) => c.projectId !== projectId || c.target !== target);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const theirs = ((e.details as { current?: Theirs } | undefined)?.current) ?? null;
        const c: Conflict = { projectId, target, mine, theirs, message: e.message };
        conflicts.value = [...conflicts.value.filter((x) => x.projectId !== projectId || x.target !== target), c];
      } else error.value = (e as Error).message;
    } finally {
      pending.value--;
    }
  }

  /** A stale write settled: take their change (shown, nothing written), or write mine over it. */
  function resolve(c: Conflict, take: 'theirs' | 'mine'): Promise<void> {
    const round = deps.round();
    if (!round) return Promise.resolve();
    session.versions.set(versionKey(round.id, c.projectId, c.target), c.theirs?.version ?? 0);
    conflicts.value = conflicts.value.filter((x) => x !== c);
    const fields = take === 'theirs' ? (c.theirs?.fields ?? {}) : c.mine;
    deps.show(withFields(deps.dataset(), { round, at: new Date().toISOString() }, c.projectId, c.target, fields));
    if (take === 'theirs') return Promise.resolve();
    return queue(`${c.projectId}|${c.target}`, () => put(c.projectId, c.target, c.mine));
  }

  return { touched, flush, resolve, pending, savedAt, error, conflicts };
}
