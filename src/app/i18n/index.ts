// vue-i18n instance. Messages are split by area (one file per view or shared part under ./areas,
// each holding both locales) so that helpers add their own file instead of editing a shared one.
// An area's file defines one top-level key per locale; index merges them and refuses duplicates.
import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile';

export type Language = 'zh-CN' | 'en';
export const languages: Language[] = ['zh-CN', 'en'];

/** Nested message tree: strings at the leaves. */
export interface Messages {
  [key: string]: string | Messages;
}
export type AreaMessages = Record<Language, Messages>;

export function mergeAreas(areas: Record<string, AreaMessages>): Record<Language, Messages> {
  const out: Record<Language, Messages> = { 'zh-CN': {}, en: {} };
  for (const [file, area] of Object.entries(areas)) {
    for (const lang of languages) {
      for (const [key, value] of Object.entries(area[lang] ?? {})) {
        if (key in out[lang]) throw new Error(`i18n: key "${key}" of ${file} is already defined by another area`);
        out[lang][key] = value;
      }
    }
  }
  return out;
}

const modules = import.meta.glob<AreaMessages>('./areas/*.ts', { eager: true, import: 'default' });
export const messages = mergeAreas(modules);

/** A fresh instance (tests make one each); the app uses `i18n`. */
export function createAppI18n(locale: Language = 'zh-CN') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh-CN', messages, missingWarn: false, fallbackWarn: false, messageCompiler: compileMessage });
}

export const i18n = createAppI18n();
