// The loaded data kept in this browser (IndexedDB), so a reload (F5) brings back what the user
// loaded instead of the sample: the dataset (with the monitoring rounds, forms and their history),
// the loaded-files list and the problems, versioned. Saves made before rounds existed have no parts
// for them and read back without them (same version: nothing else changed).
// IndexedDB stores values by structured clone, so 300,000 indicators need no JSON text; the long
// lists are cut into parts of PART_SIZE items (one value may not exceed ~128 MB in Chromium).
// What is read back may be from another app version or damaged: it is checked before use.
import type { Dataset, Problem } from '../../domain/types';
import type { FileSummary } from '../../io/load';
import { StorageUnavailable, indexedDbBackend, type SavedDataBackend, type UnavailableCause } from './savedDataBackend';

export { NoIndexedDb, StorageUnavailable, indexedDbBackend, memoryBackend, type MemoryFault, type SavedDataBackend } from './savedDataBackend';

export const SAVED_VERSION = 1;
/** Items per stored part: ~1–5 MB each, far below the per-value limit even for projects with long texts. */
export const PART_SIZE = 5000;
const HEAD = 'state';
const LISTS = ['projects', 'indicators', 'actuals', 'spend', 'problems', 'rounds', 'forms', 'history'] as const;
type ListName = (typeof LISTS)[number];
/** Lists a dataset may lack (absent = none yet): stored only when present, so the dataset reads back as it was. */
const OPTIONAL: readonly ListName[] = ['rounds', 'forms', 'history'];
const isOptional = (l: ListName) => OPTIONAL.includes(l);

export interface SavedState {
  version: typeof SAVED_VERSION;
  /** ISO timestamp of the save. */
  savedAt: string;
  origin: 'user' | 'url' | 'empty';
  originUrl: string | null;
  dataset: Dataset;
  files: FileSummary[];
  problems: Problem[];
}

/** The head record: everything but the long lists, and how many parts each list has. */
interface SavedHead extends Omit<SavedState, 'dataset' | 'problems'> {
  /** Parts per list; an optional list the dataset lacks has no entry. */
  parts: Partial<Record<ListName, number>>;
}

const partKey = (list: ListName, i: number) => `${list}/${i}`;
const listOfState = (s: SavedState, list: ListName): unknown[] | undefined => (list === 'problems' ? s.problems : s.dataset[list]);

/** The records a state is stored as: the head, then each list in parts. */
export function toRecords(state: SavedState, partSize = PART_SIZE): [string, unknown][] {
  const parts: SavedHead['parts'] = {};
  const records: [string, unknown][] = [];
  for (const list of LISTS) {
    const items = listOfState(state, list);
    if (!items) continue;
    const n = (parts[list] = Math.ceil(items.length / partSize));
    for (let i = 0; i < n; i++) records.push([partKey(list, i), items.slice(i * partSize, (i + 1) * partSize)]);
  }
  const { version, savedAt, origin, originUrl, files } = state;
  const head: SavedHead = { version, savedAt, origin, originUrl, files, parts };
  return [[HEAD, head], ...records];
}

let backend: SavedDataBackend = indexedDbBackend();
/** The backend a store created now uses (it keeps it for its lifetime). */
export const savedDataBackend = (): SavedDataBackend => backend;
/** Replaces the backend for stores created from now on (tests); returns the previous one. */
export function setSavedDataBackend(next: SavedDataBackend): SavedDataBackend {
  const prev = backend;
  backend = next;
  return prev;
}

export type ReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; state: SavedState }
  /** Written by another version of the app: left alone. */
  | { kind: 'other-version'; version: unknown }
  /** Damaged: can never be restored. The reason is for the console. */
  | { kind: 'bad'; reason: string }
  /** The browser refused the read (database broken); the record may be fine. */
  | { kind: 'unreadable'; reason: string }
  /** IndexedDB cannot be opened here (none, forbidden, failing): nothing was saved, and nothing can be. */
  | { kind: 'unavailable'; failure: StorageFailure };

/** Why the data is not kept in this browser, for the message the user gets. */
export type StorageFailure =
  | { kind: 'unavailable'; cause: UnavailableCause; detail: string }
  | { kind: 'quota' }
  /** Any other refusal; `detail` is the browser's own words. */
  | { kind: 'write'; detail: string };

const errorText = (e: unknown) => (e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e));

/** What went wrong, from what the backend rejected with. */
export function storageFailure(error: unknown): StorageFailure {
  if (error instanceof StorageUnavailable) return { kind: 'unavailable', cause: error.why, detail: error.message };
  // Firefox (older) names it NS_ERROR_DOM_QUOTA_REACHED.
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return { kind: 'quota' };
  return { kind: 'write', detail: errorText(error) };
}

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The sentence telling the user why the data is not kept, and that it is still there in this page. */
export function storageFailureText(f: StorageFailure, t: Translate): string {
  if (f.kind === 'quota') return t('data.saved.quota');
  if (f.kind === 'write') return t('data.saved.writeFailed', { detail: f.detail });
  return t('data.saved.unavailable', { reason: t(`data.saved.cause.${f.cause}`, { detail: f.detail }) });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Every element an object with string `key` values: what the domain code indexes by. */
const listOf = (v: unknown, ...keys: string[]): boolean =>
  Array.isArray(v) && v.every((x) => isRecord(x) && keys.every((k) => typeof x[k] === 'string'));

/** Checks a stored value (one linear pass: cheap beside the read itself). */
export function parseSaved(raw: unknown): ReadResult {
  if (raw === undefined) return { kind: 'none' };
  if (!isRecord(raw)) return { kind: 'bad', reason: '保存的记录不是对象' };
  if (raw.version !== SAVED_VERSION) return { kind: 'other-version', version: raw.version };
  const d = raw.dataset;
  if (typeof raw.savedAt !== 'string' || Number.isNaN(Date.parse(raw.savedAt))) return { kind: 'bad', reason: 'savedAt 无效' };
  if (raw.origin !== 'user' && raw.origin !== 'url' && raw.origin !== 'empty') return { kind: 'bad', reason: 'origin 无效' };
  if (raw.originUrl !== null && typeof raw.originUrl !== 'string') return { kind: 'bad', reason: 'originUrl 无效' };
  if (!isRecord(d)) return { kind: 'bad', reason: 'dataset 缺失' };
  if (!listOf(d.projects, 'id', 'name')) return { kind: 'bad', reason: 'dataset.projects 无效' };
  if (!listOf(d.indicators, 'id', 'projectId')) return { kind: 'bad', reason: 'dataset.indicators 无效' };
  if (!listOf(d.actuals, 'indicatorId', 'date')) return { kind: 'bad', reason: 'dataset.actuals 无效' };
  if (!listOf(d.spend, 'projectId', 'date')) return { kind: 'bad', reason: 'dataset.spend 无效' };
  if (d.rounds !== undefined && !listOf(d.rounds, 'id', 'name', 'periodEnd')) return { kind: 'bad', reason: 'dataset.rounds 无效' };
  if (d.forms !== undefined && !listOf(d.forms, 'roundId', 'projectId', 'status')) return { kind: 'bad', reason: 'dataset.forms 无效' };
  if (d.history !== undefined && !listOf(d.history, 'at', 'by', 'projectId', 'target', 'field')) return { kind: 'bad', reason: 'dataset.history 无效' };
  if (!listOf(raw.files, 'name', 'kind')) return { kind: 'bad', reason: 'files 无效' };
  if (!listOf(raw.problems, 'severity', 'message', 'code')) return { kind: 'bad', reason: 'problems 无效' };
  return { kind: 'ok', state: raw as unknown as SavedState };
}

/** The saved state, put together from its records and checked. Never throws. */
export async function readSaved(backend: SavedDataBackend): Promise<ReadResult> {
  try {
    const [head] = await backend.getMany([HEAD]);
    if (!isRecord(head) || head.version !== SAVED_VERSION) return parseSaved(head);
    const parts = head.parts;
    const count = (l: ListName) => (isRecord(parts) ? parts[l] : undefined);
    const valid = (l: ListName) => (count(l) === undefined && isOptional(l)) || (Number.isInteger(count(l)) && (count(l) as number) >= 0);
    if (!isRecord(parts) || !LISTS.every(valid)) return { kind: 'bad', reason: 'parts 无效' };
    const stored = LISTS.filter((l) => count(l) !== undefined);
    const keys = stored.flatMap((l) => Array.from({ length: count(l) as number }, (_, i) => partKey(l, i)));
    const values = await backend.getMany(keys);
    const lists: Partial<Record<ListName, unknown[]>> = {};
    let k = 0;
    for (const l of stored) {
      const got = values.slice(k, (k += count(l) as number));
      if (!got.every(Array.isArray)) return { kind: 'bad', reason: `${l} 的分段缺失` };
      lists[l] = (got as unknown[][]).flat();
    }
    const { projects, indicators, actuals, spend, problems, rounds, forms, history } = lists;
    const monitoring = { ...(rounds && { rounds }), ...(forms && { forms }), ...(history && { history }) };
    const { version, savedAt, origin, originUrl, files } = head;
    return parseSaved({ version, savedAt, origin, originUrl, files, dataset: { projects, indicators, actuals, spend, ...monitoring }, problems });
  } catch (e) {
    if (e instanceof StorageUnavailable) return { kind: 'unavailable', failure: storageFailure(e) };
    return { kind: 'unreadable', reason: e instanceof Error || e instanceof DOMException ? e.message : String(e) };
  }
}

/** Stores `state` in place of what was saved, or removes the save when `state` is null. Rejects when the browser refuses. */
export function writeSaved(backend: SavedDataBackend, state: SavedState | null): Promise<void> {
  return backend.replaceAll(state ? toRecords(state) : []);
}

/** Removes a save that can never be restored; failure is harmless (it is checked again on read). */
export async function discardSaved(backend: SavedDataBackend): Promise<void> {
  await backend.replaceAll([]).catch(() => undefined);
}

export type SaveOutcome = ({ ok: true; state: SavedState | null } | { ok: false; error: unknown }) & {
  /** No other request came in meanwhile: this outcome is the current one. */
  last: boolean;
};

export interface Saver {
  /** Save the state as `snapshot` gives it then, or remove the record. The latest request wins. */
  request(what: 'save' | 'forget'): void;
  /** Resolves when nothing is pending. */
  idle(): Promise<void>;
}

/**
 * Runs saves one at a time, after `delayMs` so the load's result is rendered before the structured
 * clone (synchronous, in the browser's put) runs; requests made meanwhile coalesce into one write
 * of the state as it is when that write starts. Never throws: each write's outcome goes to `report`.
 */
export function createSaver(backend: SavedDataBackend, snapshot: () => SavedState, report: (outcome: SaveOutcome) => void, delayMs = 50): Saver {
  let intent: 'save' | 'forget' | null = null;
  let active = false;
  let running: Promise<void> = Promise.resolve();

  async function drain() {
    try {
      await new Promise((r) => setTimeout(r, delayMs));
      while (intent) {
        const state = intent === 'save' ? snapshot() : null;
        intent = null;
        let outcome: { ok: true; state: SavedState | null } | { ok: false; error: unknown };
        try {
          await writeSaved(backend, state);
          outcome = { ok: true, state };
        } catch (error) {
          outcome = { ok: false, error };
        }
        report({ ...outcome, last: !intent });
      }
    } finally {
      // Synchronously with the last check of `intent`: a request after this starts a new drain.
      active = false;
    }
  }
  return {
    request(what) {
      intent = what;
      if (!active) {
        active = true;
        running = drain();
      }
    },
    idle: () => running,
  };
}

/** When a save was made, for the 数据 page: `2024年5月3日 14:05`, `May 3, 2024 at 14:05`. */
export function savedAtText(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-US' : 'zh-CN', { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}

/**
 * Whether this browser noted a save of the app's (localStorage, read at once — IndexedDB's first
 * opening in a new profile took up to 1 s, measured): set after a save or a restore, cleared after
 * the save was removed, absent on a first visit or after a version that did not keep the note. Only
 * a noted save makes the startup wait for IndexedDB before showing the sample.
 */
const HINT_KEY = 'indicator-monitor:saved';

export function savedNoted(): boolean {
  try {
    return globalThis.localStorage?.getItem(HINT_KEY) === '1';
  } catch {
    return true; // storage refused: no shortcut, wait for IndexedDB as before
  }
}

export function noteSaved(held: boolean): void {
  try {
    globalThis.localStorage?.setItem(HINT_KEY, held ? '1' : '0');
  } catch {
    // Not kept: the next start waits for IndexedDB, as without the note.
  }
}

