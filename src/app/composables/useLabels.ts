// Status labels in the current UI language; the words themselves live in domain/labels.ts.
import { useI18n } from 'vue-i18n';
import type { Status } from '../../domain/judge/types';
import { statusLabel, statusLabelEn } from '../../domain/labels';

export function useStatusLabel() {
  const { locale } = useI18n();
  return (status: Status) => (locale.value === 'en' ? statusLabelEn : statusLabel)[status];
}
