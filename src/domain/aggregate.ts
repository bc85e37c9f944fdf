// Portfolio roll-ups for the overview: filter the report by project facts (主管部门, 实施单位,
// 项目类型) and indicator facts (一级指标, status, a search text), then count statuses per group.
// Names are compared by a normalised key, because real tables spell one department with full- and
// half-width brackets and stray spaces (江苏省数据局 (…) / 江苏省数据局（…）). All work is linear.
import type { Dataset, Indicator, Project } from './types';
import type { Judgement, Status } from './judge/types';
import type { ProjectSummary, Report } from './report.types';
import { gapOf, indicatorRow, type IndicatorRow } from './rows';
import { statusSeverity } from './labels';
import { emptyCounts } from './report';
import { isFlagged } from './flagged';

export interface OverviewFilter {
  departments: string[];
  units: string[];
  types: string[];
  level1: string[];
  statuses: Status[];
  /** Words (space-separated), each found in the project name or the indicator's names. */
  search: string;
}

export const emptyFilter = (): OverviewFilter => ({ departments: [], units: [], types: [], level1: [], statuses: [], search: '' });

/** Comparison key of a name: NFKC (full-width brackets → ASCII), no whitespace, lower case. */
export function normalizeKey(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    // A province has a few hundred distinct names, asked for hundreds of thousands of times per count.
    if (keys.size >= 100_000) keys.clear();
    keys.set(text, (key = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase()));
  }
  return key;
}
const keys = new Map<string, string>();

export interface FilterResult {
  /** Projects passing the project filters that still have a matching indicator (or match by name). */
  projects: Project[];
  /** Judgements passing every filter. */
  judgements: Judgement[];
  /** Status counts under every filter except the status filter itself (so status cards stay useful). */
  statusCounts: Record<Status, number>;
}

const keySet = (values: string[]) => new Set(values.map(normalizeKey));

export function applyFilter(projects: Project[], indicatorsById: Map<string, Indicator>, judgements: Judgement[], f: OverviewFilter): FilterResult {
  const depts = keySet(f.departments);
  const units = keySet(f.units);
  const types = keySet(f.types);
  const level1 = keySet(f.level1);
  const statuses = new Set(f.statuses);
  const terms = f.search.split(/\s+/).map(normalizeKey).filter(Boolean);
  const indicatorFilters = level1.size > 0 || statuses.size > 0 || terms.length > 0;

  const passing = new Map<string, { project: Project; nameKey: string }>();
  for (const p of projects) {
    if (depts.size && !depts.has(normalizeKey(p.department))) continue;
    if (units.size && !units.has(normalizeKey(p.unit))) continue;
    if (types.size && !types.has(normalizeKey(p.type))) continue;
    passing.set(p.id, { project: p, nameKey: normalizeKey(p.name) });
  }

  const matchesSearch = (nameKey: string, ind: Indicator | undefined) => {
    if (!terms.length) return true;
    const text = ind ? `${nameKey}\n${normalizeKey(ind.level1)}\n${normalizeKey(ind.level2)}\n${normalizeKey(ind.level3)}` : nameKey;
    return terms.every((t) => text.includes(t));
  };

  const out: Judgement[] = [];
  const statusCounts = emptyCounts();
  const withMatch = new Set<string>();
  for (const j of judgements) {
    const entry = passing.get(j.projectId);
    if (!entry) continue;
    const ind = indicatorsById.get(j.indicatorId);
    if (level1.size && !level1.has(normalizeKey(ind?.level1 ?? ''))) continue;
    if (!matchesSearch(entry.nameKey, ind)) continue;
    statusCounts[j.status]++;
    if (statuses.size && !statuses.has(j.status)) continue;
    out.push(j);
    withMatch.add(j.projectId);
  }

  // A project with no indicator at all still shows when only the search is set and names it.
  const nameOnly = level1.size === 0 && statuses.size === 0;
  const kept = [...passing.values()]
    .filter(({ project, nameKey }) => !indicatorFilters || withMatch.has(project.id) || (nameOnly && matchesSearch(nameKey, undefined)))
    .map((e) => e.project);
  return { projects: kept, judgements: out, statusCounts };
}

export interface FilterOption {
  /** The name as first seen in the data (what the URL carries and the list shows). */
  value: string;
  count: number;
}

/** Distinct values of a field, merged by normalised key, with how many records carry each; most common first. */
export function distinctValues<T>(items: T[], field: (item: T) => string): FilterOption[] {
  const byKey = new Map<string, FilterOption>();
  for (const item of items) {
    const raw = field(item).trim();
    if (!raw) continue;
    const key = normalizeKey(raw);
    const option = byKey.get(key);
    if (option) option.count++;
    else byKey.set(key, { value: raw, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh-CN'));
}

/** Standard 一级指标 first, in the form's order (older and newer names alike), others after. */
const LEVEL1_ORDER = ['决策', '过程', '产出', '成本', '效益', '满意度'];
export function level1Rank(name: string): number {
  const i = LEVEL1_ORDER.findIndex((prefix) => name.startsWith(prefix));
  return i < 0 ? LEVEL1_ORDER.length : i;
}

export function level1Options(indicators: Indicator[]): FilterOption[] {
  return distinctValues(indicators, (i) => i.level1).sort((a, b) => level1Rank(a.value) - level1Rank(b.value));
}

export interface StatusGroup {
  /** Group name as first seen; '' for records without one. */
  label: string;
  counts: Record<Status, number>;
  total: number;
}

/** Status counts of judgements per group (key = normalised name), in first-seen order. */
export function countBy(judgements: Judgement[], groupOf: (j: Judgement) => string): StatusGroup[] {
  const groups = new Map<string, StatusGroup>();
  for (const j of judgements) {
    const label = groupOf(j).trim();
    const key = normalizeKey(label);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label, counts: emptyCounts(), total: 0 }));
    g.counts[j.status]++;
    g.total++;
  }
  return [...groups.values()];
}

export function countStatuses(judgements: Judgement[]): Record<Status, number> {
  const counts = emptyCounts();
  for (const j of judgements) counts[j.status]++;
  return counts;
}

/** Status counts per project id (only projects with a judgement among `judgements`). */
export function countByProject(judgements: Judgement[]): Map<string, Record<Status, number>> {
  const out = new Map<string, Record<Status, number>>();
  for (const j of judgements) {
    let c = out.get(j.projectId);
    if (!c) out.set(j.projectId, (c = emptyCounts()));
    c[j.status]++;
  }
  return out;
}

/** Worst status present in counts (behind > warning > unparsed > pending > met); null when empty. */
export function worstOf(counts: Record<Status, number>): Status | null {
  let worst: Status | null = null;
  for (const s of Object.keys(counts) as Status[]) {
    if (counts[s] > 0 && (worst === null || statusSeverity[s] > statusSeverity[worst])) worst = s;
  }
  return worst;
}

/** Per 一级指标, in the form's order. */
export function countByLevel1(judgements: Judgement[], indicatorsById: Map<string, Indicator>): StatusGroup[] {
  return countBy(judgements, (j) => indicatorsById.get(j.indicatorId)?.level1 ?? '').sort((a, b) => level1Rank(a.label) - level1Rank(b.label));
}

/** Most troubled first: more 滞后, then more 预警, then larger. */
export const bySeverity = (a: StatusGroup, b: StatusGroup) =>
  b.counts.behind - a.counts.behind || b.counts.warning - a.counts.warning || b.total - a.total || a.label.localeCompare(b.label, 'zh-CN');

export function countByProjectField(judgements: Judgement[], projectsById: Map<string, Project>, field: 'department' | 'unit'): StatusGroup[] {
  return countBy(judgements, (j) => projectsById.get(j.projectId)?.[field] ?? '').sort(bySeverity);
}

/** Budget execution worst first: lowest 执行率 ÷ 序时进度; projects without spend records last. */
export function byExecutionGap(summaries: ProjectSummary[]): ProjectSummary[] {
  const ratio = (s: ProjectSummary) => {
    const { executionRate, timeProgress } = s.budget;
    if (executionRate === null) return Infinity;
    return timeProgress > 0 ? executionRate / timeProgress : executionRate;
  };
  return summaries
    .map((s, i) => ({ s, i, r: ratio(s) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.s);
}

/** The `limit` most serious 预警/滞后 indicators among `judgements`, worst first (rows.worstFirst; ties in data order). */
export function worstFlagged(data: Pick<Dataset, 'projects'>, indicatorsById: Map<string, Indicator>, _report: Report, judgements: Judgement[], limit = 10): IndicatorRow[] {
  // Partial selection: only the `limit` kept get a row (and so an explanation); nothing else is sorted.
  const top: { j: Judgement; sev: number; gap: number }[] = [];
  const worse = (a: { sev: number; gap: number }, b: { sev: number; gap: number }) => a.sev > b.sev || (a.sev === b.sev && a.gap > b.gap);
  for (const j of judgements) {
    if (!isFlagged(j.status) || !indicatorsById.has(j.indicatorId)) continue;
    const cand = { j, sev: statusSeverity[j.status], gap: gapOf(j) };
    if (top.length === limit && (limit === 0 || !worse(cand, top[top.length - 1]))) continue;
    let k = top.length === limit ? limit - 1 : top.length;
    while (k > 0 && worse(cand, top[k - 1])) {
      top[k] = top[k - 1];
      k--;
    }
    top[k] = cand;
  }
  const names = new Map<string, string>();
  for (const p of data.projects) names.set(p.id, p.name);
  return top.map(({ j }) => indicatorRow(j, indicatorsById.get(j.indicatorId)!, names.get(j.projectId) ?? j.projectId));
}
