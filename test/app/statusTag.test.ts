// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import StatusTag from '../../src/app/components/StatusTag.vue';
import type { Judgement, Status } from '../../src/domain/judge/types';
import { appPlugins, settle } from './helpers';

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
    expect(texts[0]).toContain('Progress modelcumulative (builds up over the year)');
    expect(texts[0]).toContain('Actual25% (recorded 20 Jul 2024)');
    expect(texts[0]).not.toContain('进度型（');
    expect(texts[0]).toContain('Variance-16.86 pp (-40.27%)');
    expect(texts[1]).toContain('Target appliedHalf-year target ≥90%');
    expect(texts[1]).toContain('Progress modellevel (a threshold at any time)');
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
