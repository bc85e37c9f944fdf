// The URL is the state a shared link carries: the as-of date (?asOf=), the data link (?data=) and
// each view's filters (?status=behind,warning&dept=…). Views read and write their filters through
// useQueryParam / useQueryList; links between pages keep the global keys (useAppLink), and a link
// from the overview to the flagged list keeps the overview's filters too (carriedQuery).
import { computed, type WritableComputedRef } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw, type RouteLocationRaw } from 'vue-router';
import { FLAGGED_STATUSES } from '../../domain/flagged';

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

/**
 * Filters that follow a link from one page to another that reads them the same way: the overview's
 * 主管部门, 实施单位, 项目类型, 一级指标, status and search go with it to the flagged list (its 查看全部
 * link and status cards), so the list opens on the same scope. Statuses the list has not (达标 …) are dropped.
 */
const CARRIED: Record<string, { from: string; keys: readonly string[] }> = {
  '/flagged': { from: '/', keys: ['dept', 'unit', 'type', 'level1', 'status', 'q'] },
};

/** The query of a link from the page at (fromPath, query) to `toPath`: global keys, carried filters, then `extra`. */
export function carriedQuery(fromPath: string, query: LocationQuery, toPath: string, extra: LocationQueryRaw = {}): LocationQueryRaw {
  const out = globalQuery(query);
  const carry = CARRIED[toPath];
  if (carry && carry.from === fromPath) {
    for (const key of carry.keys) {
      const value = firstValue(query[key]);
      if (value) out[key] = value;
    }
    const statuses = (firstValue(query.status) ?? '').split(',').filter((s) => (FLAGGED_STATUSES as readonly string[]).includes(s));
    if (statuses.length) out.status = statuses.join(',');
    else delete out.status;
  }
  return { ...out, ...extra };
}

/** Builds links that carry the as-of date and data link (and filters the target shares, carriedQuery): `to('/project/' + id)`. */
export function useAppLink() {
  const route = useRoute();
  return (path: string, query: LocationQueryRaw = {}): RouteLocationRaw => ({ path, query: carriedQuery(route.path, route.query, path, query) });
}
