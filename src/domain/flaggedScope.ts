// The project filters of the flagged list — 主管部门, 实施单位, 项目类型 — with the overview's
// values and comparison (?dept=&unit=&type=, names compared by aggregate.normalizeKey), so a link
// from the overview keeps its scope on the flagged list and one URL means the same on both pages.
// (domain/flagged filters the indicator facts; these are facts of the row's project.) A value
// written by the flagged list before (flagged.ts departmentKey) still matches: it normalises the same.
import type { Project } from './types';
import type { Facet, FlaggedRow } from './flagged';
import { normalizeKey } from './aggregate';

export interface FlaggedScope {
  departments?: readonly string[];
  units?: readonly string[];
  /** 项目类型; read from the project (a flagged row does not carry it). */
  types?: readonly string[];
}

const keys = (values?: readonly string[]) => (values?.length ? new Set(values.map(normalizeKey)) : null);

/** Rows of projects passing every scope filter that is set (empty list: no restriction). Keeps the order; linear. */
export function scopeFlagged(rows: readonly FlaggedRow[], scope: FlaggedScope, projects: ReadonlyMap<string, Project>): FlaggedRow[] {
  const depts = keys(scope.departments);
  const units = keys(scope.units);
  const types = keys(scope.types);
  if (!depts && !units && !types) return [...rows];
  // One decision per project, not per row: names are normalised once.
  const passes = new Map<string, boolean>();
  const pass = (r: FlaggedRow) => {
    let ok = passes.get(r.projectId);
    if (ok === undefined) {
      ok = (!depts || depts.has(normalizeKey(r.department)))
        && (!units || units.has(normalizeKey(r.unit)))
        && (!types || types.has(normalizeKey(projects.get(r.projectId)?.type ?? '')));
      passes.set(r.projectId, ok);
    }
    return ok;
  };
  return rows.filter(pass);
}

export interface ScopeFacets {
  departments: Facet[];
  units: Facet[];
  types: Facet[];
}

/**
 * The values each scope filter can take, with how many flagged rows have each: one per normalised
 * name, its value and label the first spelling (as the overview's options), sorted by name.
 */
export function scopeFacets(rows: readonly FlaggedRow[], projects: ReadonlyMap<string, Project>): ScopeFacets {
  const maps = { departments: new Map<string, Facet>(), units: new Map<string, Facet>(), types: new Map<string, Facet>() };
  const add = (map: Map<string, Facet>, raw: string) => {
    const name = raw.trim();
    if (!name) return;
    const key = normalizeKey(name);
    const f = map.get(key);
    if (f) f.count++;
    else map.set(key, { value: name, label: name, count: 1 });
  };
  for (const r of rows) {
    add(maps.departments, r.department);
    add(maps.units, r.unit);
    add(maps.types, projects.get(r.projectId)?.type ?? '');
  }
  const sorted = (m: Map<string, Facet>) => [...m.values()].sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
  return { departments: sorted(maps.departments), units: sorted(maps.units), types: sorted(maps.types) };
}
