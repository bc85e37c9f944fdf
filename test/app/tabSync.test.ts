// Two tabs of the app in one browser: each a Pinia of its own over one saved-data backend (memory,
// cloned like IndexedDB), talking over Node's BroadcastChannel as tabs do over the browser's.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { memoryBackend, readSaved, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import { openTabChannel, whenVisible, TAB_CHANNEL, type TabMessage } from '../../src/app/lib/tabSync';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
const actualsCsv = '项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,预算执行率,2024-06-30,28%\n';

async function openTab(dataParam: string | null = null) {
  setActivePinia(createPinia());
  const tab = useDatasetStore();
  await tab.init(dataParam);
  return tab;
}

/** A hidden-or-visible document stand-in. */
function fakeDocument(state: DocumentVisibilityState) {
  const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  doc.visibilityState = state;
  return doc;
}

describe('two tabs share the data kept in this browser', () => {
  let prev: SavedDataBackend;
  let backend: SavedDataBackend;
  beforeEach(() => {
    prev = setSavedDataBackend((backend = memoryBackend()));
  });
  afterEach(() => {
    setSavedDataBackend(prev);
    vi.unstubAllGlobals();
  });

  it('a tab on the sample shows what another tab then loads, and says so', async () => {
    const a = await openTab();
    const b = await openTab();
    expect(b.files.map((f) => f.name)).toEqual(BUNDLED_FILES);

    await a.loadFiles([{ name: '2024年目标表.txt', content: seed }]);
    await a.loadText(actualsCsv);
    await a.saved();
    await vi.waitFor(() => expect(b.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, '2024年目标表.txt', '粘贴文本1']));
    expect(b.dataset).toEqual(a.dataset);
    expect(b.storageWarning).toEqual({ key: 'syncedFromOtherTab' });
    expect(b.saveStatus).toMatchObject({ state: 'restored' });
    expect(a.storageWarning).toBeNull();

    // B's next paste builds on A's data (粘贴文本2), and A follows it in turn.
    await b.loadText(actualsCsv);
    await b.saved();
    expect(b.files.at(-1)!.name).toBe('粘贴文本2');
    await vi.waitFor(() => expect(a.files.map((f) => f.name)).toEqual(b.files.map((f) => f.name)));
  });

  it('重置为示例数据 in one tab takes the other back to the sample', async () => {
    const a = await openTab();
    await a.loadFiles([{ name: 'a.txt', content: seed }]);
    await a.saved();
    const b = await openTab();
    expect(b.files.at(-1)!.name).toBe('a.txt');

    await a.resetToBundled();
    await a.saved();
    await vi.waitFor(() => expect(b.files.map((f) => f.name)).toEqual(BUNDLED_FILES));
    expect(b.origin).toBe('bundled');
    expect(b.saveStatus).toEqual({ state: 'off' });
    expect(b.storageWarning).toEqual({ key: 'syncedFromOtherTab' });
  });

  it('two tabs loading at the same moment end agreeing with what is saved (the later save wins)', async () => {
    const a = await openTab();
    const b = await openTab();
    // B's table is still loading when A's paste is saved and announced.
    const loadB = b.loadFiles([{ name: 'B的目标表.txt', content: seed }]);
    await a.loadText(actualsCsv);
    await Promise.all([a.saved(), loadB]);
    await b.saved();
    const read = async () => {
      const r = await readSaved(backend);
      return r.kind === 'ok' ? r.state.files.map((f) => f.name) : [];
    };
    await vi.waitFor(async () => {
      const saved = await read();
      expect(a.files.map((f) => f.name)).toEqual(saved);
      expect(b.files.map((f) => f.name)).toEqual(saved);
    });
    expect((await read()).length).toBe(BUNDLED_FILES.length + 1);
  });

  it("a save heard while this tab's own save is due does not replace what this tab just loaded", async () => {
    const a = await openTab();
    await a.loadText(actualsCsv);
    await a.saved();
    const b = await openTab();
    await b.loadFiles([{ name: 'B的目标表.txt', content: seed }]);
    expect(b.saveStatus).toEqual({ state: 'saving' }); // written ~50 ms after the load shows
    const other = new BroadcastChannel(TAB_CHANNEL);
    other.postMessage({ kind: 'saved', savedAt: new Date().toISOString() });
    await new Promise((r) => setTimeout(r, 100));
    await b.saved();
    other.close();
    expect(b.files.at(-1)!.name).toBe('B的目标表.txt');
    const saved = await readSaved(backend);
    expect(saved.kind === 'ok' && saved.state.files.map((f) => f.name)).toEqual([...BUNDLED_FILES, '粘贴文本1', 'B的目标表.txt']);
    // … and A follows B's save.
    await vi.waitFor(() => expect(a.files.at(-1)!.name).toBe('B的目标表.txt'));
  });

  it('a tab showing linked data (?data=) keeps it', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(actualsCsv)));
    vi.stubGlobal('location', { href: 'https://dept.gov.cn/monitor/index.html' });
    const linked = await openTab('data/linked.csv');
    const a = await openTab();
    await a.loadFiles([{ name: 'a.txt', content: seed }]);
    await a.saved();
    // Give the message time to arrive, then check nothing moved.
    await new Promise((r) => setTimeout(r, 100));
    expect(linked.files.map((f) => f.name)).toEqual(['linked.csv']);
    expect(linked.storageWarning).toBeNull();
  });
});

describe('tab messages', () => {
  it('runs a job at once on a visible page, and only the latest one when a hidden page shows', () => {
    const doc = fakeDocument('hidden');
    const later = whenVisible(doc as unknown as Document);
    const ran: string[] = [];
    later(() => ran.push('first'));
    later(() => ran.push('second'));
    expect(ran).toEqual([]);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(ran).toEqual(['second']);
    later(() => ran.push('third'));
    expect(ran).toEqual(['second', 'third']);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(ran).toEqual(['second', 'third']);
  });

  it('passes on only well-formed messages', async () => {
    const got: TabMessage[] = [];
    const name = `${TAB_CHANNEL}:test`;
    const listener = openTabChannel((m) => got.push(m), name);
    const raw = new BroadcastChannel(name);
    for (const m of [{ kind: 'saved' }, { kind: 'other' }, '<b>saved</b>', null, { kind: 'forgotten' }, { kind: 'saved', savedAt: '2024-07-01T08:00:00.000Z' }]) raw.postMessage(m);
    await vi.waitFor(() => expect(got).toHaveLength(2));
    expect(got).toEqual([{ kind: 'forgotten' }, { kind: 'saved', savedAt: '2024-07-01T08:00:00.000Z' }]);
    raw.close();
    listener.close();
  });
});
