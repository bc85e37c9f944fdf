// @vitest-environment jsdom
// Issue 8: the bundled 示例数据 (invented actuals and spend) is labelled wherever it shows — the
// header of every page, the project page near its figures, presentation mode (cover and each slide's
// footer) and the print view (cover, each section, the page footer) — and nowhere once the data is
// a unit's own.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import AppHeader from '../../src/app/components/layout/AppHeader.vue';
import ProjectView from '../../src/app/views/ProjectView.vue';
import PresentView from '../../src/app/views/PresentView.vue';
import PrintView from '../../src/app/views/PrintView.vue';
import { useDatasetStore, type DataOrigin } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import type { InputFile } from '../../src/io/load';
import { appPlugins } from './helpers';

vi.mock('../../src/app/lib/deckDownload', () => ({ downloadDeck: vi.fn() }));

const file = (name: string) => new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name)));
const bundled: InputFile[] = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: file(name) }));
/** The same projects with actuals of a unit's own (备注 not 示例数据, another file name). */
const own: InputFile[] = [
  { name: 'projects.json', content: file('projects.json') },
  { name: '1-9月实际值.csv', content: new TextDecoder().decode(file('sample-actuals.csv')).replaceAll(',示例数据', ',') },
];
const stubs = { EChart: { template: '<div />' }, ScaledChart: { template: '<div />' }, SlideGrid: true, RoundForm: true };

async function open(component: object, path: string, inputs: InputFile[] | null, from: DataOrigin = 'bundled') {
  const { plugins, router } = appPlugins();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, { global: { plugins, stubs }, attachTo: document.body });
  if (inputs) await useDatasetStore().loadFiles(inputs, from);
  useReportStore().setAsOf('2024-07-31');
  await flushPromises();
  return wrapper;
}
const projectId = () => useDatasetStore().dataset.projects.find((p) => p.name === '江苏12345在线平台运行费')!.id;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('示例数据 in the header (every page)', () => {
  it('shows the badge with its explanation while the data is the bundled sample', async () => {
    const w = await open(AppHeader, '/', bundled);
    const badge = w.get('[data-test="sample-badge"]');
    expect(badge.text()).toBe('示例数据');
    expect(badge.attributes('title')).toBe('当前显示的是内置示例数据：项目与目标取自真实的2024年目标表，实际值与执行数为虚构，仅供演示。');
  });

  it('still shows it after the user loads a file on top of the sample (its invented actuals are still there)', async () => {
    const w = await open(AppHeader, '/', bundled);
    await useDatasetStore().loadFiles([{ name: 'more.csv', content: '项目名称,三级指标,日期,实际值\n江苏12345在线平台运行费,按时派单率,2024-07-31,99%\n' }]);
    await flushPromises();
    expect(useDatasetStore().origin).toBe('user');
    expect(w.find('[data-test="sample-badge"]').exists()).toBe(true);
  });

  it('shows nothing for a unit\'s own data, or without data', async () => {
    expect((await open(AppHeader, '/', own, 'user')).find('[data-test="sample-badge"]').exists()).toBe(false);
    document.body.innerHTML = '';
    expect((await open(AppHeader, '/', null)).find('[data-test="sample-badge"]').exists()).toBe(false);
  });
});

describe('示例数据 on the project page', () => {
  it('says so above the header facts, with the way to load a unit\'s data', async () => {
    const { plugins, router } = appPlugins();
    await router.push('/');
    await useDatasetStore().loadFiles(bundled, 'bundled');
    await router.push(`/project/${projectId()}`);
    const w = mount(ProjectView, { global: { plugins, stubs }, attachTo: document.body });
    await flushPromises();
    const note = w.get('[data-test="sample-note"]');
    expect(note.text()).toBe('示例数据示例数据：实际值与执行数为虚构，仅供演示，不是任何单位的真实执行情况。载入本单位数据 ›');
    expect(note.get('a').attributes('href')).toBe('/data');
    // Before the project's facts, not after them.
    expect(w.html().indexOf('data-test="sample-note"')).toBeLessThan(w.html().indexOf('江苏12345在线平台运行费'));
  });
});

describe('示例数据 in presentation mode and the print view', () => {
  it('the cover says what is invented; every slide has the mark in its footer', async () => {
    const cover = await open(PresentView, '/present/1', bundled);
    expect(cover.get('[data-test="present-sample-cover"]').text()).toBe('示例数据：目标取自真实的2024年目标表，实际值与执行数为虚构，仅供演示');
    expect(cover.get('[data-test="present-sample"]').text()).toBe('示例数据');
    document.body.innerHTML = '';
    const slide = await open(PresentView, '/present/4', bundled);
    expect(slide.find('[data-test="present-sample-cover"]').exists()).toBe(false);
    expect(slide.get('[data-test="present-sample"]').text()).toBe('示例数据');
  });

  it('the print view marks the cover, each section and the page footer', async () => {
    const w = await open(PrintView, '/print', bundled);
    expect(w.get('[data-test="print-sample-cover"]').text()).toContain('实际值与执行数为虚构');
    const sections = w.findAll('[data-test="print-section"]');
    expect(sections.length).toBe(6);
    expect(sections.map((s) => s.find('[data-test="print-sample"]').text())).toEqual(Array(6).fill('示例数据'));
    expect(w.get('[data-test="print-sample-foot"]').text()).toContain('示例数据');
  });

  it('a unit\'s own data is not marked', async () => {
    const present = await open(PresentView, '/present/1', own, 'user');
    expect(present.find('[data-test="present-sample"]').exists()).toBe(false);
    document.body.innerHTML = '';
    const print = await open(PrintView, '/print', own, 'user');
    expect(print.find('[data-test="print-sample"]').exists()).toBe(false);
    expect(print.find('[data-test="print-sample-cover"]').exists()).toBe(false);
  });
});
