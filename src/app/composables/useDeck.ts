// The deck of the current dashboard state: data, as-of date, rule set and the overview's filters
// (?dept=&unit=&type=&level1=&q=) carried in from the URL, in the UI language, marked 示例数据 while
// the data is the bundled sample (layout/useSampleData). A deck that cannot
// be built is an empty deck and an `error` (the reason) for the view to show, never a blank page.
import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import { buildDeck, type DeckOptions } from '../../present/deck';
import { deckScope } from '../../present/scope';
import type { Deck } from '../../present/types';
import { useDatasetStore } from '../stores/dataset';
import { useReportStore } from '../stores/report';
import { useOverviewFilters } from '../components/overview/useOverviewFilters';
import { useSampleData } from '../components/layout/useSampleData';

/** `extra`: the printed report's complete flagged list; the presentation's theme (a getter: it changes). */
export function useDeck(extra: MaybeRefOrGetter<Omit<DeckOptions, 'scope' | 'lang' | 'sample'>> = {}) {
  const data = useDatasetStore();
  const report = useReportStore();
  const { locale } = useI18n();
  const { filter } = useOverviewFilters();
  const sample = useSampleData();
  const built = computed((): { deck: Deck; error: string | null } => {
    const r = report.report;
    const lang = locale.value === 'en' ? 'en' : 'zh-CN';
    try {
      const scope = deckScope(data.dataset, report.indicatorsById, r.judgements, filter.value, lang);
      return { deck: buildDeck(data.dataset, r, { ...toValue(extra), scope, lang, sample: sample.value }), error: null };
    } catch (e) {
      return { deck: { title: '', asOf: r.asOf, subtitle: '', slides: [] }, error: errorReason(e) };
    }
  });
  return { deck: computed(() => built.value.deck), error: computed(() => built.value.error) };
}

/** The words of a failure for a message: an Error's message, else the value as text. */
export function errorReason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
