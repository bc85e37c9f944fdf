// Dataset store: the loaded data, every problem found while loading it, and one summary per file.
// Each load merges into the current dataset (io/load does the merge), so nothing loaded earlier is
// lost; loads are queued so two drops in quick succession both land. The dataset is held in a
// shallowRef and replaced whole: 300,000 indicators must never become deep reactive proxies, and
// the domain caches its work per array identity.
// What the user loaded (and an emptied state) is kept in this browser (lib/savedData): saved after
// each user load, clear and failed load, restored at startup unless the URL names data (?data=).
// The bundled sample and linked data are not saved: they can be fetched again. Other tabs are told
// of each save (lib/tabSync) and follow it, so none overwrites it with older data.
// A user load that would remove indicators of projects already there (a table cut short replaces
// a whole project) waits for the user's answer (`reloadQuestion`, asked by components/data/
// ReloadConfirm); the last user load can be undone.
// Edits made through the monitoring form (stores/round) come in whole as `applyEdit(next)`: shown
// at once and saved like a load; editing the sample (or linked data) makes it the user's own.
import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { emptyDataset, type Dataset, type Problem } from '../../domain/types';
import { reloadLoss, type ProjectLoss } from '../../domain/reloadLoss';
import type { FileSummary, InputFile, LoadResult } from '../../io/load';
import { cancellable, inputSize, LoadCancelled, runLoad, type LoadPhase } from '../lib/loadRunner';
import { afterPaint } from '../lib/yieldToPage';
import { bundledInputs, bundledSample } from '../lib/bundled';
import { fileNameOfUrl, looksLikeZip, openBrowserFiles, readInputs, sameOriginUrl, UNREAD_FROM, type PageInput } from '../lib/readFiles';
import { SAVED_VERSION, createSaver, discardSaved, noteSaved, readSaved, savedDataBackend, savedNoted, storageFailure, type ReadResult, type StorageFailure } from '../lib/savedData';
import { openTabChannel, whenVisible, type TabMessage } from '../lib/tabSync';
import { attachmentStore } from '../lib/attachments';
import { restoreWholeState, type Restored } from '../lib/wholeState';
import { useSettingsStore } from './settings';

export type DataOrigin = 'empty' | 'bundled' | 'url' | 'user';

/** A load's result; `restored` when a whole-state file put back 佐证材料 or settings (lib/wholeState). */
export type StoreLoadResult = LoadResult & { restored?: Restored };

export interface LoadProgress {
  /**
   * reading the files, parsing them (a large load in a worker, which then packs its answer), the
   * page rebuilding the records the worker sent (receiving), judging them and drawing the page,
   * saving them in this browser.
   */
  phase: 'reading' | 'parsing' | 'packing' | 'receiving' | 'judging' | 'saving';
  /** Files read so far (reading), files being parsed (parsing), records rebuilt (receiving). */
  done: number;
  total: number;
  bytes: number;
  /** Parsing in a worker: 取消 stops it (cancelLoad). */
  cancellable?: boolean;
}

/** Whether the current data is kept in this browser. */
export type SaveStatus =
  | { state: 'off' }
  | { state: 'saving' }
  | { state: 'saved' | 'restored'; at: string }
  /** Not kept: the browser refuses storage, is out of space, or a write failed. */
  | { state: 'failed'; failure: StorageFailure };

/** A notice the shell shows once as a toast (a new object each time one is due). */
export type StorageWarning =
  | { key: 'restoreFailed' | 'syncedFromOtherTab' }
  /** The data cannot be kept in this browser (it stays in this page): why. */
  | { key: 'notKept'; failure: StorageFailure };

/** A load that would remove indicators of projects already loaded, waiting for the user's answer. */
export interface ReloadQuestion {
  /** The files of the load, as named in the files list. */
  files: string[];
  losses: ProjectLoss[];
}

/** The state a user load replaced, for 撤销上次载入. */
interface BeforeLoad {
  files: string[];
  state: { dataset: Dataset; problems: Problem[]; files: FileSummary[]; origin: DataOrigin; originUrl: string | null; kept: boolean };
}

const isEmpty = (d: Dataset) => !d.projects.length && !d.indicators.length && !d.actuals.length && !d.spend.length && !d.rounds?.length && !d.forms?.length && !d.history?.length;
const failure = (file: string, code: string, message: string): Problem => ({ severity: 'error', code, message, source: { file } });
/** The highest N of the 粘贴文本N files listed: the next paste goes on from it. */
const lastPaste = (list: FileSummary[]) => list.reduce((n, f) => Math.max(n, Number(/^粘贴文本(\d+)$/.exec(f.name)?.[1] ?? 0)), 0);

export const useDatasetStore = defineStore('dataset', () => {
  const dataset = shallowRef<Dataset>(emptyDataset());
  /** Counts every change of the data set: the startup's late restore applies only if nothing moved since the sample (init). */
  let changes = 0;
  watch(dataset, () => changes++, { flush: 'sync' });
  const problems = shallowRef<Problem[]>([]);
  const files = shallowRef<FileSummary[]>([]);
  const origin = ref<DataOrigin>('empty');
  const originUrl = ref<string | null>(null);
  const progress = ref<LoadProgress | null>(null);
  /** Loads requested and not finished (queued ones included). */
  const pending = ref(0);
  const busy = computed(() => pending.value > 0);
  let pasteCount = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const saveStatus = shallowRef<SaveStatus>({ state: 'off' });
  const storageWarning = shallowRef<StorageWarning | null>(null);
  const reloadQuestion = shallowRef<ReloadQuestion | null>(null);
  let answerQuestion: ((go: boolean) => void) | null = null;
  const beforeLastLoad = shallowRef<BeforeLoad | null>(null);
  /** Set (once per page) when an edit turned the sample or linked data into the user's own kept data. */
  const adoptedByEdit = ref<'bundled' | 'url' | null>(null);
  /** What 撤销上次载入 would undo: the files of the last user load, or null. */
  const undoable = computed(() => beforeLastLoad.value?.files ?? null);
  /** The data is the user's (loaded, restored or emptied), so it is saved after each change. */
  let kept = false;
  /** The startup's look into IndexedDB when the sample did not wait for it (init); saves wait for it. */
  let firstRead: Promise<unknown> | null = null;
  /** Opened on a data link (?data=): its own view, even before the link has loaded. */
  let linked = false;
  const storage = savedDataBackend();
  /** Server mode (src/app/server): the data is the server's, replaced whole, never kept in this browser nor the sample loaded. */
  let fromServer = false;
  // A failure to save changes nothing loaded; the user is warned once per run of failures of one
  // kind (a browser that refused storage at startup has said so already).
  let warned: StorageFailure['kind'] | null = null;

  const counts = computed(() => ({
    projects: dataset.value.projects.length,
    indicators: dataset.value.indicators.length,
    actuals: dataset.value.actuals.length,
    spend: dataset.value.spend.length,
    problems: problems.value.length,
  }));

  /** Queues a job so loads apply one after another, each on the result of the previous. */
  function enqueue<T>(job: () => Promise<T>): Promise<T> {
    pending.value++;
    const next = queue.then(job, job).finally(() => pending.value--);
    queue = next.catch(() => undefined);
    return next;
  }

  function apply(result: LoadResult, extra: Problem[] = []) {
    // The moment the data is in the store, for the benchmark's "overview painted after the data is in" (scripts/bench/browser).
    globalThis.performance?.mark?.('im:data-in-store');
    dataset.value = result.dataset;
    problems.value = [...problems.value, ...extra, ...result.problems];
    files.value = [...files.value, ...result.files];
  }

  const snapshot = (): BeforeLoad['state'] => ({
    dataset: dataset.value, problems: problems.value, files: files.value, origin: origin.value, originUrl: originUrl.value, kept,
  });

  /** Asks the user (through whichever component shows `reloadQuestion`) whether to apply a load that removes indicators. */
  function ask(question: ReloadQuestion): Promise<boolean> {
    return new Promise((resolve) => {
      answerQuestion = resolve;
      reloadQuestion.value = question;
    });
  }

  /** The user's answer to `reloadQuestion`: apply the load (true) or leave everything as it is. */
  function answerReload(go: boolean) {
    const answer = answerQuestion;
    answerQuestion = null;
    reloadQuestion.value = null;
    answer?.(go);
  }

  let cancelCurrent: (() => void) | null = null;
  /** 取消 of the load being parsed in a worker: it stops, and the data stays as it was. */
  function cancelLoad() {
    cancelCurrent?.();
  }

  /**
   * Parses inputs and merges them into the current dataset. Never throws; null when it failed or the
   * user cancelled it. `extra`: problems found before (rows refused while opening a workbook), listed with the load's.
   */
  function loadFiles(inputs: PageInput[], from: DataOrigin = 'user', extra: Problem[] = []): Promise<StoreLoadResult | null> {
    if (!inputs.length) return Promise.resolve(null);
    return enqueue(async () => {
      // A sample load begun before the app knew it was on a server: the server's data wins.
      if (fromServer && from === 'bundled') return null;
      const stop = new AbortController();
      cancelCurrent = () => stop.abort();
      const large = cancellable(inputs);
      progress.value = { phase: 'parsing', done: inputs.length, total: inputs.length, bytes: inputSize(inputs), cancellable: large };
      const onPhase = (p: LoadPhase) => {
        if (progress.value) progress.value = { ...progress.value, ...p };
      };
      let changed = true;
      try {
        const result = await runLoad(inputs, dataset.value, { signal: stop.signal, onPhase });
        // The parse is over: from here nothing stops it (an inline fallback ignored the signal, so a click then still cancels).
        cancelCurrent = null;
        if (progress.value) progress.value = { ...progress.value, cancellable: false };
        if (stop.signal.aborted) throw new LoadCancelled();
        // Only a project loaded again can lose indicators (io/merge swaps its set wholesale).
        const losses = from === 'user' && result.projectChanges.updated ? reloadLoss(dataset.value, result.dataset) : [];
        if (losses.length) {
          progress.value = null;
          if (!(await ask({ files: result.files.map((f) => f.name), losses }))) {
            changed = false;
            return null;
          }
        }
        const before = snapshot();
        // A province's data takes the page a moment to judge and draw: say so first (it paints before the work starts).
        if (large && progress.value) {
          progress.value = { ...progress.value, phase: 'judging', done: result.dataset.indicators.length, total: result.dataset.indicators.length };
          await afterPaint();
        }
        apply(result, extra);
        if (origin.value === 'empty' || from === 'user') origin.value = from;
        if (from === 'user') kept = true;
        beforeLastLoad.value = from === 'user' ? { files: result.files.map((f) => f.name), state: before } : null;
        return await restoreWhole(result);
      } catch (e) {
        if (e instanceof LoadCancelled) {
          changed = false;
          return null;
        }
        const names = inputs.map((f) => f.name).join('、');
        problems.value = [...problems.value, failure(names, 'load-failed', `载入失败：${e instanceof Error ? e.message : String(e)}`)];
        return null;
      } finally {
        cancelCurrent = null;
        progress.value = null;
        if (from === 'user' && kept && changed) {
          persist('save');
          // Saving 300,000 records in this browser takes a while: shown until it is done.
          if (large) {
            progress.value = { phase: 'saving', done: 0, total: 0, bytes: inputSize(inputs) };
            void whenSaved().then(() => {
              if (progress.value?.phase === 'saving') progress.value = null;
            });
          }
        }
      }
    });
  }

  /** A whole-state file: its 佐证材料 bytes back under their ids, its settings applied (or reported). */
  async function restoreWhole(result: LoadResult): Promise<StoreLoadResult> {
    if (!result.attachments?.length && result.settings === undefined) return result;
    const settings = useSettingsStore();
    const restored = await restoreWholeState(result, attachmentStore(), (s) => (settings.config = s));
    if (!restored.problems.length) return { ...result, restored };
    problems.value = [...problems.value, ...restored.problems];
    return { ...result, problems: [...result.problems, ...restored.problems], restored };
  }

  /** 撤销上次载入: the dataset, files and problems as they were before the last user load, saved (or, for the sample, the save removed) as they were. */
  function undoLastLoad(): Promise<boolean> {
    return enqueue(async () => {
      const before = beforeLastLoad.value;
      if (!before) return false;
      const s = before.state;
      dataset.value = s.dataset;
      problems.value = s.problems;
      files.value = s.files;
      origin.value = s.origin;
      originUrl.value = s.originUrl;
      // The undone paste's name is free again.
      pasteCount = lastPaste(s.files);
      kept = s.kept;
      beforeLastLoad.value = null;
      // The sample and linked data are not kept: a reload then shows them again, as before the load.
      persist(kept ? 'save' : 'forget');
      return true;
    });
  }

  /**
   * A dataset made by an edit of the monitoring form (domain/round edits): shown at once and kept in
   * this browser. The sample or linked data edited becomes the user's own (said once: adoptedByEdit);
   * 撤销上次载入 would drop the edits, so it is no longer offered.
   */
  function applyEdit(next: Dataset) {
    if (next === dataset.value) return;
    dataset.value = next;
    beforeLastLoad.value = null;
    if (!kept && (origin.value === 'bundled' || origin.value === 'url')) adoptedByEdit.value = origin.value;
    if (origin.value !== 'url') origin.value = 'user';
    kept = true;
    persist('save');
  }

  /** Files picked or dropped by the user. */
  async function loadBrowserFiles(list: File[]): Promise<StoreLoadResult | null> {
    if (!list.length) return null;
    const bytes = list.reduce((n, f) => n + f.size, 0);
    pending.value++;
    progress.value = { phase: 'reading', done: 0, total: list.length, bytes };
    try {
      // Large files are not read here: the load worker reads them (lib/readFiles).
      const inputs = await openBrowserFiles(list, (done) => {
        if (progress.value?.phase === 'reading') progress.value = { ...progress.value, done };
      });
      // Excel and Word files become the tables, actuals and spend they hold (io/xlsx/expand, loaded
      // on demand so the first screen does not carry it); what it refuses is listed with the load's.
      const office = (await Promise.all(inputs.map(looksLikeZip))).some(Boolean);
      const { files: opened, problems: refused }: { files: PageInput[]; problems: Problem[] } = office
        ? await (await import('../../io/xlsx/expand')).expandSpreadsheets(await readInputs(inputs), dataset.value)
        : { files: inputs, problems: [] };
      if (!opened.length) {
        problems.value = [...problems.value, ...refused];
        progress.value = null;
        return null;
      }
      return await loadFiles(opened, 'user', refused);
    } catch (e) {
      // A file the browser cannot read (removed, permission): say which.
      problems.value = [...problems.value, failure(list.map((f) => f.name).join('、'), 'read-failed', `无法读取文件：${e instanceof Error ? e.message : String(e)}`)];
      progress.value = null;
      return null;
    } finally {
      pending.value--;
    }
  }

  /** Text pasted into the data page; named 粘贴文本 N so problems can point at it. */
  function loadText(text: string, name?: string): Promise<StoreLoadResult | null> {
    if (!text.trim()) return Promise.resolve(null);
    return loadFiles([{ name: name ?? `粘贴文本${++pasteCount}`, content: text }]);
  }

  /**
   * The sample: into an app with no data yet as loaded at build time (lib/bundled bundledSample: no
   * parse, no parser on the first screen), into data already there by loading its files.
   */
  async function loadBundled(): Promise<StoreLoadResult | null> {
    if (fromServer) return null;
    const unavailable = (e: unknown) => {
      // A chunk that failed to download (offline, stale deploy).
      problems.value = [...problems.value, failure('示例数据', 'bundled-failed', `无法载入内置示例数据：${e instanceof Error ? e.message : String(e)}`)];
      return null;
    };
    let prepared: LoadResult;
    try {
      prepared = await bundledSample();
    } catch (e) {
      return unavailable(e);
    }
    const applied = await enqueue(async () => {
      // A sample load begun before the app knew it was on a server: the server's data wins.
      if (fromServer) return null;
      if (!isEmpty(dataset.value)) return undefined;
      apply(prepared);
      if (origin.value === 'empty') origin.value = 'bundled';
      beforeLastLoad.value = null;
      return prepared;
    });
    if (applied !== undefined) return applied;
    let inputs: InputFile[];
    try {
      inputs = await bundledInputs();
    } catch (e) {
      return unavailable(e);
    }
    return loadFiles(inputs, 'bundled');
  }

  /** `?data=URL`: a JSON/CSV published beside the app (same origin only). */
  async function loadFromUrl(url: string, page: string = globalThis.location?.href ?? 'http://localhost/'): Promise<StoreLoadResult | null> {
    const u = sameOriginUrl(url, page);
    if (!u) {
      problems.value = [...problems.value, failure(url, 'url-rejected', `只能载入与本应用同源的数据链接，已拒绝：${url}`)];
      return null;
    }
    const name = fileNameOfUrl(u);
    try {
      const res = await fetch(u);
      if (!res.ok) throw new Error(`服务器返回 ${res.status}`);
      // As a Blob: a large one goes to the load worker unread (reading 200 MB into the page took it seconds).
      const blob = await res.blob();
      originUrl.value = u.href;
      return await loadFiles([blob.size >= UNREAD_FROM ? { name, blob } : { name, content: new Uint8Array(await blob.arrayBuffer()) }], 'url');
    } catch (e) {
      problems.value = [...problems.value, failure(name, 'url-failed', `无法读取数据链接 ${u.href}：${e instanceof Error ? e.message : String(e)}`)];
      return null;
    }
  }

  /** Startup: the linked data if the URL names one, else what was saved in this browser, else the bundled sample. */
  async function init(dataParam: string | null): Promise<StoreLoadResult | null> {
    linked = !!dataParam;
    if (dataParam) return loadFromUrl(dataParam);
    if (savedNoted()) return (await enqueue(restore)) ? null : loadBundled();
    // Nothing saved here as far as this browser's note says: the sample goes in at once, beside the
    // look into IndexedDB rather than after it. Saves wait for that look (data saved by an older
    // version is never overwritten unread); what it finds replaces the sample if the user has not
    // moved on meanwhile.
    // A damaged save is removed within the look, before any save it holds back is let through.
    const read = readSaved(storage).then(async (found) => {
      if (found.kind === 'bad') await discardSaved(storage);
      return found;
    });
    firstRead = read.then(() => (firstRead = null));
    const sample = await loadBundled();
    const untouched = changes; // after the sample, or with the dataset still empty if its chunk failed
    const found = await read;
    if (found.kind !== 'ok') return (await enqueue(async () => applyRead(found, true))), sample;
    return (await enqueue(async () => changes === untouched && applyRead(found))) ? null : sample;
  }

  /** Puts back the saved state; false when there is none to use. */
  async function restore(): Promise<boolean> {
    return applyRead(await readSaved(storage));
  }

  /** What readSaved found, applied: the saved state put back (true), or the reason there is none said. */
  async function applyRead(read: ReadResult, discarded = false): Promise<boolean> {
    if (read.kind === 'ok') {
      noteSaved(true);
      const s = read.state;
      beforeLastLoad.value = null;
      dataset.value = s.dataset;
      problems.value = s.problems;
      files.value = s.files;
      origin.value = s.origin;
      originUrl.value = s.originUrl;
      // The next paste continues the numbering of the restored ones.
      pasteCount = lastPaste(s.files);
      kept = true;
      saveStatus.value = { state: 'restored', at: s.savedAt };
      return true;
    }
    if (read.kind === 'none') noteSaved(false);
    if (read.kind === 'unavailable') {
      // Nothing was saved (nothing can be): say why what the user loads will not be kept, not that a save was lost.
      warned = 'unavailable';
      saveStatus.value = { state: 'failed', failure: read.failure };
      storageWarning.value = { key: 'notKept', failure: read.failure };
    } else if (read.kind !== 'none') {
      console.warn(`Saved data not restored (${read.kind}): ${read.kind === 'other-version' ? `version ${String(read.version)}` : read.reason}`);
      storageWarning.value = { key: 'restoreFailed' };
      // A damaged record can never be restored; one of another version or the browser would not read may be fine later.
      if (read.kind === 'bad' && !discarded) await discardSaved(storage);
    }
    return false;
  }

  function reset() {
    dataset.value = emptyDataset();
    problems.value = [];
    files.value = [];
    origin.value = 'empty';
    originUrl.value = null;
    pasteCount = 0;
    beforeLastLoad.value = null;
  }

  /** 清空: an empty dataset, which is what a reload then shows. */
  function clear() {
    reset();
    kept = true;
    persist('save');
  }

  /** 重置为示例数据: the saved state is removed, so a reload shows the sample too. */
  async function resetToBundled(): Promise<StoreLoadResult | null> {
    await enqueue(async () => reset());
    kept = false;
    persist('forget');
    return loadBundled();
  }

  const saver = createSaver(
    storage,
    () => ({
      version: SAVED_VERSION,
      savedAt: new Date().toISOString(),
      origin: origin.value === 'empty' || origin.value === 'url' ? origin.value : 'user',
      originUrl: originUrl.value,
      dataset: dataset.value,
      files: files.value,
      problems: problems.value,
    }),
    (outcome) => {
      if (outcome.ok) {
        warned = null;
        if (!outcome.last) return;
        noteSaved(outcome.state !== null);
        saveStatus.value = outcome.state ? { state: 'saved', at: outcome.state.savedAt } : { state: 'off' };
        tabs.post(outcome.state ? { kind: 'saved', savedAt: outcome.state.savedAt } : { kind: 'forgotten' });
        return;
      }
      const why = storageFailure(outcome.error);
      if (outcome.last) saveStatus.value = { state: 'failed', failure: why };
      if (warned !== why.kind) {
        if (why.kind === 'write') console.warn('Saving the data in this browser failed:', outcome.error);
        storageWarning.value = { key: 'notKept', failure: why };
      }
      warned = why.kind;
    },
  );

  // Another tab saved or forgot the data kept in this browser: show what a reload here would show.
  // (Two tabs loading at the very same moment still end with the later save.)
  const onceVisible = whenVisible();
  const tabs = openTabChannel((m) => onceVisible(() => void followOtherTab(m)));
  async function followOtherTab(m: TabMessage) {
    // Linked data (?data=) the user has not added to is this tab's own view, not the browser's save.
    if (linked && !kept) return;
    // A save of this tab's own is due (a load just ended): it comes later and the other tab follows it.
    const ownSaveDue = () => saveStatus.value.state === 'saving';
    if (m.kind === 'saved') {
      if (await enqueue(async () => !ownSaveDue() && restore())) storageWarning.value = { key: 'syncedFromOtherTab' };
      return;
    }
    const follows = await enqueue(async () => {
      if (ownSaveDue()) return false;
      reset();
      return true;
    });
    if (!follows) return;
    kept = false;
    saveStatus.value = { state: 'off' };
    storageWarning.value = { key: 'syncedFromOtherTab' };
    await loadBundled();
  }

  /**
   * Server mode: from now on nothing is saved in this browser and the sample is not loaded; `next`
   * (the user's data from the server, or empty on sign-out) replaces the whole dataset after any queued load.
   */
  function useServerData(next?: Dataset): Promise<void> {
    fromServer = true;
    return enqueue(async () => {
      if (!next) return;
      reset();
      globalThis.performance?.mark?.('im:data-in-store');
      dataset.value = next;
      origin.value = 'user';
      kept = false;
      saveStatus.value = { state: 'off' };
    });
  }

  /** Resolves when no save is pending, counting one held back behind the startup's look into IndexedDB. */
  async function whenSaved(): Promise<void> {
    await firstRead;
    return saver.idle();
  }

  function persist(what: 'save' | 'forget') {
    if (fromServer) return;
    saveStatus.value = what === 'save' ? { state: 'saving' } : { state: 'off' };
    // After the startup's look into IndexedDB (init): in order, as requested.
    if (firstRead) void firstRead.then(() => saver.request(what));
    else saver.request(what);
  }

  return {
    dataset, problems, files, origin, originUrl, progress, pending, busy, counts, saveStatus, storageWarning, reloadQuestion, undoable, adoptedByEdit,
    applyEdit, useServerData, loadFiles, cancelLoad, loadBrowserFiles, loadText, loadBundled, loadFromUrl, init, clear, resetToBundled, answerReload, undoLastLoad,
    /** Resolves when no save is pending (tests). */
    saved: whenSaved,
  };
});
