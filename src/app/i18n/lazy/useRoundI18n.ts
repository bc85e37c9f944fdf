// The monitoring round's messages (./round) load with the round's views, not with the first screen
// (every area under ../areas is in the entry chunk, and the first screen must stay under 300 kB
// gzip). Each component of the round calls this instead of useI18n(): the messages are merged into
// the app's (or a test's) i18n instance once, before its first render.
import { useI18n } from 'vue-i18n';
import { languages, type Messages } from '../index';
import round from './round';

export function useRoundI18n() {
  const i18n = useI18n({ useScope: 'global' });
  for (const lang of languages) {
    if (!(i18n.getLocaleMessage(lang) as Messages).round) i18n.mergeLocaleMessage(lang, round[lang]);
  }
  return i18n;
}
