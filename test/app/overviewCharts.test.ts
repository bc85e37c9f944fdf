// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import type { EChartsOption } from 'echarts';
import OverviewCharts from '../../src/app/components/overview/OverviewCharts.vue';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Dataset } from '../../src/domain/types';
import type { Report } from '../../src/domain/report.types';
import { byExecutionGap, countByLevel1, countByProjectField } from '../../src/domain/aggregate';
import { appPlugins, settle } from './helpers';
import { synthesize } from '../../scripts/gen/synthesize';

// ECharts needs a canvas: a stand-in EChart keeps the option it is given and lets a test click it.
const EChartStub = defineComponent({
  name: 'EChart',
  props: { option: { type: Object, required: true }, height: { type: String, required: true }, meta: { type: Object, default: undefined } },
  emits: ['click'],
  setup: (props) => () => h('div', { 'data-test': 'echart-stub', 'data-height': props.height }),
});

let data: Dataset;
let report: Report;
beforeAll(async () => {
  const files = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: readFileSync(resolve('data', name), 'utf-8') }));
  data = (await loadFiles(files)).dataset;
  report = buildReport(data, '2024-06-30', defaultSettings('pmkpi'));
});

async function mountCharts(path = '/', data_ = data, report_ = report, drawn = true) {
  const [data, report] = [data_, report_];
  const { plugins, router } = appPlugins();
  await router.push(path);
  await router.isReady();
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const wrapper = mount(OverviewCharts, {
    props: {
      summaries: byExecutionGap(report.projects),
      byLevel1: countByLevel1(report.judgements, indicators),
      byDepartment: countByProjectField(report.judgements, projects, 'department'),
      byUnit: countByProjectField(report.judgements, projects, 'unit'),
      lights: true,
      asOfText: '2024年6月30日',
    },
    global: { plugins, stubs: { EChart: EChartStub } },
  });
  await flushPromises();
  // The distributions mount after the budget chart's first frame; `rendered` follows them.
  if (drawn) await vi.waitFor(() => expect(wrapper.emitted('rendered')).toBeTruthy());
  return { wrapper, router };
}

const charts = (w: VueWrapper) => w.findAllComponents(EChartStub);
const optionOf = (w: VueWrapper, i: number) => charts(w)[i].props('option') as EChartsOption;
const title = (o: EChartsOption) => (o.title as { text: string }).text;

describe('overview charts', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('draws the budget chart of the given projects (in order, with lights) and the two distributions', async () => {
    const { wrapper } = await mountCharts();
    expect(charts(wrapper)).toHaveLength(3);
    const budget = optionOf(wrapper, 0);
    expect(title(budget)).toBe('预算执行率与序时进度');
    expect((budget.title as { subtext: string }).subtext).toBe('截至 2024年6月30日 · 执行率相对序时进度由低到高 · 点击项目查看详情');
    expect((budget.yAxis as { data: string[] }).data).toEqual(['p-c4bb6f07', 'p-e708cc77', 'p-fea16ad3', 'p-fcf99971']);
    const column = (budget.series as { label: { formatter: (p: { name: string }) => string } }[])[0].label;
    expect(column.formatter({ name: 'p-c4bb6f07' })).toBe('{v|0.0%}  {red|●} 红灯');
    expect(charts(wrapper)[0].props('height')).toBe(`${86 + 34 + 34 * 4}px`);
    expect(title(optionOf(wrapper, 1))).toBe('各一级指标状态分布');
    expect(title(optionOf(wrapper, 2))).toBe('各主管部门状态分布');
  });

  it('draws the budget chart first: the distributions mount after its first frame, their cards already at their height', async () => {
    const { wrapper } = await mountCharts('/', data, report, false);
    expect(charts(wrapper)).toHaveLength(1);
    expect(title(optionOf(wrapper, 0))).toBe('预算执行率与序时进度');
    const pending = wrapper.findAll('[data-test="chart-pending"]');
    expect(pending).toHaveLength(2);
    expect(wrapper.emitted('rendered')).toBeUndefined();
    await vi.waitFor(() => expect(wrapper.emitted('rendered')).toHaveLength(1));
    expect(charts(wrapper)).toHaveLength(3);
    expect(wrapper.findAll('[data-test="chart-pending"]')).toHaveLength(0);
    // The placeholders stood at the height the charts took: nothing below them moved.
    expect(pending.map((p) => (p.element as HTMLElement).style.height)).toEqual([charts(wrapper)[1].props('height'), charts(wrapper)[2].props('height')]);
  });

  it('opens the project whose bar, marker or name is clicked; ignores other marks', async () => {
    const { wrapper } = await mountCharts();
    const budget = charts(wrapper)[0];
    budget.vm.$emit('click', { componentType: 'series', name: 'p-fea16ad3', dataIndex: 2 });
    budget.vm.$emit('click', { componentType: 'yAxis', value: 'p-fcf99971' });
    budget.vm.$emit('click', { componentType: 'markLine', name: '' });
    expect(wrapper.emitted('open')).toEqual([['p-fea16ad3'], ['p-fcf99971']]);
  });

  it('filters the page by the 一级指标 or 实施单位 clicked, toggled to units through the URL', async () => {
    const { wrapper, router } = await mountCharts();
    charts(wrapper)[1].vm.$emit('click', { componentType: 'series', name: '产出指标', dataIndex: 2 });
    charts(wrapper)[1].vm.$emit('click', { componentType: 'yAxis', value: '决策' });
    expect(wrapper.emitted('filter')).toEqual([['level1', '产出指标'], ['level1', '决策']]);

    await wrapper.findAll('[data-test="group-toggle"] input')[1].setValue(true);
    await settle(10);
    await flushPromises();
    expect(router.currentRoute.value.query.by).toBe('unit');
    expect(title(optionOf(wrapper, 2))).toBe('各实施单位状态分布');
    expect((optionOf(wrapper, 2).yAxis as { data: string[] }).data).toEqual(['江苏省政务服务网运营中心', '江苏省政务服务网运管中心']);
    charts(wrapper)[2].vm.$emit('click', { componentType: 'series', name: '江苏省政务服务网运管中心', dataIndex: 1 });
    expect(wrapper.emitted('filter')!.at(-1)).toEqual(['units', '江苏省政务服务网运管中心']);
  });

  it('opens on the unit view from a shared link (?by=unit)', async () => {
    const { wrapper } = await mountCharts('/?by=unit');
    expect(title(optionOf(wrapper, 2))).toBe('各实施单位状态分布');
  });

  it('draws the 100 projects furthest behind and the 100 most troubled units of a province, saying how many there are', async () => {
    const big = synthesize(data, 150, 7).data;
    const { wrapper } = await mountCharts('/?by=unit', big, buildReport(big, '2024-06-30', defaultSettings('pmkpi')));
    const budget = optionOf(wrapper, 0);
    const ordered = byExecutionGap(buildReport(big, '2024-06-30', defaultSettings('pmkpi')).projects).map((s) => s.projectId);
    expect((budget.yAxis as { data: string[] }).data).toEqual(ordered.slice(0, 100));
    expect((budget.title as { subtext: string }).subtext).toBe('截至 2024年6月30日 · 执行率相对序时进度由低到高 · 最落后的 100 个（共 150 个，全部见项目表） · 点击项目查看详情');
    expect(charts(wrapper)[0].props("height")).toBe("630px");
    // The saved image says it too.
    expect((charts(wrapper)[0].props('meta') as { subject: string }).subject).toBe('筛选后 150 个项目 · 最落后的 100 个（共 150 个，全部见项目表）'); // (the page's report holds none here) // a scroll window over the 100 rows
    const units = new Set(big.projects.map((p) => p.unit)).size;
    expect(units).toBeGreaterThan(100);
    const groups = optionOf(wrapper, 2);
    expect((groups.yAxis as { data: string[] }).data).toHaveLength(100);
    expect((groups.title as { subtext: string }).subtext).toBe(`点击条形按此筛选全页 · 问题最多的 100 个（共 ${units} 个）`);
  });
});
