// The overview's roll-ups on the engine's columns (aggregate.applyFilter, countBy…, worstFlagged
// are the reference; test/domain/engine/overview.test.ts checks both agree): the filter leaves a
// list of indicator indexes, the counts read the status array and the names interned at build, and
// only the ten rows shown get a judgement and an explanation. Nothing here makes an object per
// indicator, so a date change or a filter costs a few passes over typed arrays.
import type { Project } from '../types';
import type { Status } from '../judge/types';
import type { IndicatorRow } from '../rows';
import { indicatorRow } from '../rows';
import { bySeverity, level1Rank, normalizeKey, type OverviewFilter, type StatusGroup } from '../aggregate';
import { emptyCounts } from '../report';
import type { Engine } from './index';
import { STATUSES } from './codes';

export interface IndexFilterResult {
  /** Projects passing the project filters that still have a matching indicator (or match by name), data order. */
  projects: Project[];
  /** Indicator indexes passing every filter, data order. */
  indexes: Int32Array;
  /** Status counts under every filter except the status filter itself. */
  statusCounts: Record<Status, number>;
}

const keySet = (values: string[]) => new Set(values.map(normalizeKey));

/** Each indicator's searchable text (project name and the three levels, normalised), made once per engine on the first search. */
const searchTexts = new WeakMap<Engine, string[]>();
function searchTextOf(e: Engine, i: number): string {
  let texts = searchTexts.get(e);
  if (!texts) searchTexts.set(e, (texts = new Array<string>(e.size)));
  let t = texts[i];
  if (t === undefined) {
    const c = e.columns;
    const ind = c.preps[i].indicator;
    t = texts[i] = `${normalizeKey(c.projects[c.project[i]].name)}\n${normalizeKey(ind.level1)}\n${normalizeKey(ind.level2)}\n${normalizeKey(ind.level3)}`;
  }
  return t;
}

/** aggregate.applyFilter on the engine at its current date. */
export function filterIndexes(e: Engine, f: OverviewFilter): IndexFilterResult {
  const c = e.columns;
  const status = e.judged.status;
  const depts = keySet(f.departments), units = keySet(f.units), types = keySet(f.types), level1 = keySet(f.level1);
  const statuses = new Set(f.statuses);
  const terms = f.search.split(/\s+/).map(normalizeKey).filter(Boolean);
  const indicatorFilters = level1.size > 0 || statuses.size > 0 || terms.length > 0;

  const passing = new Uint8Array(c.projects.length);
  c.projects.forEach((p, k) => {
    if (depts.size && !depts.has(normalizeKey(p.department))) return;
    if (units.size && !units.has(normalizeKey(p.unit))) return;
    if (types.size && !types.has(normalizeKey(p.type))) return;
    passing[k] = 1;
  });
  // 一级 names are interned by the same key, so the filter is a set of interned ids.
  const level1Ids = new Uint8Array(c.level1Names.size);
  for (let id = 0; id < c.level1Names.size; id++) if (level1.has(normalizeKey(c.level1Names.labels[id]))) level1Ids[id] = 1;
  const wanted = new Uint8Array(STATUSES.length);
  STATUSES.forEach((s, code) => { if (!statuses.size || statuses.has(s)) wanted[code] = 1; });

  const out = new Int32Array(c.n);
  let count = 0;
  const counts = new Int32Array(STATUSES.length);
  const withMatch = new Uint8Array(c.projects.length);
  for (let i = 0; i < c.n; i++) {
    const p = c.project[i];
    if (p < 0 || !passing[p]) continue;
    if (level1.size && !level1Ids[c.level1[i]]) continue;
    if (terms.length) {
      const text = searchTextOf(e, i);
      if (!terms.every((t) => text.includes(t))) continue;
    }
    const s = status[i];
    counts[s]++;
    if (!wanted[s]) continue;
    out[count++] = i;
    withMatch[p] = 1;
  }
  const statusCounts = emptyCounts();
  STATUSES.forEach((s, code) => (statusCounts[s] = counts[code]));
  const nameOnly = level1.size === 0 && statuses.size === 0;
  const projects = c.projects.filter((p, k) => passing[k] && (!indicatorFilters || withMatch[k] || (nameOnly && terms.every((t) => normalizeKey(p.name).includes(t)))));
  return { projects, indexes: out.subarray(0, count), statusCounts };
}

/** Status counts per group of the indexes, labelled with the first spelling among them (aggregate.countBy). */
function countGroups(e: Engine, indexes: Int32Array, groupOf: (i: number) => number, groups: number, labelOf: (i: number) => string): StatusGroup[] {
  const counts = new Int32Array(groups * STATUSES.length);
  const first = new Int32Array(groups).fill(-1);
  const order: number[] = [];
  const status = e.judged.status;
  for (const i of indexes) {
    const g = groupOf(i);
    if (first[g] < 0) { first[g] = i; order.push(g); }
    counts[g * STATUSES.length + status[i]]++;
  }
  return order.map((g) => {
    const out = emptyCounts();
    let total = 0;
    STATUSES.forEach((s, code) => { out[s] = counts[g * STATUSES.length + code]; total += out[s]; });
    return { label: labelOf(first[g]).trim(), counts: out, total };
  });
}

/** aggregate.countByLevel1. */
export function countByLevel1At(e: Engine, indexes: Int32Array): StatusGroup[] {
  const c = e.columns;
  return countGroups(e, indexes, (i) => c.level1[i], c.level1Names.size, (i) => c.preps[i].indicator.level1).sort((a, b) => level1Rank(a.label) - level1Rank(b.label));
}

/** aggregate.countByProjectField ('department' | 'unit'). */
export function countByFieldAt(e: Engine, indexes: Int32Array, field: 'department' | 'unit'): StatusGroup[] {
  const c = e.columns;
  const ids = field === 'department' ? c.department : c.unit;
  const names = field === 'department' ? c.departmentNames : c.unitNames;
  return countGroups(e, indexes, (i) => ids[c.project[i]], names.size, (i) => c.projects[c.project[i]][field]).sort(bySeverity);
}

/** aggregate.countByProject: status counts per project id among the indexes. */
export function countByProjectAt(e: Engine, indexes: Int32Array): Map<string, Record<Status, number>> {
  const c = e.columns;
  const out = new Map<string, Record<Status, number>>();
  for (const i of indexes) {
    const id = c.projects[c.project[i]].id;
    let counts = out.get(id);
    if (!counts) out.set(id, (counts = emptyCounts()));
    counts[STATUSES[e.judged.status[i]]]++;
  }
  return out;
}

/** aggregate.worstFlagged: the `limit` worst 预警/滞后 among the indexes, as rows (only these get judgements). */
export function worstFlaggedAt(e: Engine, indexes: Int32Array, limit: number): IndicatorRow[] {
  const c = e.columns;
  const keep = new Uint8Array(c.n);
  for (const i of indexes) keep[i] = 1;
  return e.topFlagged(limit, (i) => keep[i] === 1).map((i) => indicatorRow(e.judgement(i), c.preps[i].indicator, c.projects[c.project[i]].name));
}
