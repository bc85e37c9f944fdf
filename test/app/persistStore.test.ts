// The dataset store across a reload: each "page load" is a fresh Pinia over the same saved-data
// backend (in memory, cloned like IndexedDB), started as main.ts starts it with init(?data=).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { memoryBackend, readSaved, setSavedDataBackend, writeSaved, type SavedDataBackend, type SavedState } from '../../src/app/lib/savedData';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
// Row 3 names an indicator the project does not have.
const actualsCsv = '项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,预算执行率,2024-06-30,28%\n“一企来办”平台运营运维费,不存在的指标,2024-06-30,5\n';

let backend: ReturnType<typeof memoryBackend>;
let prev: SavedDataBackend;
/** A page load: a fresh store, started without or with ?data=. */
async function reload(dataParam: string | null = null) {
  setActivePinia(createPinia());
  const data = useDatasetStore();
  await data.init(dataParam);
  return data;
}
const saved = async (): Promise<SavedState | undefined> => {
  const read = await readSaved(backend);
  return read.kind === 'ok' ? read.state : undefined;
};

describe('dataset store: saved in this browser', () => {
  beforeEach(() => {
    prev = setSavedDataBackend((backend = memoryBackend()));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    setSavedDataBackend(prev);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('opens on the sample the first time and saves nothing for it', async () => {
    const data = await reload();
    expect(data.origin).toBe('bundled');
    expect(data.files.map((f) => f.name)).toEqual(BUNDLED_FILES);
    await data.saved();
    expect(await saved()).toBeUndefined();
    expect(data.saveStatus).toEqual({ state: 'off' });
    // Nothing was saved, so nothing is said about it.
    expect(data.storageWarning).toBeNull();
  });

  it('restores what the user loaded on top of the sample: dataset, files and problems, equal to before', async () => {
    let data = await reload();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.loadText(actualsCsv);
    expect(data.saveStatus).toEqual({ state: 'saving' });
    await data.saved();
    expect(data.saveStatus).toMatchObject({ state: 'saved', at: (await saved())!.savedAt });
    const before = { dataset: data.dataset, files: data.files, problems: data.problems, counts: { ...data.counts } };
    expect(before.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, '2024年绩效目标表.txt', '粘贴文本1']);
    expect(before.problems.map((p) => [p.source?.file, p.source?.row, p.code])).toEqual([['粘贴文本1', 3, 'unknown-indicator']]);

    data = await reload();
    expect(data.origin).toBe('user');
    expect(data.dataset).toEqual(before.dataset);
    expect(data.files).toEqual(before.files);
    expect(data.problems).toEqual(before.problems);
    expect({ ...data.counts }).toEqual(before.counts);
    expect(data.saveStatus).toEqual({ state: 'restored', at: (await saved())!.savedAt });
    // The next paste goes on from the restored 粘贴文本1, and is saved in turn.
    await data.loadText(actualsCsv);
    expect(data.files.at(-1)!.name).toBe('粘贴文本2');
    await data.saved();
    expect((await saved())!.files.at(-1)!.name).toBe('粘贴文本2');
  });

  it('a load that fails is saved with its problem, on top of what was loaded', async () => {
    let data = await reload();
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    await data.saved();
    await data.loadText('随便写的一段话');
    await data.saved();
    data = await reload();
    expect(data.files.map((f) => [f.name, f.kind]).slice(-2)).toEqual([['a.txt', 'raw-table'], ['粘贴文本1', 'unknown']]);
    expect(data.problems.at(-1)!.source?.file).toBe('粘贴文本1');
  });

  it('清空 is kept: a reload shows no data, not the sample', async () => {
    let data = await reload();
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    data.clear();
    await data.saved();
    data = await reload();
    expect(data.origin).toBe('empty');
    expect({ ...data.counts }).toEqual({ projects: 0, indicators: 0, actuals: 0, spend: 0, problems: 0 });
    expect(data.files).toEqual([]);
    expect(data.saveStatus.state).toBe('restored');
  });

  it('重置为示例数据 removes the saved data: a reload shows the sample', async () => {
    let data = await reload();
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    await data.saved();
    await data.resetToBundled();
    await data.saved();
    expect(await saved()).toBeUndefined();
    expect(data.saveStatus).toEqual({ state: 'off' });
    data = await reload();
    expect(data.origin).toBe('bundled');
    expect(data.files.map((f) => f.name)).toEqual(BUNDLED_FILES);
  });

  it('?data= wins over the saved data and leaves it alone until the user loads more', async () => {
    let data = await reload();
    await data.loadFiles([{ name: 'mine.txt', content: seed }]);
    await data.saved();
    const mine = (await saved())!;
    vi.stubGlobal('fetch', vi.fn(async () => new Response(actualsCsv)));
    vi.stubGlobal('location', { href: 'https://dept.gov.cn/monitor/index.html' });

    data = await reload('data/linked.csv');
    expect(data.origin).toBe('url');
    expect(data.files.map((f) => f.name)).toEqual(['linked.csv']);
    await data.saved();
    expect(await saved()).toEqual(mine);
    expect(data.saveStatus).toEqual({ state: 'off' });

    // Loading more on top of the link makes it the user's data: saved, link included.
    await data.loadFiles([{ name: 'more.txt', content: seed }]);
    await data.saved();
    expect((await saved())!.files.map((f) => f.name)).toEqual(['linked.csv', 'more.txt']);
    expect((await saved())!.origin).toBe('user');
  });

  it('a failing save warns once, changes nothing loaded, and the next good save clears it', async () => {
    backend.replaceAll = async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const data = await reload();
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    expect(data.storageWarning).toBeNull();
    await data.saved();
    expect(data.storageWarning).toEqual({ key: 'notKept', failure: { kind: 'quota' } });
    expect(data.saveStatus).toEqual({ state: 'failed', failure: { kind: 'quota' } });
    expect(data.counts.projects).toBe(4);
    const first = data.storageWarning;
    const actuals = data.counts.actuals;
    await data.loadText(actualsCsv);
    await data.saved();
    expect(data.storageWarning).toBe(first);
    expect(data.counts.actuals).toBe(actuals + 1);
    expect(data.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, 'a.txt', '粘贴文本1']);

    backend.replaceAll = memoryBackend().replaceAll;
    data.clear();
    await data.saved();
    expect(data.saveStatus.state).toBe('saved');
  });

  it('storage the browser will not open: says so (not that a save was lost) once, and loads keep working in the page', async () => {
    backend.fault = 'open';
    const data = await reload();
    const failure = { kind: 'unavailable', cause: 'denied', detail: 'SecurityError: The operation is insecure.' };
    expect(data.storageWarning).toEqual({ key: 'notKept', failure });
    expect(data.saveStatus).toEqual({ state: 'failed', failure });
    expect(data.origin).toBe('bundled');
    expect(data.counts.projects).toBe(4);
    const told = data.storageWarning;
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    await data.saved();
    await data.loadText(actualsCsv);
    await data.saved();
    // Told at startup; the saves that fail the same way add no second toast.
    expect(data.storageWarning).toBe(told);
    expect(data.saveStatus).toEqual({ state: 'failed', failure });
    expect(data.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, 'a.txt', '粘贴文本1']);
    expect(data.counts.projects).toBe(4);
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('a write the browser refuses: says so with its words, once; the loaded data stays', async () => {
    backend.fault = 'write';
    const data = await reload();
    expect(data.storageWarning).toBeNull();
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    await data.saved();
    const failure = { kind: 'write', detail: 'UnknownError: Internal error writing to the backing store' };
    expect(data.storageWarning).toEqual({ key: 'notKept', failure });
    expect(data.saveStatus).toEqual({ state: 'failed', failure });
    expect(data.files.at(-1)!.name).toBe('a.txt');
    expect(data.counts.indicators).toBe(99);
  });

  it('a full store (quota): says the space is full, and the previous save is left whole', async () => {
    let data = await reload();
    await data.loadFiles([{ name: 'a.txt', content: seed }]);
    await data.saved();
    const before = await saved();
    backend.fault = 'quota';
    await data.loadText(actualsCsv);
    await data.saved();
    expect(data.storageWarning).toEqual({ key: 'notKept', failure: { kind: 'quota' } });
    expect(data.files.at(-1)!.name).toBe('粘贴文本1');
    expect(await saved()).toEqual(before);
    backend.fault = null;
    data = await reload();
    expect(data.files.at(-1)!.name).toBe('a.txt');
    expect(data.storageWarning).toBeNull();
  });

  it('a damaged saved record gives the sample with a warning, and is removed', async () => {
    await writeSaved(backend, { version: 1, savedAt: '2024-07-15T06:05:00.000Z', origin: 'user', originUrl: null, dataset: { projects: [], indicators: [], actuals: [], spend: [] }, files: [], problems: [] });
    backend.values.set('projects/0', [{}]);
    (backend.values.get('state') as { parts: { projects: number } }).parts.projects = 1;
    const data = await reload();
    expect(data.origin).toBe('bundled');
    expect(data.counts.projects).toBe(4);
    expect(data.storageWarning).toEqual({ key: 'restoreFailed' });
    expect(backend.values.size).toBe(0);
  });

  it('a read the browser refuses gives the sample with a warning, keeping the record', async () => {
    backend.values.set('state', { version: 1 });
    backend.getMany = async () => Promise.reject(new Error('Internal error opening backing store'));
    const data = await reload();
    expect(data.origin).toBe('bundled');
    expect(data.storageWarning).toEqual({ key: 'restoreFailed' });
    expect(backend.values.has('state')).toBe(true);
  });

  it('a record of another version gives the sample with the warning that it cannot be read, and is kept', async () => {
    backend.values.set('state', { version: 2, data: 'from a newer app' });
    const data = await reload();
    expect(data.origin).toBe('bundled');
    expect(data.storageWarning).toEqual({ key: 'restoreFailed' });
    expect(backend.values.get('state')).toEqual({ version: 2, data: 'from a newer app' });
  });
});

describe('dataset store: startup beside the look into IndexedDB', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    prev = setSavedDataBackend((backend = memoryBackend()));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    store = new Map();
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) });
  });
  afterEach(() => {
    setSavedDataBackend(prev);
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  /** IndexedDB answering only when the test says so (its first opening took up to 1 s). */
  function slowReads() {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const getMany = backend.getMany;
    backend.getMany = async (keys) => {
      await gate;
      return getMany(keys);
    };
    return release;
  }

  it('shows the sample before IndexedDB answers, then puts back data saved without the note (an older version), writing nothing before reading', async () => {
    let data = await reload();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.saved();
    const stored = (await saved())!;
    expect(store.get('indicator-monitor:saved')).toBe('1');
    store.clear(); // as an older version left it
    const release = slowReads();
    const writes = vi.spyOn(backend, 'replaceAll');
    setActivePinia(createPinia());
    data = useDatasetStore();
    const started = data.init(null);
    await vi.waitFor(() => expect(data.origin).toBe('bundled'));
    expect(data.files.map((f) => f.name)).toEqual(BUNDLED_FILES);
    // A load meanwhile saves only after the look: the old save is read before anything replaces it.
    release();
    expect(await started).toBeNull();
    expect(data.origin).toBe('user');
    expect(data.dataset).toEqual(stored.dataset);
    expect(data.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, '2024年绩效目标表.txt']);
    expect(data.saveStatus).toEqual({ state: 'restored', at: stored.savedAt });
    expect(writes).not.toHaveBeenCalled();
    expect(store.get('indicator-monitor:saved')).toBe('1');
  });

  it('a load made before IndexedDB answered wins over the old save, which is read before being replaced', async () => {
    let data = await reload();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.saved();
    store.clear();
    const release = slowReads();
    const order: string[] = [];
    const replaceAll = backend.replaceAll;
    backend.replaceAll = async (entries) => {
      order.push('write');
      return replaceAll(entries);
    };
    const getMany = backend.getMany;
    backend.getMany = async (keys) => {
      const got = await getMany(keys);
      order.push('read');
      return got;
    };
    setActivePinia(createPinia());
    data = useDatasetStore();
    const started = data.init(null);
    await vi.waitFor(() => expect(data.origin).toBe('bundled'));
    await data.loadText(actualsCsv);
    // Past the saver's own delay: the load's save is still held back behind the look.
    await new Promise((r) => setTimeout(r, 120));
    expect(order).toEqual([]);
    release();
    await started;
    await data.saved();
    expect(order[0]).toBe('read');
    expect(order).toContain('write');
    expect(data.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, '粘贴文本1']);
    expect((await saved())!.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, '粘贴文本1']);
  });

  it('waits for IndexedDB when this browser noted a save (the sample never flashes), and notes a first visit as nothing saved', async () => {
    let data = await reload();
    expect(store.get('indicator-monitor:saved')).toBe('0');
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.saved();
    expect(store.get('indicator-monitor:saved')).toBe('1');
    const release = slowReads();
    setActivePinia(createPinia());
    data = useDatasetStore();
    const started = data.init(null);
    await new Promise((r) => setTimeout(r, 30));
    expect(data.origin).toBe('empty');
    expect(data.counts.projects).toBe(0);
    release();
    await started;
    expect(data.origin).toBe('user');
  });

  it('puts back an old save even when the sample could not be loaded, and not after the user went back to the sample', async () => {
    let data = await reload();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.saved();
    const stored = (await saved())!;
    store.clear();
    // The sample's chunk fails (offline, a stale deploy): the old save still comes back.
    let release = slowReads();
    setActivePinia(createPinia());
    data = useDatasetStore();
    const bundled = await import('../../src/app/lib/bundled');
    const failing = vi.spyOn(bundled, 'bundledSample').mockRejectedValue(new Error('chunk failed'));
    let started = data.init(null);
    release();
    await started;
    failing.mockRestore();
    expect(data.dataset).toEqual(stored.dataset);
    // 重置为示例数据 while the look is out: the user's choice stands, the old save is not put back over it.
    store.clear();
    release = slowReads();
    setActivePinia(createPinia());
    data = useDatasetStore();
    started = data.init(null);
    await vi.waitFor(() => expect(data.origin).toBe('bundled'));
    const reset = data.resetToBundled();
    release();
    await Promise.all([started, reset]);
    expect(data.origin).toBe('bundled');
    expect(data.files.map((f) => f.name)).toEqual(BUNDLED_FILES);
  });
});
