// The saved-data record (lib/savedData): what is accepted back, what is refused, and the saver's
// one-at-a-time, latest-wins writes with their failures reported, never thrown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFiles } from '../../src/io/load';
import {
  NoIndexedDb, PART_SIZE, StorageUnavailable, createSaver, indexedDbBackend, memoryBackend, parseSaved, readSaved, savedAtText, savedDataBackend,
  setSavedDataBackend, storageFailure, storageFailureText, writeSaved, type SaveOutcome, type SavedState,
} from '../../src/app/lib/savedData';
import { createAppI18n } from '../../src/app/i18n';

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
const loaded = loadFiles([{ name: '2024年绩效目标表.txt', content: seed }, { name: '实际值.csv', content: readFileSync(resolve(process.cwd(), 'test/fixtures/io/actuals.csv')) }]);
const state = (over: Partial<SavedState> = {}): SavedState => ({
  version: 1,
  savedAt: '2024-07-15T06:05:00.000Z',
  origin: 'user',
  originUrl: null,
  dataset: loaded.dataset,
  files: loaded.files,
  problems: [{ severity: 'error', code: 'unknown-indicator', message: '没有三级指标“不存在的指标”', source: { file: '实际值.csv', row: 3 } }],
  ...over,
});

describe('parseSaved', () => {
  it('accepts a version-1 record of real loaded data as it is', () => {
    const s = structuredClone(state());
    expect(s.dataset.indicators.length).toBe(99);
    const read = parseSaved(s);
    expect(read).toEqual({ kind: 'ok', state: s });
  });

  it('accepts an emptied state', () => {
    const s = state({ origin: 'empty', dataset: { projects: [], indicators: [], actuals: [], spend: [] }, files: [], problems: [] });
    expect(parseSaved(s).kind).toBe('ok');
  });

  it('finds nothing when nothing was saved, and leaves records of other versions alone', () => {
    expect(parseSaved(undefined)).toEqual({ kind: 'none' });
    expect(parseSaved({ ...state(), version: 2 })).toEqual({ kind: 'other-version', version: 2 });
    expect(parseSaved({ dataset: {} })).toEqual({ kind: 'other-version', version: undefined });
  });

  it('refuses damaged records, saying what is wrong', () => {
    const s = state();
    const cases: [unknown, string][] = [
      [null, '保存的记录不是对象'],
      ['{"version":1}', '保存的记录不是对象'],
      [{ ...s, savedAt: '昨天' }, 'savedAt 无效'],
      [{ ...s, origin: 'bundled' }, 'origin 无效'],
      [{ ...s, originUrl: 3 }, 'originUrl 无效'],
      [{ ...s, dataset: null }, 'dataset 缺失'],
      [{ ...s, dataset: { ...s.dataset, projects: 'x' } }, 'dataset.projects 无效'],
      // One bad element among 99 is enough: the domain indexes every indicator by id.
      [{ ...s, dataset: { ...s.dataset, indicators: [...s.dataset.indicators.slice(1), { projectId: 'p' }] } }, 'dataset.indicators 无效'],
      [{ ...s, dataset: { ...s.dataset, actuals: [null] } }, 'dataset.actuals 无效'],
      [{ ...s, dataset: { ...s.dataset, spend: undefined } }, 'dataset.spend 无效'],
      [{ ...s, files: [{ name: 'a.csv' }] }, 'files 无效'],
      [{ ...s, problems: [{ message: 'x' }] }, 'problems 无效'],
    ];
    for (const [raw, reason] of cases) expect(parseSaved(raw)).toEqual({ kind: 'bad', reason });
  });
});

describe('readSaved', () => {
  it('reads back what was written, checked', async () => {
    const backend = memoryBackend();
    await writeSaved(backend, state());
    expect(await readSaved(backend)).toEqual({ kind: 'ok', state: state() });
    await writeSaved(backend, null);
    expect(await readSaved(backend)).toEqual({ kind: 'none' });
  });

  it('stores the long lists in parts of PART_SIZE items, and puts them back together in order', async () => {
    const backend = memoryBackend();
    const many = Array.from({ length: 2 * PART_SIZE + 1 }, (_, k) => ({ ...loaded.dataset.indicators[k % 99], id: `i-${k}` }));
    const big = state({ dataset: { ...loaded.dataset, indicators: many } });
    await writeSaved(backend, big);
    expect([...backend.values.keys()]).toEqual(['state', 'projects/0', 'indicators/0', 'indicators/1', 'indicators/2', 'actuals/0', 'problems/0']);
    expect(backend.values.get('state')).toMatchObject({ version: 1, parts: { projects: 1, indicators: 3, actuals: 1, spend: 0, problems: 1 } });
    expect(await readSaved(backend)).toEqual({ kind: 'ok', state: big });
    // A smaller save leaves no stale parts behind.
    await writeSaved(backend, state());
    expect([...backend.values.keys()]).toEqual(['state', 'projects/0', 'indicators/0', 'actuals/0', 'problems/0']);
  });

  it('keeps the monitoring round: rounds, forms and history read back as written', async () => {
    const backend = memoryBackend();
    const [p] = loaded.dataset.projects;
    const ind = loaded.dataset.indicators[0];
    const round = { id: 'r1', name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' as const }, createdAt: '2024-07-20T01:00:00.000Z' };
    const dataset = {
      ...loaded.dataset,
      actuals: [...loaded.dataset.actuals, { projectId: p.id, indicatorId: ind.id, date: '2024-07-31', value: '3', forecast: '6', reasonCategory: '经费保障', measures: '加快采购', attachments: [{ id: 'a1', name: '验收单.pdf', type: 'application/pdf', size: 1200 }] }],
      rounds: [round],
      forms: [{ roundId: 'r1', projectId: p.id, status: 'done' as const, doneAt: '2024-08-01T02:00:00.000Z', spendForecast: 110 }],
      history: [{ at: '2024-07-30T03:00:00.000Z', by: '本浏览器', roundId: 'r1', projectId: p.id, target: ind.id, field: 'value', before: null, after: '3' }],
    };
    await writeSaved(backend, state({ dataset }));
    expect(backend.values.get('state')).toMatchObject({ parts: { rounds: 1, forms: 1, history: 1 } });
    expect(await readSaved(backend)).toEqual({ kind: 'ok', state: state({ dataset }) });
    // A dataset without rounds stores no parts for them and reads back without the keys at all.
    await writeSaved(backend, state());
    const read = await readSaved(backend);
    expect(read.kind === 'ok' && Object.keys(read.state.dataset)).toEqual(['projects', 'indicators', 'actuals', 'spend']);
  });

  it('reads a save made before rounds existed (its head lists no parts for them)', async () => {
    const backend = memoryBackend();
    await writeSaved(backend, state());
    const head = backend.values.get('state') as { parts: Record<string, number> };
    expect(Object.keys(head.parts)).toEqual(['projects', 'indicators', 'actuals', 'spend', 'problems']);
    expect(await readSaved(backend)).toEqual({ kind: 'ok', state: state() });
    backend.values.set('state', { ...head, parts: { ...head.parts, rounds: 1 } });
    expect(await readSaved(backend)).toEqual({ kind: 'bad', reason: 'rounds 的分段缺失' });
    backend.values.set('rounds/0', [{ id: 'r1' }]);
    expect(await readSaved(backend)).toEqual({ kind: 'bad', reason: 'dataset.rounds 无效' });
  });

  it('refuses a save with a part missing or a damaged head', async () => {
    const backend = memoryBackend();
    await writeSaved(backend, state());
    backend.values.delete('indicators/0');
    expect(await readSaved(backend)).toEqual({ kind: 'bad', reason: 'indicators 的分段缺失' });
    backend.values.set('state', { version: 1, parts: { projects: -1 } });
    expect(await readSaved(backend)).toEqual({ kind: 'bad', reason: 'parts 无效' });
    backend.values.set('state', { version: 3 });
    expect(await readSaved(backend)).toEqual({ kind: 'other-version', version: 3 });
  });

  it('tells a read the browser refused from a damaged record', async () => {
    const refusing = { ...memoryBackend(), getMany: async () => Promise.reject(new DOMException('The user denied permission', 'SecurityError')) };
    expect(await readSaved(refusing)).toEqual({ kind: 'unreadable', reason: 'The user denied permission' });
  });

  it('says storage is unavailable (not that a save is unreadable) where there is no IndexedDB, and a save there rejects', async () => {
    expect(typeof indexedDB).toBe('undefined');
    expect(await readSaved(indexedDbBackend())).toEqual({ kind: 'unavailable', failure: { kind: 'unavailable', cause: 'missing', detail: '此浏览器不支持 IndexedDB' } });
    await expect(indexedDbBackend().replaceAll([['state', 1]])).rejects.toThrow(NoIndexedDb);
  });

  it('is the IndexedDB backend unless a test swaps it', () => {
    const mem = memoryBackend();
    const prev = setSavedDataBackend(mem);
    expect(savedDataBackend()).toBe(mem);
    expect(setSavedDataBackend(prev)).toBe(mem);
  });
});

describe('IndexedDB that the browser will not open', () => {
  afterEach(() => vi.unstubAllGlobals());
  const zh = createAppI18n('zh-CN').global.t as (key: string, values?: Record<string, unknown>) => string;

  it('open throwing SecurityError (storage blocked): unavailable, denied, for reads and writes alike', async () => {
    vi.stubGlobal('indexedDB', { open: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    const read = await readSaved(indexedDbBackend());
    expect(read).toEqual({ kind: 'unavailable', failure: { kind: 'unavailable', cause: 'denied', detail: 'SecurityError: The operation is insecure.' } });
    expect(storageFailureText((read as { failure: Parameters<typeof storageFailureText>[0] }).failure, zh))
      .toBe('本浏览器不允许保存数据（浏览器的隐私设置或无痕模式禁止网站保存数据），本次载入的数据只在此页面中，刷新后会丢失');
    await expect(indexedDbBackend().replaceAll([['state', 1]])).rejects.toThrow(StorageUnavailable);
  });

  it('an open request that fails: unavailable, with the browser\'s words; tried again at the next use', async () => {
    let opens = 0;
    vi.stubGlobal('indexedDB', {
      open: () => {
        opens++;
        const request: { error?: DOMException; onerror?: () => void } = {};
        setTimeout(() => {
          request.error = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
          request.onerror?.();
        });
        return request;
      },
    });
    const backend = indexedDbBackend();
    const read = await readSaved(backend);
    expect(read).toEqual({ kind: 'unavailable', failure: { kind: 'unavailable', cause: 'failed', detail: 'UnknownError: Internal error opening backing store for indexedDB.open.' } });
    expect(storageFailureText((read as { failure: Parameters<typeof storageFailureText>[0] }).failure, zh))
      .toBe('本浏览器不允许保存数据（无法打开浏览器的 IndexedDB 数据库：UnknownError: Internal error opening backing store for indexedDB.open.），本次载入的数据只在此页面中，刷新后会丢失');
    await expect(backend.replaceAll([])).rejects.toThrow(StorageUnavailable);
    expect(opens).toBe(2);
  });

  it('names a full store and any other refused write in words, in both languages', () => {
    const en = createAppI18n('en').global.t as typeof zh;
    const quota = storageFailure(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(quota).toEqual({ kind: 'quota' });
    expect(storageFailureText(quota, zh)).toBe('本浏览器留给本网站的存储空间已满，未能保存数据，本次载入的数据只在此页面中，刷新后会丢失');
    const write = storageFailure(new DOMException('Internal error writing to the backing store', 'UnknownError'));
    expect(storageFailureText(write, zh)).toBe('未能在本浏览器保存数据（UnknownError: Internal error writing to the backing store），本次载入的数据只在此页面中，刷新后会丢失');
    expect(storageFailureText(storageFailure(new NoIndexedDb()), en))
      .toBe('This browser does not allow saving data (it has no IndexedDB): what you load stays in this page only and is lost on reload');
  });
});

describe('createSaver', () => {
  let backend: ReturnType<typeof memoryBackend>;
  beforeEach(() => (backend = memoryBackend()));

  it('writes once for requests made together, with the state as it is when the write starts', async () => {
    let n = 0;
    const outcomes: SaveOutcome[] = [];
    const saver = createSaver(backend, () => state({ savedAt: `2024-07-15T06:0${++n}:00.000Z` }), (o) => outcomes.push(o), 0);
    saver.request('save');
    saver.request('save');
    saver.request('save');
    await saver.idle();
    expect(n).toBe(1);
    expect(outcomes.map((o) => [o.ok, o.last])).toEqual([[true, true]]);
    expect(await readSaved(backend)).toEqual({ kind: 'ok', state: state({ savedAt: '2024-07-15T06:01:00.000Z' }) });
  });

  it('the latest request wins: a forget after a save removes the record', async () => {
    const saver = createSaver(backend, () => state(), () => undefined, 0);
    saver.request('save');
    await saver.idle();
    expect(backend.values.has('state')).toBe(true);
    saver.request('save');
    saver.request('forget');
    await saver.idle();
    expect(backend.values.size).toBe(0);
  });

  it('a request made while a write runs is written after it, and only the final outcome is `last`', async () => {
    const outcomes: SaveOutcome[] = [];
    let origin: SavedState['origin'] = 'user';
    const saver = createSaver(backend, () => state({ origin }), (o) => outcomes.push(o), 0);
    const slow = backend.replaceAll;
    backend.replaceAll = async (entries) => {
      if (origin === 'user') {
        // The user empties the data while the first write is under way.
        origin = 'empty';
        saver.request('save');
      }
      await slow(entries);
    };
    saver.request('save');
    await saver.idle();
    await saver.idle();
    expect(outcomes.map((o) => [o.ok, o.last, o.ok && o.state?.origin])).toEqual([[true, false, 'user'], [true, true, 'empty']]);
    expect(backend.values.get('state')).toMatchObject({ origin: 'empty' });
  });

  it('reports a refused write (quota) and keeps working', async () => {
    const outcomes: SaveOutcome[] = [];
    const saver = createSaver(backend, () => state(), (o) => outcomes.push(o), 0);
    backend.replaceAll = async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    saver.request('save');
    await saver.idle();
    expect(outcomes).toEqual([{ ok: false, error: expect.objectContaining({ name: 'QuotaExceededError' }), last: true }]);
    backend.replaceAll = memoryBackend().replaceAll;
    saver.request('save');
    await saver.idle();
    expect(outcomes[1]).toMatchObject({ ok: true, last: true });
  });
});

describe('savedAtText', () => {
  it('writes the save time in the UI language', () => {
    const local = new Date(2024, 6, 15, 14, 5).toISOString();
    expect(savedAtText(local, 'zh-CN')).toBe('2024年7月15日 14:05');
    expect(savedAtText(local, 'en')).toBe('July 15, 2024 at 14:05');
  });
});
