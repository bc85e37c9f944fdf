// 指标对比: one indicator across projects. Indicators are grouped by their 三级 name, lightly
// normalised (full-width → half-width, spaces dropped, trailing punctuation dropped), so that
// `服务对象满意度` and `服务对象满意度 ` meet but `受众满意度` stays apart. Besides the exact names
// shared by several projects there are three well-known families users ask for by name:
// 预算执行率, 满意度 (any 三级 containing 满意) and 响应时间 (containing 响应时间).
// Groups depend on the dataset only (built once); rows on the report (one lookup per member).
import type { Indicator, Project } from './types';
import type { Judgement, Status } from './judge/types';
import { convert, normalizeText } from './target';
import { expectedText, varianceText } from './rows';
import { statusSeverity } from './labels';

export interface CompareGroup {
  /** URL key: `family:满意度` or `name:服务对象满意度`. */
  key: string;
  kind: 'family' | 'name';
  label: string;
  indicatorIds: string[];
  projectCount: number;
}

export const COMPARE_FAMILIES: readonly { label: string; test: (name: string) => boolean }[] = [
  { label: '预算执行率', test: (n) => n.includes('预算执行率') },
  { label: '满意度', test: (n) => n.includes('满意') },
  { label: '响应时间', test: (n) => n.includes('响应时间') },
];

export const normalizeName = (name: string): string => normalizeText(name).replace(/[。.;；,，:：]+$/, '');

/**
 * The families that match at least one indicator (in preset order), then every exact name shared
 * by two or more projects (most projects first, then by name). An exact name equal to a family's
 * label is left out: the family already holds it.
 */
export function compareGroups(indicators: readonly Indicator[]): CompareGroup[] {
  const byName = new Map<string, { labels: Map<string, number>; ids: string[]; projects: Set<string> }>();
  const families = COMPARE_FAMILIES.map((f) => ({ ...f, ids: [] as string[], projects: new Set<string>() }));
  for (const ind of indicators) {
    const name = normalizeName(ind.level3);
    if (!name) continue;
    let g = byName.get(name);
    if (!g) byName.set(name, (g = { labels: new Map(), ids: [], projects: new Set() }));
    g.labels.set(ind.level3.trim(), (g.labels.get(ind.level3.trim()) ?? 0) + 1);
    g.ids.push(ind.id);
    g.projects.add(ind.projectId);
    for (const f of families) {
      if (f.test(name)) {
        f.ids.push(ind.id);
        f.projects.add(ind.projectId);
      }
    }
  }
  const out: CompareGroup[] = families
    .filter((f) => f.ids.length)
    .map((f) => ({ key: `family:${f.label}`, kind: 'family', label: f.label, indicatorIds: f.ids, projectCount: f.projects.size }));
  const familyLabels = new Set(COMPARE_FAMILIES.map((f) => f.label));
  const named: CompareGroup[] = [];
  for (const [name, g] of byName) {
    if (g.projects.size < 2 || familyLabels.has(name)) continue;
    // Show the spelling most rows use.
    const label = [...g.labels].sort((a, b) => b[1] - a[1])[0][0];
    named.push({ key: `name:${name}`, kind: 'name', label, indicatorIds: g.ids, projectCount: g.projects.size });
  }
  named.sort((a, b) => b.projectCount - a.projectCount || a.label.localeCompare(b.label, 'zh-CN'));
  return out.concat(named);
}

export interface CompareRow {
  indicatorId: string;
  projectId: string;
  project: string;
  level1: string;
  level3: string;
  /** What tells this row apart from the project's other rows: its 三级 name in a family, else its 一级 when a name repeats. */
  detail: string;
  /** The target that applied at asOf, as filed. */
  target: string;
  /** Expected value and actual in the comparison's unit (null: qualitative, missing or another kind of unit). */
  expected: number | null;
  actual: number | null;
  expectedText: string;
  /** The actual as recorded (`150分钟`, `较高`). */
  actualText: string;
  actualDate: string;
  status: Status;
  varianceText: string;
  /** (actual − expected) / expected. */
  relative: number | null;
  /** Has a numeric expected value in the comparison's unit, so it can be drawn. */
  charted: boolean;
  judgement: Judgement;
}

export interface CompareResult {
  group: CompareGroup;
  /** The unit values are shown in: the one most quantitative members use. */
  unit: string;
  rows: CompareRow[];
  /** Target text and expected value when every charted row has the same ones (a mark line). */
  shared: { target: string; expected: number } | null;
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  let best = '';
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}

/** The group's indicators as judged in the report, in dataset order; values converted to one unit. */
export function compareRows(
  group: CompareGroup,
  judgements: Pick<ReadonlyMap<string, Judgement>, 'get'>,
  projects: ReadonlyMap<string, Project>,
  indicators: ReadonlyMap<string, Indicator>,
): CompareResult {
  const members = group.indicatorIds.flatMap((id) => {
    const j = judgements.get(id);
    return j ? [j] : [];
  });
  const unit = mostCommon(members.filter((j) => j.expected !== null).map((j) => j.unit));
  const rows = members.map((j): CompareRow => {
    const ind = indicators.get(j.indicatorId);
    const to = (x: number | null) => (x === null ? null : convert(x, j.unit, unit));
    const expected = to(j.expected);
    return {
      indicatorId: j.indicatorId,
      projectId: j.projectId,
      project: projects.get(j.projectId)?.name ?? j.projectId,
      level1: ind?.level1 ?? '',
      level3: ind?.level3 ?? '',
      detail: '',
      target: j.target,
      expected,
      actual: expected === null ? null : to(j.actual),
      expectedText: expectedText(j),
      actualText: j.actualText ?? '',
      actualDate: j.actualDate ?? '',
      status: j.status,
      varianceText: varianceText(j),
      relative: j.variance.relative,
      charted: expected !== null,
      judgement: j,
    };
  });
  const perProject = new Map<string, number>();
  for (const r of rows) perProject.set(r.projectId, (perProject.get(r.projectId) ?? 0) + 1);
  for (const r of rows) {
    if (group.kind === 'family' && normalizeName(r.level3) !== group.label) r.detail = r.level3;
    else if (perProject.get(r.projectId)! > 1) r.detail = r.level1;
  }
  const charted = rows.filter((r) => r.charted);
  const first = charted[0];
  const same = first && charted.every((r) => r.target === first.target && r.expected === first.expected);
  return { group, unit, rows, shared: same && charted.length > 1 ? { target: first.target, expected: first.expected! } : null };
}

export type CompareSortKey = 'order' | 'project' | 'actual' | 'relative' | 'status';

const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
/** null last whichever the order, so blanks never lead a sorted list. */
const byNumber = (a: number | null, b: number | null, sign: number) =>
  a === null ? (b === null ? 0 : 1) : b === null ? -1 : sign * (a - b);

/** A sorted copy (`order` = dataset order); ties keep dataset order. */
export function sortCompareRows(rows: readonly CompareRow[], key: CompareSortKey, order: 'ascending' | 'descending' = 'ascending'): CompareRow[] {
  const sign = order === 'descending' ? -1 : 1;
  const index = new Map(rows.map((r, i) => [r, i]));
  const cmp = (a: CompareRow, b: CompareRow): number => {
    switch (key) {
      case 'project': return sign * (zh(a.project, b.project) || zh(a.detail, b.detail));
      case 'actual': return byNumber(a.actual, b.actual, sign);
      case 'relative': return byNumber(a.relative, b.relative, sign);
      case 'status': return sign * (statusSeverity[a.status] - statusSeverity[b.status]);
      default: return sign * (index.get(a)! - index.get(b)!);
    }
  };
  return [...rows].sort((a, b) => cmp(a, b) || index.get(a)! - index.get(b)!);
}
