// Keeps the report store's as-of date in step with ?asOf= (the URL is the source of truth, so a
// copied link reproduces the view), and offers the setter the header's date picker uses.
import { watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { IsoDate } from '../../domain/types';
import { useReportStore } from '../stores/report';
import { firstValue, withParam } from './useQuery';

export function useAsOfUrlSync() {
  const route = useRoute();
  const report = useReportStore();
  watch(() => firstValue(route.query.asOf), (v) => report.setAsOf(v), { immediate: true });
}

/** Sets the as-of date by navigating; null returns to the latest data date. */
export function useSetAsOf() {
  const route = useRoute();
  const router = useRouter();
  return (date: IsoDate | null) => router.replace({ query: withParam(route.query, 'asOf', date) });
}
