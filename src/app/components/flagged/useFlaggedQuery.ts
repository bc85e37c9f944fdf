// The flagged list's filters and sort order, kept in the URL so a filtered list can be shared:
// ?status=behind&project=<id>,<id>&level1=产出指标&dept=…&likelihood=none&q=…&sort=gap&order=descending
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { FlaggedFilter, FlaggedSortKey, SortOrder } from '../../../domain/flagged';
import { useQueryList, useQueryParam } from '../../composables/useQuery';

export const FLAGGED_QUERY_KEYS = ['status', 'project', 'level1', 'dept', 'likelihood', 'q'] as const;
const SORT_KEYS: FlaggedSortKey[] = ['rank', 'project', 'path', 'status', 'gap', 'likelihood'];

export function useFlaggedQuery() {
  const route = useRoute();
  const router = useRouter();
  const status = useQueryList('status');
  const projects = useQueryList('project');
  const level1 = useQueryList('level1');
  const departments = useQueryList('dept');
  const likelihood = useQueryList('likelihood');
  const text = useQueryParam('q');
  const sortParam = useQueryParam('sort', 'rank');
  const orderParam = useQueryParam('order', 'ascending');

  const filter = computed<FlaggedFilter>(() => ({
    status: status.value, projects: projects.value, level1: level1.value,
    departments: departments.value, likelihood: likelihood.value, text: text.value,
  }));
  const active = computed(() => FLAGGED_QUERY_KEYS.some((k) => route.query[k] != null && route.query[k] !== ''));
  const sort = computed<FlaggedSortKey>(() => (SORT_KEYS.includes(sortParam.value as FlaggedSortKey) ? (sortParam.value as FlaggedSortKey) : 'rank'));
  const order = computed<SortOrder>(() => (orderParam.value === 'descending' ? 'descending' : 'ascending'));

  /** One navigation for both keys (two would race on the same query). */
  function setSort(key: FlaggedSortKey, dir: SortOrder) {
    const query = { ...route.query, sort: key, order: dir };
    if (key === 'rank') delete (query as Record<string, unknown>).sort;
    if (dir === 'ascending') delete (query as Record<string, unknown>).order;
    void router.replace({ query });
  }

  function clear() {
    const query = { ...route.query };
    for (const k of FLAGGED_QUERY_KEYS) delete query[k];
    void router.replace({ query });
  }

  return { status, projects, level1, departments, likelihood, text, filter, active, sort, order, setSort, clear };
}
