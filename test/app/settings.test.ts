// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import SettingsView from '../../src/app/views/SettingsView.vue';
import { LANGUAGE_KEY, SETTINGS_KEY, useSettingsStore } from '../../src/app/stores/settings';
import { defaultSettings } from '../../src/domain/settings';
import { appPlugins, settle } from './helpers';

const mountView = () => {
  const setup = appPlugins();
  return { wrapper: mount(SettingsView, { global: { plugins: setup.plugins } }), setup };
};
/** Mounted in the document, for the confirmation box that opens on <body>. */
const mount2 = () => {
  const setup = appPlugins();
  return { wrapper: mount(SettingsView, { global: { plugins: setup.plugins }, attachTo: document.body }), setup };
};

describe('settings page', () => {
  beforeEach(() => localStorage.clear());

  it('shows the stored values: default rule set, 0.9 / 1.1 / 10 points, day-based 序时进度', () => {
    const { wrapper } = mountView();
    expect(wrapper.text()).toContain('默认规则');
    expect((wrapper.find('[data-test="tol-positiveRatio"] input').element as HTMLInputElement).value).toBe('0.90');
    expect((wrapper.find('[data-test="tol-negativeRatio"] input').element as HTMLInputElement).value).toBe('1.10');
    expect((wrapper.find('[data-test="tol-progressPoints"] input').element as HTMLInputElement).value).toBe('10.00');
    expect((wrapper.find('[data-test="time-progress"] input[value="day"]').element as HTMLInputElement).checked).toBe(true);
  });

  it('keeps a changed tolerance, 序时进度 basis and language across a reload', async () => {
    const { wrapper } = mountView();
    const input = wrapper.find('[data-test="tol-positiveRatio"] input');
    await input.setValue('0.85');
    await input.trigger('change');
    await wrapper.find('[data-test="time-progress"] input[value="month"]').setValue(true);
    await wrapper.find('[data-test="language"] input[value="en"]').setValue(true);
    await settle();
    const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY)!);
    expect(stored.tolerances.positiveRatio).toBe(0.85);
    expect(stored.timeProgress).toBe('month');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('en');
    wrapper.unmount();

    // "Reload": a new Pinia reads localStorage again.
    const again = mountView();
    const store = useSettingsStore();
    expect(store.settings.tolerances.positiveRatio).toBe(0.85);
    expect(store.settings.timeProgress).toBe('month');
    expect(store.language).toBe('en');
    expect((again.wrapper.find('[data-test="tol-positiveRatio"] input').element as HTMLInputElement).value).toBe('0.85');
  });

  it('switching the rule set loads its preset; reset restores the preset numbers', async () => {
    const { wrapper } = mountView();
    const store = useSettingsStore();
    await wrapper.find('[data-test="rule-set"] input[value="pmkpi"]').setValue(true);
    await nextTick();
    expect(store.settings).toEqual(defaultSettings('pmkpi'));
    expect(wrapper.find('[data-test="time-progress"] input[value="month"]').element).toHaveProperty('checked', true);
    store.config.tolerances.progressPoints = 5;
    await wrapper.find('[data-test="reset-settings"]').trigger('click');
    expect(store.settings.tolerances.progressPoints).toBe(10);
    expect(store.settings.ruleSet).toBe('pmkpi');
  });

  it('asks before a switch replaces numbers the user changed; cancelling keeps them', async () => {
    const { wrapper } = mount2();
    const store = useSettingsStore();
    store.config.tolerances.progressPoints = 25;
    const choose = async (answer: 'confirm' | 'cancel') => {
      await wrapper.find('[data-test="rule-set"] input[value="pmkpi"]').setValue(true);
      await settle(50);
      const box = document.querySelector('.el-message-box')!;
      expect(box.textContent).toContain('切换规则会用“一体化系统红绿灯（按月折算）”的预设数值替换您修改过的容差和分档');
      (box.querySelector(answer === 'confirm' ? '.el-button--primary' : '.el-message-box__btns .el-button:not(.el-button--primary)') as HTMLElement).click();
      await settle(400);
    };
    await choose('cancel');
    expect(store.settings).toMatchObject({ ruleSet: 'default', tolerances: { progressPoints: 25 } });
    await choose('confirm');
    expect(store.settings).toEqual(defaultSettings('pmkpi'));
    wrapper.unmount();
  });

  it('says which block the current rule set uses', async () => {
    const { wrapper } = mountView();
    expect(wrapper.find('[data-test="tolerances-used"]').text()).toBe('当前的默认规则按以下容差判断。');
    expect(wrapper.find('[data-test="lights-used"]').text()).toBe('仅一体化系统规则使用这些分档，当前的默认规则不使用。');
    useSettingsStore().applyPreset('pmkpi');
    await nextTick();
    expect(wrapper.find('[data-test="tolerances-used"]').text()).toBe('当前的一体化系统规则不使用这些容差（超额提示除外），改按下方红绿灯分档判断。');
    expect(wrapper.find('[data-test="lights-used"]').text()).toBe('当前的一体化系统规则按以下分档判断。');
  });

  it('ignores an emptied number box instead of storing a hole', async () => {
    const { wrapper } = mountView();
    const input = wrapper.find('[data-test="tol-negativeRatio"] input');
    await input.setValue('');
    await input.trigger('change');
    await settle();
    expect(useSettingsStore().settings.tolerances.negativeRatio).toBe(1.1);
  });
});

describe('the stale setting (domain.md §3)', () => {
  beforeEach(() => localStorage.clear());

  it('shows 31 days by default, keeps a change across a reload and hands it to the judge', async () => {
    const { wrapper } = mountView();
    const input = wrapper.find('[data-test="stale-after-days"] input');
    expect((input.element as HTMLInputElement).value).toBe('31');
    expect(wrapper.text()).toContain('实际值过期天数');
    await input.setValue('45');
    await input.trigger('change');
    await settle();
    expect(JSON.parse(localStorage.getItem(SETTINGS_KEY)!).staleAfterDays).toBe(45);
    wrapper.unmount();
    mountView();
    expect(useSettingsStore().settings.staleAfterDays).toBe(45);
  });
});
