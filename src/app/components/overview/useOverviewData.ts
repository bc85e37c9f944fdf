// Everything the overview shows, as computeds of (the engine at the date, dataset, filters): the
// filter leaves indicator indexes and the roll-ups count the engine's status array
// (domain/engine/overview, checked against domain/aggregate), so a date change or a filter is a
// few passes over typed arrays; only the ten worst rows get judgements and explanations, and the
// project list is indexes in budget-gap order whose summaries are made for the rows shown
// (domain/engine/overviewProjects).
import { computed, markRaw, type Ref } from 'vue';
import { distinctValues, level1Options, type OverviewFilter } from '../../../domain/aggregate';
import { countByFieldAt, countByLevel1At, filterIndexes, worstFlaggedAt } from '../../../domain/engine/overview';
import { projectCountsAt, projectListAt } from '../../../domain/engine/overviewProjects';
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

  const filtered = computed(() => {
    const engine = report.judged.engine;
    const { projects, projectIndexes, indexes, statusCounts } = filterIndexes(engine, filter.value);
    return { engine, projects, projectIndexes, indexes, statusCounts, indicators: indexes.length };
  });

  /** The projects under the filters, furthest behind 序时进度 first (budget chart and project table). Raw: it holds the engine. */
  const summaries = computed(() => markRaw(projectListAt(filtered.value.engine, filtered.value.projectIndexes)));
  const countsByProject = computed(() => markRaw(projectCountsAt(filtered.value.engine, filtered.value.indexes)));
  const byLevel1 = computed(() => countByLevel1At(filtered.value.engine, filtered.value.indexes));
  const byDepartment = computed(() => countByFieldAt(filtered.value.engine, filtered.value.indexes, 'department'));
  const byUnit = computed(() => countByFieldAt(filtered.value.engine, filtered.value.indexes, 'unit'));
  const topFlagged = computed(() => worstFlaggedAt(filtered.value.engine, filtered.value.indexes, TOP_FLAGGED));
  /** 一体化系统 rule set: show lights. */
  const lights = computed(() => settings.settings.ruleSet === 'pmkpi');

  return { options, filtered, summaries, countsByProject, byLevel1, byDepartment, byUnit, topFlagged, lights };
}
