// The URL is the state a shared link carries: the as-of date (?asOf=), the data link (?data=) and
// each view's filters (?status=behind,warning&dept=…). Views read and write their filters through
// useQueryParam / useQueryList; links between pages keep only the global keys (useAppLink).
import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router';

/** Query keys that follow the user from page to page. */
export const GLOBAL_QUERY_KEYS = ['asOf', 'data'] as const;

export function firstValue(v: LocationQuery[string] | undefined): string | null {
  const x = Array.isArray(v) ? v[0] : v;
  return typeof x === 'string' ? x : null;
}

export function globalQuery(query: LocationQuery): LocationQueryRaw {
  const out: LocationQueryRaw = {};
  for (const key of GLOBAL_QUERY_KEYS) if (query[key] != null) out[key] = query[key];
  return out;
}

/** A new query with `key` set (or removed when the value is empty / the default). */
export function withParam(query: LocationQuery, key: string, value: string | null): LocationQueryRaw {
  const next: LocationQueryRaw = { ...query };
  if (value === null || value === '') delete next[key];
  else next[key] = value;
  return next;
}

/** One string filter in the URL; writing the fallback removes it, keeping links short. */
export function useQueryParam(key: string, fallback = ''): WritableComputedRef<string> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => firstValue(route.query[key]) ?? fallback,
    set: (value) => void router.replace({ query: withParam(route.query, key, value === fallback ? null : value) }),
  });
}

/** A list filter in the URL, comma-separated (?status=behind,warning). */
export function useQueryList(key: string): WritableComputedRef<string[]> {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => (firstValue(route.query[key]) ?? '').split(',').filter(Boolean),
    set: (values) => void router.replace({ query: withParam(route.query, key, values.join(',') || null) }),
  });
}

/** Builds links that carry the as-of date and data link: `to('/project/' + id)`. */
export function useAppLink() {
  const route = useRoute();
  return (path: string, query: LocationQueryRaw = {}): RouteLocationRaw => ({ path, query: { ...globalQuery(route.query), ...query } });
}
