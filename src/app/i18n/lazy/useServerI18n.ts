// The team server's messages (./server) load with its pages, never with the first screen; merged
// into the app's (or a test's) i18n instance once. The guard merges them into the app's instance
// before the shell renders, so the menu's 待办 / 单位与账号 have their names.
import { useI18n } from 'vue-i18n';
import { languages, type Messages } from '../index';
import server from './server';

type Composer = ReturnType<typeof useI18n>;

export function mergeServerMessages(i18n: Pick<Composer, 'getLocaleMessage' | 'mergeLocaleMessage'>) {
  for (const lang of languages) {
    if (!(i18n.getLocaleMessage(lang) as Messages).server) i18n.mergeLocaleMessage(lang, server[lang]);
  }
}

export function useServerI18n() {
  const i18n = useI18n({ useScope: 'global' });
  mergeServerMessages(i18n);
  return i18n;
}
