// The deck of the current dashboard state: data, as-of date, rule set and the overview's filters
// (?dept=&unit=&type=&level1=&q=) carried in from the URL, in the UI language.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { buildDeck, type DeckOptions } from '../../present/deck';
import { deckScope } from '../../present/scope';
import { useDatasetStore } from '../stores/dataset';
import { useReportStore } from '../stores/report';
import { useOverviewFilters } from '../components/overview/useOverviewFilters';

/** `extra`: the printed report's complete flagged list. */
export function useDeck(extra: Omit<DeckOptions, 'scope' | 'lang'> = {}) {
  const data = useDatasetStore();
  const report = useReportStore();
  const { locale } = useI18n();
  const { filter } = useOverviewFilters();
  return computed(() => {
    const r = report.report;
    const lang = locale.value === 'en' ? 'en' : 'zh-CN';
    const scope = deckScope(data.dataset, report.indicatorsById, r.judgements, filter.value, lang);
    return buildDeck(data.dataset, r, { ...extra, scope, lang });
  });
}
