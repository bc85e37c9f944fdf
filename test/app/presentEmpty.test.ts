// @vitest-environment jsdom
// 演示模式 without data: it said “第 1 / 3 页” and offered 下载 PPT / 打印报告 of an empty deck, with no
// way to the 数据 page but 退出演示. Now: the message, a link to 数据, only 退出演示 in the bar. With
// data the bar is whole and counts the slides.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import PresentView from '../../src/app/views/PresentView.vue';
import PresentBar from '../../src/app/components/present/PresentBar.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { appPlugins } from './helpers';
import { downloadDeck } from '../../src/app/lib/deckDownload';

// 下载 PPT without a browser canvas: each test says what the download does.
vi.mock('../../src/app/lib/deckDownload', () => ({ downloadDeck: vi.fn() }));

const bundled = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({
  name, content: new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name))),
}));

async function open(path: string, load: boolean) {
  const { plugins, router } = appPlugins();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(PresentView, { global: { plugins, stubs: { SlideView: true, SlideGrid: true } }, attachTo: document.body });
  if (load) {
    await useDatasetStore().loadFiles(bundled);
    useReportStore().setAsOf('2024-07-31');
  }
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('演示模式', () => {
  it('without data says what to do and links to the 数据 page, with no slide count or deck buttons', async () => {
    const wrapper = await open('/present/3?asOf=2024-07-31', false);
    const empty = wrapper.get('[data-test="present-empty"]');
    expect(empty.text()).toContain('尚无数据可演示：请到“数据”页导入绩效目标表');
    expect(empty.get('a').attributes('href')).toBe('/data?asOf=2024-07-31');
    const bar = wrapper.get('[data-test="present-bar"]');
    expect(bar.text()).not.toContain('第 1 / 3 页');
    expect(bar.find('[data-test="download-pptx"]').exists()).toBe(false);
    expect(bar.find('[data-test="next"]').exists()).toBe(false);
    expect(bar.find('[data-test="exit"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('with data counts the slides: cover, summary, flagged pages and one per project', async () => {
    const wrapper = await open('/present/2', true);
    expect(wrapper.find('[data-test="present-empty"]').exists()).toBe(false);
    const bar = wrapper.get('[data-test="present-bar"]');
    expect(bar.text()).toContain('第 2 / 9 页'); // 13 flagged at 1–7月: three slides of six rows
    expect(bar.find('[data-test="download-pptx"]').exists()).toBe(true);
    wrapper.unmount();
  });
});

describe('演示模式 下载 PPT', () => {
  // It used to have no catch: a failing download left 正在生成 PPT… on the button and said nothing.
  it('tells the user why the download failed, and the button comes back', async () => {
    let fail: (e: Error) => void = () => {};
    vi.mocked(downloadDeck).mockImplementationOnce(() => new Promise((_, reject) => (fail = reject)));
    const wrapper = await open('/present/2', true);
    const button = () => wrapper.get('[data-test="present-bar"] [data-test="download-pptx"]');
    await button().trigger('click');
    expect(button().text()).toBe('正在生成 PPT…');
    expect(button().attributes('disabled')).toBeDefined();
    fail(new Error('xAxis "0" not found'));
    await flushPromises();
    expect(document.querySelector('.el-message--error')?.textContent).toBe('PPT 生成失败：xAxis "0" not found');
    expect(button().text()).toBe('下载 PPT');
    expect(button().attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('says nothing when it succeeds', async () => {
    vi.mocked(downloadDeck).mockResolvedValueOnce(undefined);
    const wrapper = await open('/present/2', true);
    await wrapper.get('[data-test="present-bar"] [data-test="download-pptx"]').trigger('click');
    await flushPromises();
    expect(vi.mocked(downloadDeck).mock.lastCall![0].slides).toHaveLength(8);
    expect(document.querySelector('.el-message--error')).toBeNull();
    wrapper.unmount();
  });
});

describe('演示模式 toolbar on a narrow screen', () => {
  it('compact: ‹ n / total › timer, a “更多” menu and 退出 as labelled icons — no long labels in the bar', async () => {
    const { plugins } = appPlugins();
    const props = { n: 2, total: 9, empty: false, busy: false, fullscreen: false, printHref: '#/print', theme: 'light', timer: 0 };
    const compact = mount(PresentBar, { global: { plugins }, props: { ...props, compact: true } });
    expect(compact.text()).toBe('2 / 9关闭10 秒20 秒30 秒60 秒'); // the number and the timer's options
    expect(compact.findAll('button').map((b) => b.attributes('aria-label'))).toEqual(['上一页', '下一页', '更多', '退出演示']);
    expect(compact.get('[data-test="timer"]').attributes('aria-label')).toBe('自动翻页');
    await compact.get('[data-test="exit"]').trigger('click');
    expect(compact.emitted('exit')).toHaveLength(1);
    const wide = mount(PresentBar, { global: { plugins }, props: { ...props, compact: false } });
    expect(wide.text()).toContain('第 2 / 9 页');
    for (const label of ['全部幻灯片', '深色', '全屏', '下载 PPT', '打印报告', '退出演示']) expect(wide.text()).toContain(label);
    expect(wide.find('[data-test="more"]').exists()).toBe(false);
  });
});
