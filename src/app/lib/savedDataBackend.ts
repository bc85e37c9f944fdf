// Where the saved data lives: IndexedDB (through idb-keyval, which opens the database on first
// use and copes with Safari closing it), or memory for tests (jsdom has no IndexedDB). The data is
// spread over many records (lib/savedData): Chromium refuses one value above ~128 MB, and a
// 10,000-project dataset is ~185 MB. All records are replaced in one transaction, so a failed save
// leaves the previous one whole; each put waits for the previous one, so the structured clone runs
// in slices between which the page stays responsive.
import { createStore, getMany, promisifyRequest, type UseStore } from 'idb-keyval';

/** Each method may reject (quota, storage blocked, no IndexedDB). */
export interface SavedDataBackend {
  /** The values of `keys` (undefined where absent), read together. */
  getMany(keys: string[]): Promise<unknown[]>;
  /** Replaces everything stored with `entries`, all or nothing. */
  replaceAll(entries: [string, unknown][]): Promise<void>;
}

/** A browser (or test environment) without IndexedDB: expected, so not worth a console message. */
export class NoIndexedDb extends Error {}

export function indexedDbBackend(): SavedDataBackend {
  let store: UseStore | undefined;
  const use = (): UseStore => {
    if (typeof indexedDB === 'undefined') throw new NoIndexedDb('此浏览器不支持 IndexedDB');
    return (store ??= createStore('indicator-monitor', 'saved-data'));
  };
  // async: a synchronous throw (no indexedDB, SecurityError) becomes a rejection.
  return {
    // Nothing can have been saved in a browser without IndexedDB: reading finds nothing (saving fails).
    getMany: async (keys) => (typeof indexedDB === 'undefined' ? keys.map(() => undefined) : getMany(keys, use())),
    replaceAll: async (entries) =>
      use()('readwrite', (store) => {
        let failure: unknown;
        store.clear();
        let i = 0;
        const next = () => {
          if (i === entries.length) return;
          const [key, value] = entries[i++];
          try {
            store.put(value, key).onsuccess = next;
          } catch (e) {
            // A value that cannot be cloned: nothing of this transaction is kept.
            failure = e;
            store.transaction.abort();
          }
        };
        next();
        return promisifyRequest(store.transaction).then(
          () => undefined,
          (e: unknown) => Promise.reject(failure ?? e ?? new Error('IndexedDB 事务已中止')),
        );
      }),
  };
}

/** In memory, cloned like IndexedDB clones (a test can then see a save kept no references). */
export function memoryBackend(): SavedDataBackend & { values: Map<string, unknown> } {
  const values = new Map<string, unknown>();
  return {
    values,
    getMany: async (keys) => keys.map((k) => (values.has(k) ? structuredClone(values.get(k)) : undefined)),
    replaceAll: async (entries) => {
      const copies = entries.map(([k, v]) => [k, structuredClone(v)] as const);
      values.clear();
      for (const [k, v] of copies) values.set(k, v);
    },
  };
}
