// The flagged list's filters and sort order, kept in the URL so a filtered list can be shared:
// ?status=behind&project=<id>,<id>&level1=产出指标&dept=…&unit=…&type=…&likelihood=none&q=…&sort=gap&order=descending
// dept, unit, type, level1, status and q mean what they mean on the overview, whose links to this
// list carry them (composables/useQuery carriedQuery); dept/unit/type are the scope (domain/flaggedScope).
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { FlaggedFilter, FlaggedSortKey, SortOrder } from '../../../domain/flagged';
import type { FlaggedScope } from '../../../domain/flaggedScope';
import { useQueryList, useQueryParam } from '../../composables/useQuery';

export const FLAGGED_QUERY_KEYS = ['status', 'project', 'level1', 'dept', 'unit', 'type', 'likelihood', 'q'] as const;
const SORT_KEYS: FlaggedSortKey[] = ['rank', 'project', 'path', 'status', 'gap', 'likelihood'];

export function useFlaggedQuery() {
  const route = useRoute();
  const router = useRouter();
  const status = useQueryList('status');
  const projects = useQueryList('project');
  const level1 = useQueryList('level1');
  const departments = useQueryList('dept');
  const units = useQueryList('unit');
  const types = useQueryList('type');
  const likelihood = useQueryList('likelihood');
  const text = useQueryParam('q');
  const sortParam = useQueryParam('sort', 'rank');
  const orderParam = useQueryParam('order', 'ascending');

  const filter = computed<FlaggedFilter>(() => ({
    status: status.value, projects: projects.value, level1: level1.value, likelihood: likelihood.value, text: text.value,
  }));
  const scope = computed<FlaggedScope>(() => ({ departments: departments.value, units: units.value, types: types.value }));
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

  return { status, projects, level1, departments, units, types, likelihood, text, filter, scope, active, sort, order, setSort, clear };
}
