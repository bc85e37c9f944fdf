// The deck of the current dashboard state: data, as-of date, rule set and the overview's filters
// (?dept=&unit=&type=&level1=&q=) carried in from the URL, in the UI language.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { applyFilter } from '../../domain/aggregate';
import { buildDeck } from '../../present/deck';
import { useDatasetStore } from '../stores/dataset';
import { useReportStore } from '../stores/report';
import { useOverviewFilters } from '../components/overview/useOverviewFilters';

export function useDeck() {
  const data = useDatasetStore();
  const report = useReportStore();
  const { locale } = useI18n();
  const { filter } = useOverviewFilters();
  return computed(() => {
    const r = report.report;
    // Project-level filters pick the projects; a status filter would hide the very slides a meeting needs.
    const f = { ...filter.value, statuses: [] };
    const projectIds = new Set(applyFilter(data.dataset.projects, report.indicatorsById, r.judgements, f).projects.map((p) => p.id));
    return buildDeck(data.dataset, r, { projectIds, lang: locale.value === 'en' ? 'en' : 'zh-CN' });
  });
}
