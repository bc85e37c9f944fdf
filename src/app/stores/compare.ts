// Compare store: which indicators can be compared across projects (per dataset) and, for one of
// them, its rows as judged at the as-of date (one lookup per member indicator).
import { defineStore } from 'pinia';
import { computed, markRaw } from 'vue';
import { compareGroups, compareRows, sortCompareRows, type CompareResult, type CompareRow, type CompareSortKey } from '../../domain/compare';
import { useDatasetStore } from './dataset';
import { useReportStore } from './report';

export const useCompareStore = defineStore('compare', () => {
  const data = useDatasetStore();
  const report = useReportStore();
  const groups = computed(() => compareGroups(data.dataset.indicators));
  const groupsByKey = computed(() => new Map(groups.value.map((g) => [g.key, g])));

  function result(key: string): CompareResult | null {
    const group = groupsByKey.value.get(key);
    if (!group) return null;
    const result = compareRows(group, report.judgementsById, report.projectsById, report.indicatorsById);
    // Raw rows: a proxied judgement cannot reach its lazy explanation (a private class field).
    result.rows = result.rows.map(markRaw);
    return result;
  }

  const sorted = (rows: readonly CompareRow[], key: CompareSortKey, order: 'ascending' | 'descending') =>
    key === 'order' && order === 'ascending' ? [...rows] : sortCompareRows(rows, key, order);

  return { groups, groupsByKey, result, sorted };
});
