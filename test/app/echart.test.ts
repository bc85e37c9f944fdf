// @vitest-environment jsdom
// The chart wrapper in the UI language: ECharts reads the page language once at load, so month
// names of time axes stayed Chinese (1月 2月 …) in English; the locale now goes in at init. The
// save buttons' tooltips are translated too.
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import EChart from '../../src/app/components/charts/EChart.vue';
import { appPlugins, settle } from './helpers';

const seen: unknown[] = [];
const VChartStub = defineComponent({
  name: 'Echarts',
  props: { initOptions: { type: Object, default: undefined }, option: { type: Object, default: undefined } },
  setup(props) {
    seen.push(props.initOptions);
    return () => h('div', { 'data-test': 'v-chart' });
  },
});

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  seen.length = 0;
});

function mountChart(lang: 'zh-CN' | 'en') {
  const { plugins } = appPlugins(lang);
  wrapper = mount(EChart, {
    props: { option: { xAxis: { type: 'time' } }, meta: { title: '全年走势', subject: '项目', asOf: '2024-07-31' } },
    global: { plugins, stubs: { Echarts: VChartStub } },
  });
  return wrapper;
}

describe('EChart', () => {
  it('initialises ECharts in English with English save tooltips', async () => {
    const w = mountChart('en');
    await settle();
    expect(seen.at(-1)).toEqual({ renderer: 'canvas', locale: 'EN' });
    expect(w.get('[data-test="save-png"]').attributes('title')).toBe('Save as PNG (2× resolution)');
    expect(w.get('[data-test="save-svg"]').attributes('title')).toBe('Save as SVG (vector)');
  });

  it('initialises ECharts in Chinese by default', async () => {
    const w = mountChart('zh-CN');
    await settle();
    expect(seen.at(-1)).toEqual({ renderer: 'canvas', locale: 'ZH' });
    expect(w.get('[data-test="save-png"]').attributes('title')).toBe('保存为 PNG 图片（2 倍分辨率）');
  });
});
