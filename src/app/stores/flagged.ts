// Flagged-list store: the report's warning and behind indicators as rows, worst first, and the
// values each filter can take. Computed once per report (not per visit of the page), so that
// filtering thousands of rows is one linear pass in the view.
import { defineStore } from 'pinia';
import { computed, markRaw } from 'vue';
import {
  filterFlagged, flaggedFacets, sortFlagged,
  type FlaggedFilter, type FlaggedRow, type FlaggedSortKey, type SortOrder,
} from '../../domain/flagged';
import { scopeFacets, scopeFlagged, type FlaggedScope } from '../../domain/flaggedScope';
import { flaggedCsv, flaggedFileName } from '../../io/exportFlagged';
import { flaggedRowsAt } from '../../domain/engine/flaggedRows';
import { useReportStore } from './report';

export const useFlaggedStore = defineStore('flagged', () => {
  const report = useReportStore();
  // On the engine: a row's judgement and texts are made when it is shown (a page at a time), not
  // for the ~100,000 rows of a province at each date. Raw: tables keep their data in deep-reactive
  // state, and a proxied row cannot reach its lazy fields (private class fields).
  const rows = computed(() => flaggedRowsAt(report.judged.engine).map(markRaw));
  const facets = computed(() => flaggedFacets(rows.value));
  /** 主管部门 / 实施单位 / 项目类型 as the overview names them (domain/flaggedScope). */
  const scopes = computed(() => scopeFacets(rows.value, report.projectsById));

  /** The rows passing the filter and the project scope (worst-first order kept). Call inside a computed. */
  const filtered = (filter: FlaggedFilter, scope: FlaggedScope = {}) => scopeFlagged(filterFlagged(rows.value, filter), scope, report.projectsById);
  /** Sorted copy; the worst-first order needs no sort. */
  const sorted = (list: readonly FlaggedRow[], key: FlaggedSortKey, order: SortOrder) =>
    key === 'rank' && order === 'ascending' ? list : sortFlagged(list, key, order);

  /** The CSV file of the rows the user sees: name and UTF-8 (BOM) text. */
  function csvFile(visible: readonly FlaggedRow[]) {
    return { name: flaggedFileName(report.asOf), text: flaggedCsv(visible) };
  }

  return { rows, facets, scopes, filtered, sorted, csvFile };
});
