// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { ElTable } from 'element-plus';
import type { EChartsOption } from 'echarts';
import CompareView from '../../src/app/views/CompareView.vue';
import EChart from '../../src/app/components/charts/EChart.vue';
import ComparePicker from '../../src/app/components/compare/ComparePicker.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { appPlugins } from './helpers';
import type { Language } from '../../src/app/i18n';

const bundled = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({
  name, content: new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name))),
}));

// jsdom has no canvas: the chart is stubbed and its option read from the props.
async function open(path: string, { asOf = '2024-09-30', load = true, locale = 'zh-CN' as Language } = {}) {
  const { plugins, router } = appPlugins(locale);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(CompareView, { global: { plugins, stubs: { EChart: true } }, attachTo: document.body });
  if (load) await useDatasetStore().loadFiles(bundled);
  useReportStore().setAsOf(asOf);
  await flushPromises();
  return { wrapper, router };
}

const rowTexts = (w: VueWrapper) =>
  w.findAll('[data-test="compare-table"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
const option = (w: VueWrapper) => w.findComponent(EChart).props('option') as EChartsOption;
const categories = (w: VueWrapper) => ((option(w).yAxis as { data: string[] }[])[0].data);

describe('指标对比', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens on 预算执行率: a chart and a table of every project', async () => {
    const { wrapper } = await open('/compare');
    expect(wrapper.text()).toContain('选择一个指标，比较它在各项目截至 2024年9月30日 的完成情况');
    expect((option(wrapper).title as { text: string }).text).toBe('指标对比：预算执行率');
    expect(categories(wrapper)).toEqual(['“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维']);
    expect(rowTexts(wrapper)).toEqual([
      ['“一企来办”平台运营运维费', '半年 =30% → 全年 =100%', '65%', '58.0%2024-09-30', '-7个百分点（-10.77%）', '预警'],
      ['江苏12345在线平台信息系统运维费', '半年 =40% → 全年 =100%', '70%', '49.0%2024-09-30', '-21个百分点（-30%）', '滞后'],
      ['江苏12345在线平台运行费', '半年 =45% → 全年 =100%', '72.5%', '71.0%2024-09-30', '-1.5个百分点（-2.07%）', '预警'],
      ['省政务办信息系统安全运维', '半年 =0% → 全年 =100%', '50%', '34.5%2024-09-30', '-15.5个百分点（-31%）', '滞后'],
    ]);
  });

  it('offers the families first and the shared names after, each with its project count', async () => {
    const { wrapper } = await open('/compare');
    const groups = wrapper.findComponent(ComparePicker).props('groups');
    expect(groups.slice(0, 3).map((g) => `${g.label}·${g.projectCount}`)).toEqual(['预算执行率·4', '满意度·4', '响应时间·2']);
    expect(groups.map((g) => g.label)).toContain('服务对象满意度');
  });

  it('follows the choice in the URL, names each member of a family and says what is not charted', async () => {
    const { wrapper, router } = await open('/compare?ind=family:满意度', { asOf: '2024-06-30' });
    expect(categories(wrapper)).toEqual([
      '“一企来办”平台运营运维费\n服务对象满意度', '江苏12345在线平台信息系统运维费\n服务对象满意度', '江苏12345在线平台运行费\n对服务代表满意率',
    ]);
    expect(rowTexts(wrapper).map((r) => r.slice(0, 2).concat(r[6]))).toEqual([
      ['“一企来办”平台运营运维费', '服务对象满意度', '达标'],
      ['江苏12345在线平台信息系统运维费', '服务对象满意度', '达标'],
      ['江苏12345在线平台运行费', '对服务代表满意率', '达标'],
      ['省政务办信息系统安全运维', '受众满意度', '待填报'],
    ]);
    expect(wrapper.find('[data-test="compare-not-charted"]').text()).toBe('1 项为定性指标或单位不同，未画入图表，见下表。');

    wrapper.findComponent(ComparePicker).vm.$emit('update:modelValue', 'name:服务对象满意度');
    await flushPromises();
    expect(router.currentRoute.value.query.ind).toBe('name:服务对象满意度');
    const series = option(wrapper).series as { markLine?: { data: unknown[] } }[];
    expect(series[0].markLine!.data).toEqual([{ xAxis: 80 }]);
  });

  it('orders the chart like the table when a column is sorted', async () => {
    const { wrapper } = await open('/compare');
    wrapper.findComponent(ElTable).vm.$emit('sort-change', { prop: 'actual', order: 'descending' });
    await flushPromises();
    expect(rowTexts(wrapper).map((r) => r[3])).toEqual(['71.0%2024-09-30', '58.0%2024-09-30', '49.0%2024-09-30', '34.5%2024-09-30']);
    expect(categories(wrapper)[0]).toBe('江苏12345在线平台运行费');
  });

  it('opens the project of a clicked bar', async () => {
    const { wrapper, router } = await open('/compare?asOf=2024-09-30');
    const done = new Promise((ok) => router.afterEach(ok));
    wrapper.findComponent(EChart).vm.$emit('click', { dataIndex: 3, name: '' });
    await done;
    const id = useReportStore().report.projects.find((p) => p.name === '省政务办信息系统安全运维')!.projectId;
    expect(router.currentRoute.value.fullPath).toBe(`/project/${id}?asOf=2024-09-30`);
  });

  it('says what to do without data, and when a shared link names an indicator the data lacks', async () => {
    const empty = await open('/compare', { load: false });
    expect(empty.wrapper.find('[data-test="compare-empty"]').text()).toContain('请到“数据”页导入');
    empty.wrapper.unmount();
    const { wrapper } = await open('/compare?ind=name:不存在的指标');
    expect(wrapper.text()).toContain('链接中的指标“name:不存在的指标”在当前数据中不存在，请重新选择。');
    expect((option(wrapper).title as { text: string }).text).toBe('指标对比：预算执行率');
  });

  it('shows variances in the UI language: points read pp in English', async () => {
    const { wrapper } = await open('/compare', { locale: 'en' });
    expect(rowTexts(wrapper).map((r) => r.slice(-2))).toEqual([
      ['-7 pp (-10.77%)', 'Warning'], ['-21 pp (-30%)', 'Behind'], ['-1.5 pp (-2.07%)', 'Warning'], ['-15.5 pp (-31%)', 'Behind'],
    ]);
  });
});
