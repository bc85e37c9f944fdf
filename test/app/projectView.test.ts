// @vitest-environment jsdom
// The 项目详情 view on the bundled data: the project list without an id, the header facts as text,
// the as-of date re-judging the page, the table filter in the URL, an unknown id. Charts are stubbed
// (their options are tested in test/charts); what is asserted here is what the page shows.
import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ProjectView from '../../src/app/views/ProjectView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { appPlugins, settle } from './helpers';
import type { Dataset } from '../../src/domain/types';
import type { Language } from '../../src/app/i18n';
import { bundledInputs, judged, ONLINE, SAFETY } from './projectFixture';

async function openPage(path: string, tweak?: (data: Dataset) => Dataset, locale: Language = 'zh-CN') {
  const { plugins, router } = appPlugins(locale);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(ProjectView, { global: { plugins, stubs: { EChart: { template: '<div data-test="echart-stub" />' } } }, attachTo: document.body });
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs());
  if (tweak) data.dataset = tweak(data.dataset);
  await flushPromises();
  return { wrapper, router, report: useReportStore() };
}

const idOf = (name: string) => judged('2024-06-30').project(name).id;

describe('project view', () => {
  beforeEach(() => {
    localStorage.clear();
  });

  it('lists the projects to choose from when no project is named', async () => {
    const { wrapper } = await openPage('/project');
    const rows = wrapper.findAll('[data-test="project-picker"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows.map((r) => r[0])).toEqual(['“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维']);
    expect(rows[2].slice(3, 5)).toEqual(['1,325.06', '71.0%']);
  });

  it('shows the header facts as text, a name with markup included', async () => {
    const { wrapper } = await openPage(`/project/${idOf(ONLINE)}?asOf=2024-06-30`, (data) => ({
      ...data, projects: data.projects.map((p) => (p.name === ONLINE ? { ...p, name: `<b>${ONLINE}</b>` } : p)),
    }));
    const header = wrapper.find('[data-test="project-header"]');
    expect(header.find('[data-test="project-name"]').text()).toBe(`<b>${ONLINE}</b>`);
    expect(header.find('[data-test="project-name"] b').exists()).toBe(false);
    const text = header.text();
    for (const fact of ['2024年度', '江苏省数据局', '江苏省政务服务网运管中心', '常年安排项目', '省本级', '2023–2025年', '98.50 万元']) expect(text).toContain(fact);
    expect(wrapper.find('[data-test="count-behind"]').text()).toBe('滞后1'); // 预算执行率 (等保测评 1项 meets its whole 1项 at 30 September)
  });

  it('re-judges the page when the as-of date changes: 30 June → 30 September', async () => {
    const { wrapper, report } = await openPage(`/project/${idOf(ONLINE)}`);
    report.setAsOf('2024-06-30');
    await flushPromises();
    const statusOf = (name: string) =>
      wrapper.findAll('[data-test="indicator-table"] .el-table__body tr').find((tr) => tr.find('[data-test="indicator-name"]').text() === name)!
        .find('[data-test="status-tag"]').text();
    expect(statusOf('系统运行事故发生频率')).toBe('达标');
    expect(wrapper.find('[data-test="project-budget"]').text()).toContain('2024年6月30日');
    report.setAsOf('2024-09-30');
    await flushPromises();
    expect(statusOf('系统运行事故发生频率')).toBe('预警');
    expect(wrapper.find('[data-test="project-budget"]').text()).toContain('2024年9月30日');
    // The focus opens on the worst lagging indicator: 预算执行率 49% of 70% expected (等保测评 1项 meets its whole 1项).
    expect(wrapper.find('[data-test="focus-name"]').text()).toBe('预算执行率');
    expect(wrapper.find('[data-test="focus-pace"]').text()).toContain('还需每月 +17个百分点');
  });

  it('filters the table to warning and behind, in the URL', async () => {
    const { wrapper, router } = await openPage(`/project/${idOf(ONLINE)}?asOf=2024-09-30`);
    await wrapper.findAll('[data-test="table-filter"] input')[1].setValue(true);
    await flushPromises();
    await settle(10);
    expect(router.currentRoute.value.query.only).toBe('flagged');
    const names = wrapper.findAll('[data-test="indicator-name"]').map((n) => n.text());
    expect(names).toEqual(['预算执行率', '系统运行事故发生频率', '对避免重复投入运维费用的改善程度']);
  });

  it('funds tab: the execution rate against 序时进度 and the own target, in points, in the UI language', async () => {
    const verdicts = (w: Awaited<ReturnType<typeof openPage>>['wrapper']) =>
      w.findAll('[data-test="funds-verdicts"] li').map((li) => [li.text(), li.classes('funds-panel__bad')]);
    // 49% spent at 30 Sep 2024: 序时进度 274/366 = 74.86%, the =40% → =100% target is at 70%.
    const zh = await openPage(`/project/${idOf(ONLINE)}?tab=funds`);
    zh.report.setAsOf('2024-09-30');
    await flushPromises();
    expect(verdicts(zh.wrapper)).toEqual([['▼ 执行率落后序时进度 25.9 个百分点', true], ['▼ 低于执行率目标 21.0 个百分点', true]]);
    zh.wrapper.unmount();
    // 安全运维 at 30 June: nothing spent, and its own target (=0%) is met.
    const en = await openPage(`/project/${idOf(SAFETY)}?tab=funds`, undefined, 'en');
    en.report.setAsOf('2024-06-30');
    await flushPromises();
    expect(verdicts(en.wrapper)).toEqual([['▼ Execution is 49.7 points behind time elapsed', true], ['▲ Execution target reached', false]]);
  });

  it('shows one execution rate with its source: header, funds tab and the 预算执行率 row; the lines\' 合计 labelled as theirs', async () => {
    const { wrapper, report } = await openPage(`/project/${idOf(ONLINE)}?tab=funds`);
    report.setAsOf('2024-09-30');
    await flushPromises();
    expect(wrapper.find('[data-test="execution-rate"]').text()).toBe('49.0%');
    expect(wrapper.find('[data-test="execution-source"]').text()).toBe('（执行数）');
    expect(wrapper.find('[data-test="funds-rates"] .funds-panel__strong').text()).toBe('49.0%');
    expect(wrapper.find('[data-test="funds-rate-source"]').text()).toBe('来源：执行数，截至 2024年9月30日');
    // The lines' 全年预算数 do not add up to 98.5 万元: the cross-check says so, and their 合计 rate (not 49.0%) is labelled as theirs.
    expect(wrapper.find('[data-test="funds-mismatch"]').text()).toContain('与资金总额 98.50 万元不一致');
    const sumRow = wrapper.findAll('[data-test="funds-lines"] .el-table__footer td').map((td) => td.text());
    expect(sumRow[4]).toBe('51.4%（占支出明细合计）');
    const rate = report.report.judgements.find((j) => j.projectId === idOf(ONLINE) && j.derivedFromSpend)!;
    expect(rate.actualText).toBe('49.0%');
  });

  it('without spend records the header shows the recorded 预算执行率 as the rate, saying so', async () => {
    const { wrapper, report } = await openPage(`/project/${idOf(ONLINE)}?tab=funds`, (data) => ({ ...data, spend: [] }));
    report.setAsOf('2024-06-30');
    await flushPromises();
    expect(wrapper.find('[data-test="execution-rate"]').text()).toBe('26.0%');
    expect(wrapper.find('[data-test="execution-source"]').text()).toBe('（填报的预算执行率）');
    expect(wrapper.find('[data-test="funds-rate-source"]').text()).toBe('来源：填报的预算执行率（2024年6月30日），尚无执行数记录');
  });

  it('says so when the project does not exist', async () => {
    const { wrapper } = await openPage('/project/p-unknown');
    expect(wrapper.find('[data-test="project-not-found"]').text()).toContain('没有编号为 p-unknown 的项目');
  });
});
