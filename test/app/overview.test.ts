// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, onMounted, type PropType } from 'vue';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import OverviewView from '../../src/app/views/OverviewView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { useSettingsStore } from '../../src/app/stores/settings';
import type { SummaryRows } from '../../src/domain/engine/overviewProjects';
import type { StatusGroup } from '../../src/domain/aggregate';
import type { Language } from '../../src/app/i18n';
import { appPlugins, settle } from './helpers';

// The charts need a canvas (tested in overviewCharts.test.ts and the e2e test): here a stand-in
// records what the view hands them.
const chartProps: { summaries?: SummaryRows; byLevel1?: StatusGroup[]; byUnit?: StatusGroup[]; lights?: boolean }[] = [];
vi.mock('../../src/app/components/overview/OverviewCharts.vue', () => ({
  default: defineComponent({
    props: {
      summaries: { type: Object as PropType<SummaryRows>, required: true }, byLevel1: { type: Array, required: true }, byDepartment: { type: Array, required: true },
      byUnit: { type: Array, required: true }, lights: Boolean, asOfText: { type: String, required: true },
    },
    emits: ['rendered', 'open', 'filter'],
    setup(props, { emit }) {
      onMounted(() => emit('rendered'));
      return () => {
        chartProps.push({ ...props } as (typeof chartProps)[number]);
        return h('div', { 'data-test': 'charts-stub' });
      };
    },
  }),
}));

const bundled = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({
  name, content: new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name))),
}));

async function open(path: string, { load = true, locale = 'zh-CN' as Language, asOf = null as string | null } = {}) {
  const { plugins, router } = appPlugins(locale);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(OverviewView, { global: { plugins }, attachTo: document.body });
  if (load) await useDatasetStore().loadFiles(bundled);
  useReportStore().setAsOf(asOf);
  await flushPromises();
  await settle(20);
  await flushPromises();
  return { wrapper, router };
}

const card = (w: VueWrapper, key: string) => w.find(`[data-test="card-${key}"]`);
const cardValue = (w: VueWrapper, key: string) => card(w, key).find('.summary-card__value').text();
const cardValues = (w: VueWrapper) => ['projects', 'indicators', 'met', 'warning', 'behind', 'pending', 'unparsed'].map((k) => cardValue(w, k));
const rows = (w: VueWrapper, table: string) => w.findAll(`[data-test="${table}"] .el-table__body tr`).map((tr) => tr.findAll('td').map((td) => td.text()));
const lastCharts = () => chartProps[chartProps.length - 1];
/** The tables below the fold are lazy chunks rendered after the charts: wait for their rows. */
const tableRows = async (w: VueWrapper, table: string) => {
  await vi.waitFor(() => expect(rows(w, table).length).toBeGreaterThan(0), { timeout: 3000 });
  return rows(w, table);
};

describe('总览', () => {
  beforeEach(() => {
    localStorage.clear();
    chartProps.length = 0;
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows 4 projects, 99 indicators and the status counts at the latest data date (30 September)', async () => {
    const { wrapper } = await open('/');
    expect(wrapper.find('[data-test="overview-asof"]').text()).toBe('数据截至 2024年9月30日');
    expect(cardValues(wrapper)).toEqual(['4', '99', '84', '9', '5', '1', '0']);
    expect(card(wrapper, 'behind').text()).toContain('滞后');
    expect(card(wrapper, 'behind').text()).toContain('占 5.1%');
    expect(card(wrapper, 'behind').find('svg').exists()).toBe(true);
    expect(wrapper.find('[data-test="overview-beyond"]').exists()).toBe(false);
  });

  it('says when the as-of date is after the latest data (全年 with data to 30 September)', async () => {
    const { wrapper } = await open('/', { asOf: '2024-12-31' });
    expect(wrapper.find('[data-test="overview-asof"]').text()).toBe('截至 2024年12月31日');
    expect(wrapper.find('[data-test="overview-beyond"]').text()).toBe('最新数据为 2024年9月30日，之后的指标按最近一次填报判断');
    expect(cardValue(wrapper, 'behind')).toBe('18');
  });

  it('links the 滞后 and 预警 cards to the flagged list filtered by that status, keeping the as-of date', async () => {
    const { wrapper } = await open('/?asOf=2024-06-30', { asOf: '2024-06-30' });
    expect(card(wrapper, 'behind').attributes('href')).toBe('/flagged?asOf=2024-06-30&status=behind');
    expect(card(wrapper, 'warning').attributes('href')).toBe('/flagged?asOf=2024-06-30&status=warning');
    // At 30 June: 达标 88, 预警 4, 滞后 5, 待填报 2.
    expect(cardValues(wrapper)).toEqual(['4', '99', '88', '4', '5', '2', '0']);
  });

  it('filters the page by a status card the flagged list does not hold (待填报)', async () => {
    const { wrapper, router } = await open('/');
    await card(wrapper, 'pending').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.status).toBe('pending');
    expect(cardValue(wrapper, 'indicators')).toBe('1');
    expect(cardValue(wrapper, 'projects')).toBe('1');
    // The other status cards keep their counts (dimmed), so the choice can be widened.
    expect(cardValue(wrapper, 'met')).toBe('84');
    expect(card(wrapper, 'met').classes()).toContain('summary-card--dimmed');
    expect(wrapper.find('[data-test="filter-summary"]').text()).toBe('筛选结果：1 个项目 · 1 个指标');
    await card(wrapper, 'pending').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query.status).toBeUndefined();
  });

  it('lists the ten most serious indicators, 滞后 first, and opens the project of a row keeping the as-of date', async () => {
    const { wrapper, router } = await open('/?asOf=2024-09-30', { asOf: '2024-09-30' });
    const top = await tableRows(wrapper, 'top-flagged');
    expect(top).toHaveLength(10);
    expect(top[0]).toEqual(['1', '省政务办信息系统安全运维', '产出指标 / 数量指标 / 漏洞扫描', '半年 ≥2轮 → 全年 ≥4轮', '3轮', '2轮', '滞后', '-1轮（-33.33%）']);
    expect(top.map((r) => r[6])).toEqual([...Array(5).fill('滞后'), ...Array(5).fill('预警')]);
    expect(wrapper.find('[data-test="view-all-flagged"]').attributes('href')).toBe('/flagged?asOf=2024-09-30');
    await wrapper.findAll('[data-test="top-flagged"] .el-table__body tr')[1].find('td').trigger('click');
    // The router loads the project page's chunk before it confirms the navigation.
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/project/p-c4bb6f07'), { timeout: 5000 });
    expect(router.currentRoute.value.query).toEqual({ asOf: '2024-09-30' });
  });

  it('explains a flagged row\'s status on hover (the judgement reaches the tag intact)', async () => {
    const { wrapper } = await open('/');
    await tableRows(wrapper, 'top-flagged');
    await wrapper.find('[data-test="top-flagged"] [data-test="status-tag"]').trigger('mouseenter');
    await settle(300);
    const why = document.querySelector('[data-test="status-why"]')!;
    expect(why.textContent).toContain('适用目标');
    expect(why.textContent).toContain('滞后');
  });

  it('lists the projects with indicator counts, 滞后/预警, worst status and execution rate', async () => {
    const { wrapper } = await open('/');
    expect(await tableRows(wrapper, 'project-table')).toEqual([
      ['省政务办信息系统安全运维', '江苏省数据局 (江苏省政务服务管理办公室)', '江苏省政务服务网运营中心', '28', '2 / 0', '滞后', '34.5%'],
      ['江苏12345在线平台信息系统运维费', '江苏省数据局 (江苏省政务服务管理办公室)', '江苏省政务服务网运管中心', '22', '1 / 2', '滞后', '49.0%'],
      ['“一企来办”平台运营运维费', '江苏省数据局 (江苏省政务服务管理办公室)', '江苏省政务服务网运营中心', '25', '2 / 4', '滞后', '58.0%'],
      // This table spells the department with full-width brackets: shown as filed, grouped as one.
      ['江苏12345在线平台运行费', '江苏省数据局（江苏省政务服务管理办公室）', '江苏省政务服务网运营中心', '24', '0 / 3', '预警', '71.0%'],
    ]);
    expect(wrapper.text()).not.toContain('项目灯');
  });

  it('under the 一体化系统 rule set shows each project\'s light', async () => {
    const { plugins, router } = appPlugins();
    await router.push('/');
    await router.isReady();
    useSettingsStore().applyPreset('pmkpi');
    const wrapper = mount(OverviewView, { global: { plugins }, attachTo: document.body });
    await useDatasetStore().loadFiles(bundled);
    await flushPromises();
    await settle(20);
    const table = await tableRows(wrapper, 'project-table');
    expect(table.map((r) => r[7])).toEqual(['红灯', '红灯', '红灯', '红灯']);
    expect(wrapper.find('[data-test="project-table"]').text()).toContain('项目灯');
    expect(lastCharts().lights).toBe(true);
  });

  it('hands the charts the filtered projects, furthest behind 序时进度 first, and the groups', async () => {
    await open('/');
    const charts = lastCharts();
    expect(charts.summaries!.slice(0).map((s) => s.name)).toEqual(['省政务办信息系统安全运维', '江苏12345在线平台信息系统运维费', '“一企来办”平台运营运维费', '江苏12345在线平台运行费']);
    expect(charts.byLevel1!.map((g) => g.label)).toEqual(['决策', '过程', '产出指标', '成本指标', '效益指标', '满意度指标']);
    expect(charts.byUnit!.map((g) => [g.label, g.total])).toEqual([['江苏省政务服务网运营中心', 77], ['江苏省政务服务网运管中心', 22]]);
    expect(charts.lights).toBe(false);
  });

  it('reads its filters from a shared link: 实施单位, 一级指标 and search', async () => {
    const { wrapper } = await open(`/?unit=${encodeURIComponent('江苏省政务服务网运管中心')}&level1=${encodeURIComponent('产出指标')}`);
    expect(cardValues(wrapper).slice(0, 2)).toEqual(['1', '6']);
    expect((await tableRows(wrapper, 'project-table')).map((r) => r[0])).toEqual(['江苏12345在线平台信息系统运维费']);
    expect(lastCharts().summaries!.slice(0).map((s) => s.projectId)).toEqual(['p-e708cc77']);
    expect(lastCharts().byLevel1!.map((g) => g.label)).toEqual(['产出指标']);
    expect((await tableRows(wrapper, 'top-flagged')).map((r) => r[2])).toEqual(['产出指标 / 质量指标 / 系统运行事故发生频率']);
  });

  it('writes the search to the URL after a pause in typing, and everything follows it', async () => {
    const { wrapper, router } = await open('/');
    await wrapper.find('input[data-test="filter-search"]').setValue('满意');
    await settle(350);
    await flushPromises();
    expect(router.currentRoute.value.query.q).toBe('满意');
    expect(cardValues(wrapper)).toEqual(['4', '4', '3', '1', '0', '0', '0']);
    expect((await tableRows(wrapper, 'top-flagged')).map((r) => r[2])).toEqual(['满意度指标 / 服务对象满意度 / 服务对象满意度']);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const { wrapper, router } = await open('/?asOf=2024-09-30&q=不存在的指标', { asOf: '2024-09-30' });
    const empty = wrapper.find('[data-test="overview-no-match"]');
    expect(empty.text()).toContain('没有符合筛选条件的项目或指标');
    expect(empty.text()).toContain('请放宽或清空筛选条件');
    await empty.find('button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ asOf: '2024-09-30' });
    expect(cardValue(wrapper, 'indicators')).toBe('99');
  });

  it('without data, says where to load it', async () => {
    const { wrapper } = await open('/', { load: false });
    const empty = wrapper.find('[data-test="overview-empty"]');
    expect(empty.text()).toContain('尚无数据');
    expect(empty.text()).toContain('请到“数据”页导入绩效目标表、实际值或执行数');
    expect(empty.find('a').attributes('href')).toBe('/data');
    expect(wrapper.find('[data-test="overview-cards"]').exists()).toBe(false);
  });

  it('speaks English when switched', async () => {
    const { wrapper } = await open('/', { locale: 'en' });
    expect(wrapper.find('[data-test="overview-asof"]').text()).toBe('Data as of Sep 30, 2024');
    expect(card(wrapper, 'behind').text()).toContain('Behind');
    expect(wrapper.text()).toContain('Most serious indicators');
    expect(wrapper.text()).not.toMatch(/总览|滞后|项目一览/);
    // Variances in points: 'pp' in English.
    const top = await tableRows(wrapper, 'top-flagged');
    expect(top[1][7]).toBe('-15.5 pp (-31%)');
    expect(top.map((r) => r[7]).join(' ')).not.toContain('百分点');
  });
});
