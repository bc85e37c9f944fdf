// Report store: the as-of date and the data judged at it. The columnar engine (domain/engine) is
// built once per (dataset, settings) and judges a date in one pass over typed arrays, so a date
// change costs that pass: the summaries, counts, warnings and flagged rows read it, and a
// judgement object (with its explanation) is made only for the project or rows on screen
// (`judgementsById` / `judgementsByProject` look up lazily). The full object-per-judgement Report
// (`report`) is computed only where a whole one is needed — the deck, print, compare. The as-of
// date defaults to domain/report defaultAsOf (the latest data date, else the data year's end; the
// CLI uses the same rule); an explicit one comes from the URL (?asOf=, see composables/useUrlSync).
import { defineStore } from 'pinia';
import { computed, markRaw, ref } from 'vue';
import type { IsoDate, Indicator, Project } from '../../domain/types';
import type { ProjectSummary } from '../../domain/report.types';
import { buildReport, dataYear, defaultAsOf, latestDataDate } from '../../domain/report';
import { JudgementLookup, ProjectJudgements, ProjectSummaries } from './judgementLookup';
import { followedEngine } from './followedEngine';
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

  const built = followedEngine(() => data.dataset, () => settingsStore.settings);
  /**
   * The engine judged at asOf. The engine overwrites its arrays in place, so each change gives a
   * new (raw) handle: whatever reads `judged` is computed again. A followed edit is already judged.
   */
  const judged = computed(() => {
    const { engine, data: d } = built.value;
    return markRaw({ engine: engine.judgedAt(asOf.value), asOf: asOf.value, data: d });
  });
  /** The whole reference Report (an object per indicator): only for the deck, print and compare. */
  const report = computed(() => buildReport(data.dataset, asOf.value, settingsStore.settings));

  // Lookups views need constantly, built once per dataset / date.
  const projectsById = computed(() => new Map<string, Project>(data.dataset.projects.map((p) => [p.id, p])));
  const indicatorsById = computed(() => new Map<string, Indicator>(data.dataset.indicators.map((i) => [i.id, i])));
  /** One summary per project, dataset order (Report.projects): 10,000 objects at a province's date, so only for lists of every project (the project picker); the overview reads the engine. */
  const summaries = computed<ProjectSummary[]>(() => {
    const e = judged.value.engine;
    return e.columns.projects.map((_, k) => e.summary(k));
  });
  /** A project's summary, made on first ask at each date. */
  const summariesById = computed(() => new ProjectSummaries(judged.value.engine));
  const judgementsById = computed(() => new JudgementLookup(judged.value.engine));
  const judgementsByProject = computed(() => new ProjectJudgements(judged.value.engine));
  /** Cross-checks and unreadable actuals at the date (Report.warnings). */
  const warnings = computed(() => judged.value.engine.warnings());

  /** null or an invalid date → follow the data again. */
  function setAsOf(date: IsoDate | null | undefined) {
    asOfOverride.value = isIsoDate(date) ? date : null;
  }

  return {
    asOf, asOfOverride, latestDate, year, report, judged, summaries, warnings,
    projectsById, indicatorsById, summariesById, judgementsById, judgementsByProject,
    setAsOf,
  };
});
