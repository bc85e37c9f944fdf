// The flagged list (预警清单): every indicator in warning or behind at the as-of date, across all
// projects, worst first — behind before warning, then by the relative gap to the expected value
// (rows.ts gapOf). Rows are built once per report (linear in judgements, one sort of the flagged
// ones); filtering is one linear pass over them, with the search text prepared in advance.
import type { Indicator, Project } from './types';
import type { Judgement, Status } from './judge/types';
import { normalizeText } from './target';
import { actualCellText, expectedValueText, gapOf, varianceText, worstFirst } from './rows';
import { statusSeverity } from './labels';

export type FlaggedStatus = Extract<Status, 'warning' | 'behind'>;
export const FLAGGED_STATUSES: readonly FlaggedStatus[] = ['behind', 'warning'];
/** Filter value for rows without a 完成可能性. */
export const NO_LIKELIHOOD = 'none';

export interface FlaggedRow {
  /** Position in the worst-first order (1 = worst); stays with the row through filters and sorts. */
  rank: number;
  indicatorId: string;
  projectId: string;
  project: string;
  department: string;
  /** 主管部门 lightly normalised (full-width brackets, spaces), the department filter's value. */
  departmentKey: string;
  unit: string;
  level1: string;
  level2: string;
  level3: string;
  /** The target that applied at asOf, as filed (`=30%`, `≥90%`, `较高`). */
  target: string;
  expected: string;
  actual: string;
  actualDate: string;
  status: FlaggedStatus;
  /** Relative shortfall in the bad direction (0.35 = 35% short; 0 when not numeric). */
  gap: number;
  varianceText: string;
  reason: string;
  likelihood: string;
  judgement: Judgement;
  /** Lower-case text the search box matches. */
  search: string;
}

export function isFlagged(status: Status): status is FlaggedStatus {
  return status === 'warning' || status === 'behind';
}

/** Flagged rows, worst first. Lookups are the report store's maps (built once per dataset). */
export function flaggedRows(
  judgements: readonly Judgement[],
  projects: ReadonlyMap<string, Project>,
  indicators: ReadonlyMap<string, Indicator>,
): FlaggedRow[] {
  const rows: FlaggedRow[] = [];
  const deptKeys = new Map<string, string>();
  const deptKey = (d: string) => {
    let k = deptKeys.get(d);
    if (k === undefined) deptKeys.set(d, (k = normalizeText(d)));
    return k;
  };
  for (const j of judgements) {
    if (!isFlagged(j.status)) continue;
    const p = projects.get(j.projectId);
    const ind = indicators.get(j.indicatorId);
    const row: FlaggedRow = {
      rank: 0,
      indicatorId: j.indicatorId,
      projectId: j.projectId,
      project: p?.name ?? j.projectId,
      department: p?.department ?? '',
      departmentKey: deptKey(p?.department ?? ''),
      unit: p?.unit ?? '',
      level1: ind?.level1 ?? '',
      level2: ind?.level2 ?? '',
      level3: ind?.level3 ?? j.indicatorId,
      target: j.target,
      expected: expectedValueText(j), // a qualitative target is its own expected value (较高), as in the project table
      actual: actualCellText(j), // `85%（6月30日，过期）` when stale
      actualDate: j.actualDate ?? '',
      status: j.status,
      gap: gapOf(j),
      varianceText: varianceText(j),
      reason: j.reason ?? '',
      likelihood: j.likelihood ?? '',
      judgement: j,
      search: '',
    };
    row.search = [row.project, row.department, row.unit, row.level1, row.level2, row.level3, row.target, row.actual, row.reason]
      .join('\n')
      .toLowerCase();
    rows.push(row);
  }
  // Array.prototype.sort is stable: equal rows keep dataset order.
  rows.sort(worstFirst);
  rows.forEach((r, i) => (r.rank = i + 1));
  return rows;
}

export interface FlaggedFilter {
  projects?: readonly string[];
  level1?: readonly string[];
  status?: readonly string[];
  /** Normalised 主管部门 (FlaggedRow.departmentKey). */
  departments?: readonly string[];
  /** 完成可能性 values; NO_LIKELIHOOD for rows without one. */
  likelihood?: readonly string[];
  text?: string;
}

/** Rows passing every filter that is set (an empty list means no restriction). Keeps the order. */
export function filterFlagged(rows: readonly FlaggedRow[], f: FlaggedFilter): FlaggedRow[] {
  const set = (values?: readonly string[]) => (values && values.length ? new Set(values) : null);
  const projects = set(f.projects);
  const level1 = set(f.level1);
  const status = set(f.status);
  const departments = set(f.departments);
  const likelihood = set(f.likelihood);
  // Several words narrow the search: each must occur somewhere in the row.
  const words = (f.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (!projects || projects.has(r.projectId)) &&
      (!level1 || level1.has(r.level1)) &&
      (!status || status.has(r.status)) &&
      (!departments || departments.has(r.departmentKey)) &&
      (!likelihood || likelihood.has(r.likelihood || NO_LIKELIHOOD)) &&
      words.every((w) => r.search.includes(w)),
  );
}

/** Least likely first; unknown values after the known ones, rows without one (NO_LIKELIHOOD) last. */
function likelihoodRank(value: string): number {
  const i = ['完全不可能', '有可能', '确定能'].indexOf(value);
  return i >= 0 ? i : value === NO_LIKELIHOOD ? 4 : 3;
}

export interface Facet {
  value: string;
  label: string;
  count: number;
}

export interface FlaggedFacets {
  status: Facet[];
  projects: Facet[];
  level1: Facet[];
  departments: Facet[];
  likelihood: Facet[];
}

/** The values each filter can take, with how many flagged rows have each (one pass); a facet's label is its first spelling. */
export function flaggedFacets(rows: readonly FlaggedRow[]): FlaggedFacets {
  const status = new Map<string, Facet>();
  const projects = new Map<string, Facet>();
  const level1 = new Map<string, Facet>();
  const departments = new Map<string, Facet>();
  const likelihood = new Map<string, Facet>();
  const add = (map: Map<string, Facet>, value: string, label: string) => {
    const f = map.get(value);
    if (f) f.count++;
    else map.set(value, { value, label, count: 1 });
  };
  for (const r of rows) {
    add(status, r.status, r.status);
    add(projects, r.projectId, r.project);
    if (r.level1) add(level1, r.level1, r.level1);
    if (r.departmentKey) add(departments, r.departmentKey, r.department);
    add(likelihood, r.likelihood || NO_LIKELIHOOD, r.likelihood);
  }
  const byLabel = (a: Facet, b: Facet) => a.label.localeCompare(b.label, 'zh-CN');
  return {
    status: [...status.values()].sort((a, b) => statusSeverity[b.value as Status] - statusSeverity[a.value as Status]),
    projects: [...projects.values()].sort(byLabel),
    // 一级 in the order they first occur (the order of the form), which is the order users know.
    level1: [...level1.values()],
    departments: [...departments.values()].sort(byLabel),
    likelihood: [...likelihood.values()].sort((a, b) => likelihoodRank(a.value) - likelihoodRank(b.value) || byLabel(a, b)),
  };
}

export type FlaggedSortKey = 'rank' | 'project' | 'path' | 'status' | 'gap' | 'likelihood';
export type SortOrder = 'ascending' | 'descending';

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');

/** Ascending comparators; ties always fall back to the worst-first rank, so orders are total. */
const comparators: Record<FlaggedSortKey, (a: FlaggedRow, b: FlaggedRow) => number> = {
  rank: (a, b) => a.rank - b.rank,
  project: (a, b) => zh(a.project, b.project),
  path: (a, b) => zh(a.level1, b.level1) || zh(a.level2, b.level2) || zh(a.level3, b.level3),
  status: (a, b) => statusSeverity[a.status] - statusSeverity[b.status],
  gap: (a, b) => a.gap - b.gap,
  likelihood: (a, b) => likelihoodRank(a.likelihood) - likelihoodRank(b.likelihood),
};

/** A sorted copy; `rank` ascending is the worst-first order. */
export function sortFlagged(rows: readonly FlaggedRow[], key: FlaggedSortKey, order: SortOrder = 'ascending'): FlaggedRow[] {
  const cmp = comparators[key] ?? comparators.rank;
  const sign = order === 'descending' ? -1 : 1;
  return [...rows].sort((a, b) => sign * cmp(a, b) || a.rank - b.rank);
}
