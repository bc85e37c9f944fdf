// Settings store: the judging settings (rule set, tolerances, light bands, 序时进度 basis) and the
// UI language, both kept in localStorage so they survive reloads.
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { useLocalStorage } from '@vueuse/core';
import { defaultSettings, presets, type RuleSetId, type Settings } from '../../domain/settings';
import type { Language } from '../i18n';
import { parseLanguage, parseSettings, plainSettings } from '../lib/settingsStorage';

export const SETTINGS_KEY = 'indicator-monitor:settings';
export const LANGUAGE_KEY = 'indicator-monitor:language';

export const useSettingsStore = defineStore('settings', () => {
  /** Editable, persisted on every change (deep). Bind forms to this. */
  const config = useLocalStorage<Settings>(SETTINGS_KEY, defaultSettings(), {
    serializer: { read: parseSettings, write: (v) => JSON.stringify(v) },
    writeDefaults: false,
  });
  const language = useLocalStorage<Language>(LANGUAGE_KEY, 'zh-CN', {
    serializer: { read: parseLanguage, write: (v) => v },
    writeDefaults: false,
  });

  /** Plain copy for the domain (buildReport); recomputed when any value changes. */
  const settings = computed<Settings>(() => plainSettings(config.value));

  /** Tolerances or bands changed from the current rule set's preset (a switch would replace them). */
  const customised = computed(() => {
    const preset = presets[config.value.ruleSet];
    return JSON.stringify([config.value.tolerances, config.value.lights]) !== JSON.stringify([preset.tolerances, preset.lights]);
  });

  /** Switch rule set: loads that preset's numbers (they stay editable). */
  function applyPreset(ruleSet: RuleSetId) {
    config.value = defaultSettings(ruleSet);
  }

  function reset() {
    config.value = defaultSettings(config.value.ruleSet);
  }

  function setLanguage(lang: Language) {
    language.value = lang;
  }

  return { config, settings, customised, language, applyPreset, reset, setLanguage };
});
