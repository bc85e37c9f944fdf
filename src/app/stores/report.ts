// Report store: the as-of date and the Report judged at it. The report is a computed of
// (dataset, asOf, settings): changing any of them re-judges at once. The as-of date defaults to
// domain/report defaultAsOf (the latest data date, else the data year's end; the CLI uses the same
// rule); an explicit one comes from the URL (?asOf=, see composables/useUrlSync).
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { IsoDate, Indicator, Project } from '../../domain/types';
import type { Judgement } from '../../domain/judge/types';
import type { ProjectSummary } from '../../domain/report.types';
import { buildReport, dataYear, defaultAsOf, latestDataDate } from '../../domain/report';
import { isIsoDate, toIsoDate } from '../lib/asOf';
import { useDatasetStore } from './dataset';
import { useSettingsStore } from './settings';

export const useReportStore = defineStore('report', () => {
  const data = useDatasetStore();
  const settingsStore = useSettingsStore();

  /** Set from the URL; null = follow the data (defaultAsOf). */
  const asOfOverride = ref<IsoDate | null>(null);
  const latestDate = computed(() => latestDataDate(data.dataset));
  const year = computed(() => dataYear(data.dataset, latestDate.value));
  const defaultDate = computed(() => defaultAsOf(latestDate.value, year.value, toIsoDate(new Date())));
  const asOf = computed<IsoDate>(() => asOfOverride.value ?? defaultDate.value);

  const report = computed(() => buildReport(data.dataset, asOf.value, settingsStore.settings));

  // Lookups views need constantly, built once per dataset / report.
  const projectsById = computed(() => new Map<string, Project>(data.dataset.projects.map((p) => [p.id, p])));
  const indicatorsById = computed(() => new Map<string, Indicator>(data.dataset.indicators.map((i) => [i.id, i])));
  const summariesById = computed(() => new Map<string, ProjectSummary>(report.value.projects.map((s) => [s.projectId, s])));
  const judgementsById = computed(() => new Map<string, Judgement>(report.value.judgements.map((j) => [j.indicatorId, j])));
  const judgementsByProject = computed(() => {
    const map = new Map<string, Judgement[]>();
    for (const j of report.value.judgements) {
      const list = map.get(j.projectId);
      if (list) list.push(j);
      else map.set(j.projectId, [j]);
    }
    return map;
  });

  /** null or an invalid date → follow the data again. */
  function setAsOf(date: IsoDate | null | undefined) {
    asOfOverride.value = isIsoDate(date) ? date : null;
  }

  return {
    asOf, asOfOverride, latestDate, year, report,
    projectsById, indicatorsById, summariesById, judgementsById, judgementsByProject,
    setAsOf,
  };
});
