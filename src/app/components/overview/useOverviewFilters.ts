// The overview's filters, kept in the URL so a link reproduces the view:
// ?dept=…&unit=…&type=…&level1=…&status=behind,warning&q=…  (lists comma-separated).
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { OverviewFilter } from '../../../domain/aggregate';
import type { Status } from '../../../domain/judge/types';
import { statusOrder } from '../../../domain/labels';
import { globalQuery, useQueryList, useQueryParam } from '../../composables/useQuery';

export type ListFilter = 'departments' | 'units' | 'types' | 'level1';

const isStatus = (s: string): s is Status => (statusOrder as string[]).includes(s);

export function useOverviewFilters() {
  const route = useRoute();
  const router = useRouter();
  const lists = {
    departments: useQueryList('dept'),
    units: useQueryList('unit'),
    types: useQueryList('type'),
    level1: useQueryList('level1'),
  };
  const statusList = useQueryList('status');
  const statuses = computed<Status[]>({
    get: () => statusList.value.filter(isStatus),
    set: (v) => (statusList.value = v),
  });
  const search = useQueryParam('q');

  const filter = computed<OverviewFilter>(() => ({
    departments: lists.departments.value,
    units: lists.units.value,
    types: lists.types.value,
    level1: lists.level1.value,
    statuses: statuses.value,
    search: search.value,
  }));

  const active = computed(() => {
    const f = filter.value;
    return f.departments.length + f.units.length + f.types.length + f.level1.length + f.statuses.length + (f.search.trim() ? 1 : 0) > 0;
  });

  /** Clicking a chart bar: filter by that one value, or drop it when it is already the filter. */
  function toggleOnly(key: ListFilter, value: string) {
    const list = lists[key];
    list.value = list.value.length === 1 && list.value[0] === value ? [] : [value];
  }

  function clear() {
    void router.replace({ query: globalQuery(route.query) });
  }

  return { ...lists, statuses, search, filter, active, toggleOnly, clear };
}
