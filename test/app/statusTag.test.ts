// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { ElPopover } from 'element-plus';
import StatusTag from '../../src/app/components/StatusTag.vue';
import type { Judgement, Status } from '../../src/domain/judge/types';
import { appPlugins, settle } from './helpers';
import type { Dataset } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';

// A 预算执行率 of =30% → =100% judged at 31 July: cumulative, expected 41.86%, actual 35% is short
// by more than 10 points → 滞后.
const judgement: Judgement = {
  indicatorId: 'p-1-i-1',
  projectId: 'p-1',
  asOf: '2024-07-31',
  status: 'behind',
  model: 'cumulative',
  modelReason: 'rule 4',
  direction: 'positive',
  period: 'FY',
  target: '=100%',
  expected: 41.858,
  unit: '%',
  actualDate: '2024-07-20',
  actualText: '25%',
  actual: 25,
  variance: { absolute: -16.858, relative: -0.4027 },
  overAchieved: false,
  explain: '全年指标值 =100%（进度型）；应达值：41.86%（半年30%至全年100%按日插值）；实际25%；滞后：差距16.86个百分点，超过10个百分点',
};

describe('StatusTag', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it.each<[Status, string, string]>([
    ['met', '达标', 'Met'],
    ['warning', '预警', 'Warning'],
    ['behind', '滞后', 'Behind'],
    ['pending', '待填报', 'Pending'],
    ['unparsed', '无法判断', 'Unparsed'],
  ])('shows the %s label with an icon and its colour class, in Chinese and English', (status, zh, en) => {
    const zhTag = mount(StatusTag, { props: { status }, global: { plugins: appPlugins('zh-CN').plugins } });
    expect(zhTag.text()).toBe(zh);
    expect(zhTag.find('.status-tag').classes()).toContain(`status-tag--${status}`);
    expect(zhTag.find('svg').exists()).toBe(true);
    const enTag = mount(StatusTag, { props: { status }, global: { plugins: appPlugins('en').plugins } });
    expect(enTag.text()).toBe(en);
  });

  it('makes its popover on the first hover or keyboard focus only (a page of tags carries none)', async () => {
    const wrapper = mount(StatusTag, { props: { status: 'behind', judgement }, global: { plugins: appPlugins().plugins }, attachTo: document.body });
    expect(wrapper.findComponent(ElPopover).exists()).toBe(false);
    expect(wrapper.find('.status-tag').attributes('tabindex')).toBe('0');
    await wrapper.find('.status-tag').trigger('focus');
    await settle(300);
    expect(wrapper.findComponent(ElPopover).exists()).toBe(true);
    expect(document.activeElement?.classList.contains('status-tag')).toBe(true);
    expect(document.querySelector('[data-test="status-why"]')?.textContent).toContain('适用目标全年指标值 =100%');
    wrapper.unmount();
    const plain = mount(StatusTag, { props: { status: 'met' }, global: { plugins: appPlugins().plugins } });
    await plain.find('.status-tag').trigger('mouseenter');
    expect(plain.findComponent(ElPopover).exists()).toBe(false);
    expect(plain.find('.status-tag').attributes('tabindex')).toBeUndefined();
  });

  it('explains the judgement in a popover: target, model, expected, actual, variance and the rule', async () => {
    const wrapper = mount(StatusTag, {
      props: { status: 'behind', judgement },
      global: { plugins: appPlugins().plugins },
      attachTo: document.body,
    });
    expect(wrapper.find('.status-tag').text()).toBe('滞后');
    await wrapper.find('.status-tag').trigger('mouseenter');
    await settle(300);
    const why = document.querySelector('[data-test="status-why"]');
    expect(why).not.toBeNull();
    const text = why!.textContent!;
    expect(text).toContain('适用目标全年指标值 =100%');
    expect(text).toContain('进度模型进度型');
    expect(text).toContain('截至日期应达41.86%');
    expect(text).toContain('实际值25%（2024年7月20日 填报）');
    expect(text).toMatch(/偏差-16\.86/); // unit wording (%, 个百分点) is the domain's varianceText
    expect(text).toContain('超过10个百分点');
    wrapper.unmount();
  });

  it('shows a cumulative path once, without a period name in front of it', async () => {
    const path = { ...judgement, target: '半年 =30% → 全年 =100%' };
    const wrapper = mount(StatusTag, { props: { status: 'behind', judgement: path }, global: { plugins: appPlugins().plugins }, attachTo: document.body });
    await wrapper.find('.status-tag').trigger('mouseenter');
    await settle(300);
    const text = document.querySelector('[data-test="status-why"]')!.textContent!;
    expect(text).toContain('适用目标半年 =30% → 全年 =100%进度模型');
    expect(text).not.toContain('全年指标值 半年');
    wrapper.unmount();
  });

  it('explains in English: model and date words translated, data kept as recorded', async () => {
    const path = { ...judgement, target: '半年 =30% → 全年 =100%' };
    const level = { ...judgement, model: 'level' as const, period: 'H1' as const, target: '≥90%' };
    const texts: string[] = [];
    for (const j of [path, level]) {
      const wrapper = mount(StatusTag, { props: { status: 'behind', judgement: j }, global: { plugins: appPlugins('en').plugins }, attachTo: document.body });
      await wrapper.find('.status-tag').trigger('mouseenter');
      await settle(300);
      texts.push(document.querySelector('[data-test="status-why"]')!.textContent!);
      wrapper.unmount();
      document.body.innerHTML = '';
    }
    expect(texts[0]).toContain('Target appliedhalf-year =30% → full-year =100%');
    expect(texts[0]).toContain('Progress modelcumulative (builds up over the year)');
    expect(texts[0]).toContain('Actual25% (recorded 20 Jul 2024)');
    expect(texts[0]).not.toContain('进度型（');
    expect(texts[0]).toContain('Variance-16.86 pp (-40.27%)');
    expect(texts[1]).toContain('Target appliedHalf-year target ≥90%');
    expect(texts[1]).toContain('Progress modellevel (a threshold at any time)');
  });

  it('gives the English sentence of a real judgement in the English UI, the Chinese one in the Chinese UI', async () => {
    const data: Dataset = {
      projects: [{ id: 'p1', name: '安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
        startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [] }],
      indicators: [{ id: 'i1', projectId: 'p1', level1: '产出指标', level2: '时效指标', level3: '故障修复响应时间', targetH1: '≤4小时', targetFY: '≤4小时' }],
      actuals: [{ projectId: 'p1', indicatorId: 'i1', date: '2024-06-30', value: '6小时' }], spend: [],
    };
    const real = buildReport(data, '2024-06-30', defaultSettings()).judgements[0];
    const why = async (locale: 'en' | 'zh-CN') => {
      const wrapper = mount(StatusTag, { props: { status: real.status, judgement: real }, global: { plugins: appPlugins(locale).plugins }, attachTo: document.body });
      await wrapper.find('.status-tag').trigger('mouseenter');
      await settle(300);
      const text = document.querySelector('.status-why__explain')!.textContent!;
      wrapper.unmount();
      document.body.innerHTML = '';
      return text;
    };
    expect(await why('en')).toBe('Target: ≤4小时 (half-year); level (rule 2: a ≤/< target or =0 bad events), lower is better; expected: 4小时 (half-year target ≤4小时); '
      + 'actual: 6小时 (2024-06-30); Behind: lower is better: beyond the tolerance limit 4.4小时 (×1.1)');
    expect(await why('zh-CN')).toBe(real.explain);
    expect(real.explain).toMatch(/^目标：≤4小时（半年）；水平型/);
  });

  it('gives a qualitative target as the expected value, as the indicator table does', async () => {
    const quality = { ...judgement, status: 'met' as const, model: 'level' as const, period: 'H1' as const, target: '充分', expected: null, unit: '',
      actualText: '达成', actual: null, variance: { absolute: null, relative: null } };
    const wrapper = mount(StatusTag, { props: { status: 'met', judgement: quality }, global: { plugins: appPlugins().plugins }, attachTo: document.body });
    await wrapper.find('.status-tag').trigger('mouseenter');
    await settle(300);
    const text = document.querySelector('[data-test="status-why"]')!.textContent!;
    expect(text).toContain('截至日期应达充分');
    expect(text).toContain('偏差—');
    wrapper.unmount();
  });

  it('says an actual derived from spend was derived, not recorded', async () => {
    const derived = { ...judgement, actualText: '34.5%', actualDate: '2024-09-30', derivedFromSpend: true };
    const texts: string[] = [];
    for (const locale of ['zh-CN', 'en'] as const) {
      const wrapper = mount(StatusTag, { props: { status: 'behind', judgement: derived }, global: { plugins: appPlugins(locale).plugins }, attachTo: document.body });
      await wrapper.find('.status-tag').trigger('mouseenter');
      await settle(300);
      texts.push(document.querySelector('[data-test="status-why"]')!.textContent!);
      wrapper.unmount();
      document.body.innerHTML = '';
    }
    expect(texts[0]).toContain('实际值34.5%（由 2024年9月30日 的支出记录推算）');
    expect(texts[0]).not.toContain('填报');
    expect(texts[1]).toContain('Actual34.5% (derived from spend on 30 Sep 2024)');
  });

  it('renders data as text, never as markup', async () => {
    const hostile = { ...judgement, target: '<img src=x onerror=alert(1)>', explain: '<b>粗体</b>' };
    const wrapper = mount(StatusTag, { props: { status: 'behind', judgement: hostile }, global: { plugins: appPlugins().plugins }, attachTo: document.body });
    await wrapper.find('.status-tag').trigger('mouseenter');
    await settle(300);
    const why = document.querySelector('[data-test="status-why"]')!;
    expect(why.querySelector('img')).toBeNull();
    expect(why.querySelector('b')).toBeNull();
    expect(why.textContent).toContain('<b>粗体</b>');
    wrapper.unmount();
  });
});
