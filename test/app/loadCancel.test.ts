// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { useDatasetStore } from '../../src/app/stores/dataset';
import LoadProgress from '../../src/app/components/layout/LoadProgress.vue';
import { appPlugins } from './helpers';

// A large load runs in a worker and can be stopped: 取消 terminates the worker, the load answers
// null, and the data, files and problems stay as they were (nothing saved, no error listed).

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
const workers: { terminated: boolean; posted: number }[] = [];
class SilentWorker {
  state = { terminated: false, posted: 0 };
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  constructor() { workers.push(this.state); }
  postMessage() { this.state.posted++; }
  terminate() { this.state.terminated = true; }
}
const big = () => ({ name: 'big.csv', content: `项目名称,三级指标,日期,实际值\n${'“一企来办”平台运营运维费,预算执行率,2024-06-30,28%\n'.repeat(30_000)}` });

describe('cancelling a load', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    workers.length = 0;
  });
  afterEach(() => vi.unstubAllGlobals());

  it('stops the worker and leaves the data as it was', async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }]);
    const before = { dataset: data.dataset, files: data.files, problems: data.problems };
    vi.stubGlobal('Worker', SilentWorker);
    const load = data.loadFiles([big()]);
    await flushPromises();
    expect(workers).toHaveLength(1);
    expect(workers[0].posted).toBe(1);
    expect(data.progress).toMatchObject({ phase: 'parsing', cancellable: true });
    data.cancelLoad();
    expect(await load).toBeNull();
    expect(workers[0].terminated).toBe(true);
    expect(data.progress).toBeNull();
    expect(data.busy).toBe(false);
    expect(data.dataset).toBe(before.dataset);
    expect(data.files).toBe(before.files);
    expect(data.problems).toEqual(before.problems);
  });

  it('cancels a load that fell back to parsing inline (the worker would not start): nothing merged', async () => {
    const data = useDatasetStore();
    await data.loadFiles([{ name: 'seed.txt', content: seed }]);
    const before = data.dataset;
    vi.stubGlobal('Worker', class { constructor() { throw new Error('no workers here'); } });
    // 取消 clicked while it parses inline: the moment the fallback is logged.
    const error = vi.spyOn(console, 'error').mockImplementation(() => data.cancelLoad());
    const load = data.loadFiles([big()]);
    expect(await load).toBeNull();
    expect(data.dataset).toBe(before);
    expect(data.problems).toEqual([]);
    expect(error).toHaveBeenCalledTimes(1);
    // Not cancelled, the same load goes through.
    error.mockImplementation(() => {});
    expect((await data.loadFiles([big()]))?.dataset.actuals.length).toBe(1);
  });

  it('offers 取消 only while a worker parses', async () => {
    const { plugins } = appPlugins();
    const wrapper = mount(LoadProgress, { global: { plugins } });
    const data = useDatasetStore();
    vi.stubGlobal('Worker', SilentWorker);
    const load = data.loadFiles([big()]);
    await flushPromises();
    expect(wrapper.find('[data-test="load-progress"]').text()).toContain('正在解析 1 个文件');
    await wrapper.find('[data-test="load-cancel"]').trigger('click');
    expect(await load).toBeNull();
    await flushPromises();
    expect(wrapper.find('[data-test="load-progress"]').exists()).toBe(false);
    // A small load parses inline: nothing to cancel.
    const small = data.loadFiles([{ name: 'seed.txt', content: seed }]);
    await flushPromises();
    expect(wrapper.find('[data-test="load-cancel"]').exists()).toBe(false);
    await small;
    expect(data.counts.projects).toBe(4);
  });
});
