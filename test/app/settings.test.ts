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
    store.config.tolerances.overAchieve = 1.5;
    await wrapper.find('[data-test="rule-set"] input[value="pmkpi"]').setValue(true);
    await nextTick();
    expect(store.settings).toEqual(defaultSettings('pmkpi'));
    expect(wrapper.find('[data-test="time-progress"] input[value="month"]').element).toHaveProperty('checked', true);
    store.config.tolerances.progressPoints = 5;
    await wrapper.find('[data-test="reset-settings"]').trigger('click');
    expect(store.settings.tolerances.progressPoints).toBe(10);
    expect(store.settings.ruleSet).toBe('pmkpi');
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
