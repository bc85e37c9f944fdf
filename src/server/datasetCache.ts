// What a server process keeps of GET /api/dataset between requests, always labelled with the data
// versions the database answered before the data was read (migration 003 bumps them by trigger in
// every writing transaction). A request reads the versions first — one small query — and uses a
// kept entry only when its label is the current one; so a write through another process behind the
// same load balancer, or a script on the database, is seen by the next request of every process.
// Reading the versions before the data means an entry may hold data newer than its label (it is then
// just rebuilt once more), never older.
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { Scope } from './access';

export interface DataVersions {
  projects: number;
  forms: number;
}

export async function readDataVersions(db: Kysely<Database>): Promise<DataVersions> {
  const rows = await db.selectFrom('data_versions').select(['name', 'version']).execute();
  const of = (name: string) => Number(rows.find((r) => r.name === name)?.version ?? -1);
  return { projects: of('projects'), forms: of('forms') };
}

/** One key per set of units seen: a department's subtree, a unit, or all. */
export const scopeKey = (scope: Scope) => (scope.all ? 'all' : [...scope.units].sort().join(','));

/**
 * A few entries, the least recently used dropped first: a province's parsed projects are hundreds
 * of megabytes, so only the scopes asked for last are kept, each valid for one version label.
 */
export class VersionedCache<T> {
  private entries = new Map<string, { label: string; value: T }>();
  constructor(private readonly size: number) {}

  get(key: string, label: string): T | undefined {
    const e = this.entries.get(key);
    if (!e || e.label !== label) return undefined;
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  set(key: string, label: string, value: T) {
    this.entries.delete(key);
    this.entries.set(key, { label, value });
    while (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops the entry if it still holds this label (a failed or oversized answer). */
  drop(key: string, label: string) {
    if (this.entries.get(key)?.label === label) this.entries.delete(key);
  }
}

/**
 * The kept value for (key, label), or `make`'s, kept at once as a promise: requests arriving while
 * it is being built (everyone's reload after a write) wait for that one build instead of each
 * starting their own. A failed build is not kept; `keep` may refuse a value (too big to hold).
 */
export function shared<T>(cache: VersionedCache<Promise<T>>, key: string, label: string, make: () => Promise<T>, keep: (v: T) => boolean = () => true): Promise<T> {
  const kept = cache.get(key, label);
  if (kept) return kept;
  const made = make();
  cache.set(key, label, made);
  made.then((v) => !keep(v) && cache.drop(key, label), () => cache.drop(key, label));
  return made;
}
