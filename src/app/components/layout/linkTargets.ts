// What a shared link names that the data in this browser does not have: the project of
// /project/<id>, the projects of ?project= (flagged list) and the 主管部门 / 实施单位 / 项目类型 of
// ?dept= / ?unit= / ?type= (overview, flagged list, deck). A link opened in a browser that holds
// other data (typically only the bundled sample) must say so (LinkNotice), not silently show
// something else. Names are compared as the filters compare them (aggregate.normalizeKey).
import type { LocationQuery, RouteParamsGeneric } from 'vue-router';
import type { Project } from '../../../domain/types';
import { normalizeKey } from '../../../domain/aggregate';
import { firstValue } from '../../composables/useQuery';

const NAMED: [key: string, field: 'department' | 'unit' | 'type'][] = [['dept', 'department'], ['unit', 'unit'], ['type', 'type']];

const list = (query: LocationQuery, key: string) => (firstValue(query[key]) ?? '').split(',').map((v) => v.trim()).filter(Boolean);

/** The ids and names the link gives that no project here has, in the link's order; [] when all are here. */
export function missingLinkTargets(route: { path: string; params: RouteParamsGeneric; query: LocationQuery }, projects: readonly Project[]): string[] {
  const missing: string[] = [];
  let ids: Set<string> | null = null;
  const hasId = (id: string) => (ids ??= new Set(projects.map((p) => p.id))).has(id);
  const id = route.params.id;
  if (route.path.startsWith('/project/') && typeof id === 'string' && id && !hasId(id)) missing.push(id);
  for (const p of list(route.query, 'project')) if (!hasId(p)) missing.push(p);
  for (const [key, field] of NAMED) {
    const wanted = list(route.query, key);
    if (!wanted.length) continue;
    const have = new Set(projects.map((p) => normalizeKey(p[field] ?? '')));
    for (const name of wanted) if (!have.has(normalizeKey(name))) missing.push(name);
  }
  return missing;
}
