// @vitest-environment jsdom
/* eslint-disable vue/one-component-per-file -- small host components for composables */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type WritableComputedRef } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import { ElDatePicker } from 'element-plus';
import AsOfPicker from '../../src/app/components/layout/AsOfPicker.vue';
import { useAsOfUrlSync } from '../../src/app/composables/useUrlSync';
import { useAppLink, useQueryList, useQueryParam } from '../../src/app/composables/useQuery';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { appPlugins } from './helpers';

const seed = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));
const actuals = '项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,预算执行率,2024-09-30,60%\n';

// The shell's part in miniature: URL → store sync plus the header's picker.
const Host = defineComponent({
  setup() {
    useAsOfUrlSync();
    return () => h(AsOfPicker);
  },
});

async function setup(path: string) {
  const { plugins, router } = appPlugins();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(Host, { global: { plugins } });
  await useDatasetStore().loadFiles([{ name: 'seed.txt', content: seed }, { name: 'a.csv', content: actuals }]);
  await flushPromises();
  // The stand-in gives way to the picker when the mouse comes over it (the idle timer has not run yet).
  const standin = wrapper.find('[data-test="as-of-standin"]');
  if (standin.exists()) await standin.trigger('pointerenter');
  await flushPromises();
  return { wrapper, router, report: useReportStore() };
}

const inputValue = (w: ReturnType<typeof mount>) => (w.find('input').element as HTMLInputElement).value;

describe('as-of date in the header', () => {
  it('follows the latest data date when the URL names none', async () => {
    const { wrapper, report } = await setup('/');
    expect(report.asOf).toBe('2024-09-30');
    expect(inputValue(wrapper)).toBe('2024-09-30');
  });

  it('takes a shared ?asOf= and ignores an impossible one', async () => {
    const { wrapper, report, router } = await setup('/flagged?asOf=2024-06-30&status=behind');
    expect(report.asOf).toBe('2024-06-30');
    expect(report.report.asOf).toBe('2024-06-30');
    expect(inputValue(wrapper)).toBe('2024-06-30');
    await router.push('/flagged?asOf=2024-02-30');
    await flushPromises();
    expect(report.asOf).toBe('2024-09-30');
  });

  it('writes a picked date to the URL, keeping the page filters, and re-judges', async () => {
    const { wrapper, report, router } = await setup('/flagged?status=behind');
    wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', '2024-03-31');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'behind', asOf: '2024-03-31' });
    expect(report.report.asOf).toBe('2024-03-31');
    expect(inputValue(wrapper)).toBe('2024-03-31');
    // Clearing returns to the data's date and drops the key.
    wrapper.findComponent(ElDatePicker).vm.$emit('update:modelValue', null);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'behind' });
    expect(report.asOf).toBe('2024-09-30');
  });

  it('stands in with a plain input of the same date until idle, and brings the picker focused when the keyboard gets there first', async () => {
    const { plugins, router } = appPlugins();
    await router.push('/?asOf=2024-06-30');
    await router.isReady();
    // A page still loading: the picker waits for its load event.
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const poppers = document.querySelectorAll('.el-picker__popper').length; // other tests' pickers, teleported to <body>
    const wrapper = mount(Host, { global: { plugins }, attachTo: document.body });
    await useDatasetStore().loadFiles([{ name: 'seed.txt', content: seed }, { name: 'a.csv', content: actuals }]);
    await flushPromises();
    expect(wrapper.findComponent(ElDatePicker).exists()).toBe(false);
    expect(wrapper.find('[data-test="as-of-standin"]').exists()).toBe(true);
    expect(inputValue(wrapper)).toBe('2024-06-30');
    expect(document.querySelectorAll('.el-picker__popper')).toHaveLength(poppers);
    (wrapper.find('[data-test="as-of-standin"] input').element as HTMLInputElement).focus();
    await flushPromises();
    const picker = wrapper.findComponent(ElDatePicker);
    expect(picker.exists()).toBe(true);
    expect(wrapper.find('[data-test="as-of-standin"]').exists()).toBe(false);
    expect(inputValue(wrapper)).toBe('2024-06-30');
    expect(document.activeElement).toBe(wrapper.find('input').element);
    state.mockRestore();
    wrapper.unmount();
  });

  it('opens the picker when a touch or click reaches the stand-in before the picker came', async () => {
    const { plugins, router } = appPlugins();
    await router.push('/?asOf=2024-06-30');
    await router.isReady();
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const wrapper = mount(Host, { global: { plugins }, attachTo: document.body });
    await useDatasetStore().loadFiles([{ name: 'seed.txt', content: seed }, { name: 'a.csv', content: actuals }]);
    await flushPromises();
    await wrapper.find('[data-test="as-of-standin"]').trigger('pointerdown');
    await vi.waitFor(() => expect(wrapper.findComponent(ElDatePicker).exists()).toBe(true));
    await flushPromises();
    // Opened: a picker popper with the rounds' shortcuts is shown (other tests' closed ones stay hidden in <body>).
    const open = () => [...document.querySelectorAll<HTMLElement>('.el-picker__popper')].filter((p) => p.style.display !== 'none');
    await vi.waitFor(() => expect(open()).toHaveLength(1));
    expect([...open()[0].querySelectorAll('.el-picker-panel__shortcut')].map((b) => b.textContent)).toEqual(['一季度末', '半年', '1–7月', '三季度末', '全年']);
    state.mockRestore();
    wrapper.unmount();
  });

  it('brings the picker by itself a second after the page has loaded', async () => {
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const { plugins, router } = appPlugins();
    await router.push('/');
    await router.isReady();
    const wrapper = mount(Host, { global: { plugins } });
    await useDatasetStore().loadFiles([{ name: 'seed.txt', content: seed }, { name: 'a.csv', content: actuals }]);
    await flushPromises();
    expect(wrapper.findComponent(ElDatePicker).exists()).toBe(false);
    state.mockRestore();
    vi.useFakeTimers();
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(900);
    expect(wrapper.findComponent(ElDatePicker).exists()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    vi.useRealTimers();
    await flushPromises();
    expect(wrapper.findComponent(ElDatePicker).exists()).toBe(true);
    expect(inputValue(wrapper)).toBe('2024-09-30');
  });

  it('offers the monitoring rounds of the data year as shortcuts', async () => {
    const { wrapper } = await setup('/');
    const shortcuts = wrapper.findComponent(ElDatePicker).props('shortcuts') as { text: string; value: () => Date }[];
    expect(shortcuts.map((s) => s.text)).toEqual(['一季度末', '半年', '1–7月', '三季度末', '全年']);
    expect(shortcuts.map((s) => s.value().toDateString())).toEqual(
      ['2024-03-31', '2024-06-30', '2024-07-31', '2024-09-30', '2024-12-31'].map((d) => new Date(`${d}T00:00:00`).toDateString()),
    );
  });
});

describe('view filters in the URL', () => {
  it('reads and writes list and string filters, and links keep only the global keys', async () => {
    const { plugins, router } = appPlugins();
    await router.push('/flagged?asOf=2024-06-30&status=behind,warning');
    await router.isReady();
    let api!: { status: WritableComputedRef<string[]>; q: WritableComputedRef<string>; to: ReturnType<typeof useAppLink> };
    mount(defineComponent({ setup() {
      api = { status: useQueryList('status'), q: useQueryParam('q'), to: useAppLink() };
      return () => h('div');
    } }), { global: { plugins } });
    expect(api.status.value).toEqual(['behind', 'warning']);
    expect(api.q.value).toBe('');
    api.q.value = '平台';
    await flushPromises();
    api.status.value = [];
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ asOf: '2024-06-30', q: '平台' });
    expect(api.to('/project/p-1')).toEqual({ path: '/project/p-1', query: { asOf: '2024-06-30' } });
  });
});
