// Everything the overview shows, as computeds of (report, dataset, filters): the roll-ups are the
// pure functions of domain/aggregate, each run once per change, linear in the data.
import { computed, type Ref } from 'vue';
import {
  applyFilter, byExecutionGap, countByLevel1, countByProject, countByProjectField, distinctValues, level1Options,
  worstFlagged, type OverviewFilter,
} from '../../../domain/aggregate';
import type { ProjectSummary } from '../../../domain/report.types';
import { useDatasetStore } from '../../stores/dataset';
import { useReportStore } from '../../stores/report';
import { useSettingsStore } from '../../stores/settings';

export const TOP_FLAGGED = 10;

export function useOverviewData(filter: Ref<OverviewFilter>) {
  const data = useDatasetStore();
  const report = useReportStore();
  const settings = useSettingsStore();

  const options = computed(() => ({
    departments: distinctValues(data.dataset.projects, (p) => p.department),
    units: distinctValues(data.dataset.projects, (p) => p.unit),
    types: distinctValues(data.dataset.projects, (p) => p.type),
    level1: level1Options(data.dataset.indicators),
  }));

  const filtered = computed(() => applyFilter(data.dataset.projects, report.indicatorsById, report.report.judgements, filter.value));

  /** Budget chart rows, furthest behind 序时进度 first. */
  const summaries = computed(() =>
    byExecutionGap(filtered.value.projects.map((p) => report.summariesById.get(p.id)).filter((s): s is ProjectSummary => !!s)),
  );
  const countsByProject = computed(() => countByProject(filtered.value.judgements));
  const byLevel1 = computed(() => countByLevel1(filtered.value.judgements, report.indicatorsById));
  const byDepartment = computed(() => countByProjectField(filtered.value.judgements, report.projectsById, 'department'));
  const byUnit = computed(() => countByProjectField(filtered.value.judgements, report.projectsById, 'unit'));
  const topFlagged = computed(() => worstFlagged(data.dataset, report.indicatorsById, report.report, filtered.value.judgements, TOP_FLAGGED));
  /** 一体化系统 rule set: show lights. */
  const lights = computed(() => settings.settings.ruleSet === 'pmkpi');

  return { options, filtered, summaries, countsByProject, byLevel1, byDepartment, byUnit, topFlagged, lights };
}
