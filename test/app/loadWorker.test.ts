// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { useDatasetStore, type LoadProgress as Progress } from '../../src/app/stores/dataset';
import { loadService, type LoadMessage, type LoadRequest } from '../../src/app/workers/loadService';
import { loadFiles } from '../../src/io/load';
import LoadProgress from '../../src/app/components/layout/LoadProgress.vue';
import { appPlugins } from './helpers';
import { generate } from '../../scripts/gen';

// A large load runs in a worker that lives on between loads (lib/loadRunner, workers/loadService):
// the page gets the same data set as an inline load, rebuilt from the packed answer in slices, and
// is told each phase; the next load sends only its files while the page's data is the worker's
// last answer, and the page's data set whenever it is not (an edit, a cancelled or failed load).

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
const rows = (date: string, n: number) => `项目名称,三级指标,日期,实际值\n${`“一企来办”平台运营运维费,预算执行率,${date},28%\n`.repeat(n)}`;
const big = (name: string, date: string) => ({ name, content: rows(date, 30_000) });

/** The real worker code, in-process: messages cloned (buffers transferred) and delivered as tasks, as a browser does. */
const requests: { base: 'sent' | 'held' }[] = [];
let failNext = false;
class InProcessWorker {
  onmessage: ((e: MessageEvent<LoadMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  private handle = loadService((m, transfer = []) => {
    const copy = structuredClone(m, { transfer });
    setTimeout(() => !this.terminated && this.onmessage?.({ data: copy } as MessageEvent<LoadMessage>));
  });
  postMessage(request: LoadRequest, transfer: Transferable[] = []) {
    requests.push({ base: request.base ? 'sent' : 'held' });
    const copy = structuredClone(request, { transfer });
    if (failNext) {
      failNext = false;
      copy.files = null as unknown as LoadRequest['files'];
    }
    setTimeout(() => !this.terminated && this.handle(copy));
  }
  terminate() { this.terminated = true; }
}

describe('loading through the long-lived worker', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    requests.length = 0;
    vi.stubGlobal('Worker', InProcessWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives the data set an inline load gives, telling each phase, and sends only files while the worker holds the page\'s data', async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }]);
    const phases: Progress['phase'][] = [];
    let receiving = 0;
    data.$subscribe(() => {
      const p = data.progress;
      if (p && phases.at(-1) !== p.phase) phases.push(p.phase);
      if (p?.phase === 'receiving') receiving = Math.max(receiving, p.done);
    });
    const first = big('六月.csv', '2024-06-30');
    const result = await data.loadFiles([first]);
    const inline = loadFiles([first], loadFiles([{ name: 'seed.txt', content: seed }]).dataset);
    expect(data.dataset).toStrictEqual(inline.dataset);
    expect(result?.problems).toStrictEqual(inline.problems);
    expect(data.dataset.actuals).toHaveLength(1);
    expect(phases.slice(0, 4)).toStrictEqual(['parsing', 'packing', 'receiving', 'judging']);
    const records = data.dataset.projects.length + data.dataset.indicators.length + data.dataset.actuals.length + data.dataset.spend.length;
    // Progress counts the strings (each once) and then the records: it ends above the records.
    expect(receiving).toBeGreaterThan(records);
    // The seed went inline (small); the large load sent the page's data (the worker held none).
    expect(requests).toStrictEqual([{ base: 'sent' }]);

    // Again: the worker merges into its own copy, the page sends only the file — as bytes, whose
    // copy is moved to the worker while the caller's stay readable (to load them again).
    const second = { name: '七月.csv', content: new TextEncoder().encode(rows('2024-07-31', 30_000)) };
    const size = second.content.byteLength;
    await data.loadFiles([second]);
    expect(second.content.byteLength).toBe(size);
    expect(requests.at(-1)).toStrictEqual({ base: 'held' });
    expect(data.dataset).toStrictEqual(loadFiles([second], inline.dataset).dataset);
    expect(data.dataset.actuals.map((a) => a.date)).toStrictEqual(['2024-06-30', '2024-07-31']);
  });

  it('sends the page\'s data after an undo, a cancelled load or a failed one', { timeout: 90_000 }, async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }]);
    await data.loadFiles([big('六月.csv', '2024-06-30')]);
    // 撤销上次载入: the page's data is no longer the worker's.
    await data.undoLastLoad();
    await data.loadFiles([big('七月.csv', '2024-07-31')]);
    expect(requests.map((r) => r.base)).toStrictEqual(['sent', 'sent']);
    expect(data.dataset.actuals.map((a) => a.date)).toStrictEqual(['2024-07-31']);

    // Cancelled when the worker has parsed: nothing changes, and the worker's copy is not trusted.
    const before = data.dataset;
    const stop = data.$subscribe(() => { if (data.progress?.phase === 'packing') data.cancelLoad(); }, { flush: 'sync' });
    expect(await data.loadFiles([big('八月.csv', '2024-08-31')])).toBeNull();
    stop();
    expect(data.dataset).toBe(before);
    await data.loadFiles([big('九月.csv', '2024-09-30')]);
    expect(requests.at(-1)).toStrictEqual({ base: 'sent' });
    expect(data.dataset.actuals.map((a) => a.date)).toStrictEqual(['2024-07-31', '2024-09-30']);

    // A load the worker fails: listed, nothing changes, and the next one sends the page's data.
    const kept = data.dataset;
    failNext = true;
    expect(await data.loadFiles([big('十月.csv', '2024-10-31')])).toBeNull();
    expect(data.dataset).toBe(kept);
    expect(data.problems.at(-1)?.message).toMatch(/^载入失败：/);
    await data.loadFiles([big('十一月.csv', '2024-11-30')]);
    expect(requests.at(-1)).toStrictEqual({ base: 'sent' });
    expect(data.dataset.actuals.map((a) => a.date)).toStrictEqual(['2024-07-31', '2024-09-30', '2024-11-30']);
  });

  it('stops rebuilding a province\'s records on 取消, the data as it was', { timeout: 90_000 }, async () => {
    const data = useDatasetStore();
    const gen = generate(300, 3);
    const files = [{ name: 'projects.csv', content: gen.files.projects }, { name: 'actuals.csv', content: gen.files.actuals }];
    let slices = 0;
    const stop = data.$subscribe(() => {
      if (data.progress?.phase === 'receiving' && ++slices === 1) data.cancelLoad();
    }, { flush: 'sync' });
    expect(await data.loadFiles(files)).toBeNull();
    stop();
    expect(slices).toBe(1);
    expect(data.dataset.projects).toHaveLength(0);
    expect(data.problems).toHaveLength(0);
    // Not cancelled, the same load arrives whole, more records than one slice.
    const result = await data.loadFiles(files);
    expect(result?.dataset).toBe(data.dataset);
    expect(data.dataset).toStrictEqual(loadFiles(files).dataset);
    expect(data.dataset.indicators.length + data.dataset.actuals.length).toBeGreaterThan(20_000);
  });

  it('says what each phase is doing, with the share of records rebuilt', async () => {
    const { plugins } = appPlugins();
    const wrapper = mount(LoadProgress, { global: { plugins } });
    const data = useDatasetStore();
    const bar = () => wrapper.find('[data-test="load-progress"]');
    const shown: [Progress, string, boolean][] = [
      [{ phase: 'parsing', done: 1, total: 1, bytes: 1_600_000, cancellable: true }, '正在解析 1 个文件（1.5 MB）…取消', true],
      [{ phase: 'packing', done: 1, total: 1, bytes: 1_600_000, cancellable: true }, '解析完成，正在传送数据…取消', true],
      [{ phase: 'receiving', done: 300_000, total: 1_200_000, bytes: 1_600_000, cancellable: true }, '正在整理数据 25%…取消', false],
      [{ phase: 'judging', done: 287_601, total: 287_601, bytes: 1_600_000 }, '正在判定 287,601 个指标并绘制页面…', true],
      [{ phase: 'saving', done: 0, total: 0, bytes: 1_600_000 }, '正在保存到本浏览器…', true],
    ];
    for (const [progress, text, indeterminate] of shown) {
      data.progress = progress;
      await flushPromises();
      expect(bar().text()).toBe(text);
      expect(bar().find('.el-progress-bar__inner').classes('el-progress-bar__inner--indeterminate')).toBe(indeterminate);
    }
  });
});
