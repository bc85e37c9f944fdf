// Where the saved data lives: IndexedDB (through idb-keyval's helpers, on a database opened here so
// that a browser refusing it is told apart from a read or write that fails), or memory for tests
// (jsdom has no IndexedDB). The data is spread over many records (lib/savedData): Chromium refuses
// one value above ~128 MB, and a 10,000-project dataset is ~185 MB. All records are replaced in one
// transaction, so a failed save leaves the previous one whole; each put waits for the previous
// one, so the structured clone runs in slices between which the page stays responsive.
import { getMany, promisifyRequest, type UseStore } from 'idb-keyval';

/** Each method may reject (quota, storage blocked, no IndexedDB). */
export interface SavedDataBackend {
  /** The values of `keys` (undefined where absent), read together. */
  getMany(keys: string[]): Promise<unknown[]>;
  /** Replaces everything stored with `entries`, all or nothing. */
  replaceAll(entries: [string, unknown][]): Promise<void>;
}

/** Why IndexedDB cannot be opened: none in this browser, forbidden (privacy settings, private mode), or failing. */
export type UnavailableCause = 'missing' | 'denied' | 'failed';

/** IndexedDB cannot be opened in this browser: nothing can be saved here, so nothing was. */
export class StorageUnavailable extends Error {
  constructor(readonly why: UnavailableCause, message: string) {
    super(message);
    this.name = 'StorageUnavailable';
  }
}

/** A browser (or test environment) without IndexedDB. */
export class NoIndexedDb extends StorageUnavailable {
  constructor() {
    super('missing', '此浏览器不支持 IndexedDB');
  }
}

/** SecurityError: the site may not store data (cookies blocked, an opaque origin); InvalidStateError: Firefox's private mode. */
function unavailable(e: unknown): StorageUnavailable {
  if (e instanceof StorageUnavailable) return e;
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  const message = e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
  return new StorageUnavailable(name === 'SecurityError' || name === 'InvalidStateError' ? 'denied' : 'failed', message);
}

const DB = 'indicator-monitor';
const STORE = 'saved-data';

/** Opens the database; rejects with StorageUnavailable whatever the way the browser refuses it. */
function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    try {
      // Reading the global itself throws in some browsers when storage is blocked.
      const idb = globalThis.indexedDB;
      if (!idb) throw new NoIndexedDb();
      const request = idb.open(DB);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(unavailable(request.error));
    } catch (e) {
      reject(unavailable(e));
    }
  });
}

export function indexedDbBackend(): SavedDataBackend {
  let db: Promise<IDBDatabase> | undefined;
  // Opened on first use and kept; opened again after a failure (the user may allow storage) or
  // after the browser closed the connection (Safari does).
  const connect = (): Promise<IDBDatabase> => {
    if (db) return db;
    const opening = openDatabase();
    db = opening;
    opening.then((d) => (d.onclose = () => (db = undefined)), () => (db = undefined));
    return opening;
  };
  const use: UseStore = (mode, callback) => connect().then((d) => callback(d.transaction(STORE, mode).objectStore(STORE)));
  return {
    getMany: (keys) => getMany(keys, use),
    replaceAll: (entries) =>
      use('readwrite', (store) => {
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
          // A transaction aborted for want of space has QuotaExceededError as its error.
          (e: unknown) => Promise.reject(failure ?? e ?? new Error('IndexedDB 事务已中止')),
        );
      }),
  };
}

/** How a memory backend fails, to test what the user is told: on open (every call), on write, or for want of space. */
export type MemoryFault = 'open' | 'write' | 'quota' | null;

/** In memory, cloned like IndexedDB clones (a test can then see a save kept no references). Set `fault` to make it fail as a browser does. */
export function memoryBackend(): SavedDataBackend & { values: Map<string, unknown>; fault: MemoryFault } {
  const values = new Map<string, unknown>();
  const fail = (fault: MemoryFault) => {
    if (fault === 'open') throw unavailable(new DOMException('The operation is insecure.', 'SecurityError'));
    if (fault === 'quota') throw new DOMException('Quota exceeded', 'QuotaExceededError');
    if (fault === 'write') throw new DOMException('Internal error writing to the backing store', 'UnknownError');
  };
  const backend = {
    values,
    fault: null as MemoryFault,
    getMany: async (keys: string[]) => {
      if (backend.fault === 'open') fail('open');
      return keys.map((k) => (values.has(k) ? structuredClone(values.get(k)) : undefined));
    },
    replaceAll: async (entries: [string, unknown][]) => {
      fail(backend.fault);
      const copies = entries.map(([k, v]) => [k, structuredClone(v)] as const);
      values.clear();
      for (const [k, v] of copies) values.set(k, v);
    },
  };
  return backend;
}
