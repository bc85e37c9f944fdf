// The overview's project list on the engine (aggregate.byExecutionGap, countByProject and the
// project table's rows are the reference; test/domain/engine/overviewProjects.test.ts checks they
// agree): the projects under the filter as indexes in budget-gap order and their status counts
// under the filter in one Int32Array. A ProjectSummary or a table row is made only for what is on
// screen (the budget chart's first hundred, a table page of twenty), not for 10,000 projects at
// every date, and a sort of the table compares numbers read from the arrays.
import type { Light, Status } from '../judge/types';
import type { ProjectSummary } from '../report.types';
import { emptyCounts } from '../report';
import { statusSeverity } from '../labels';
import type { Engine } from './index';
import { STATUS_COUNT, STATUSES } from './codes';

/** Status counts per project (index k) among the filtered indicators; a Map-like `get` by project id (aggregate.countByProject). */
export class ProjectCounts {
  constructor(private readonly engine: Engine, readonly counts: Int32Array) {}

  /** Indicators counted for project k. */
  total(k: number): number {
    let n = 0;
    for (let s = 0; s < STATUS_COUNT; s++) n += this.counts[k * STATUS_COUNT + s];
    return n;
  }

  /** The counts of the project with this id (the last of that id, as a Map keeps), undefined when none of its indicators passed. */
  get(projectId: string): Record<Status, number> | undefined {
    const k = this.engine.columns.projectIndex.get(projectId);
    if (k === undefined || this.total(k) === 0) return undefined;
    const out = emptyCounts();
    STATUSES.forEach((s, code) => (out[s] = this.counts[k * STATUS_COUNT + code]));
    return out;
  }
}

/** countByProject at the engine's date: one pass over the filtered indicator indexes. */
export function projectCountsAt(e: Engine, indexes: Int32Array): ProjectCounts {
  const c = e.columns, status = e.judged.status;
  const counts = new Int32Array(c.projects.length * STATUS_COUNT);
  for (let n = 0; n < indexes.length; n++) {
    const i = indexes[n];
    // c.project is already the last project of the id (projectIndex), where a Map by id counts too.
    const p = c.project[i];
    if (p >= 0) counts[p * STATUS_COUNT + status[i]]++;
  }
  return new ProjectCounts(e, counts);
}

/** One row of the overview's project table. */
export interface ProjectRow {
  id: string;
  name: string;
  department: string;
  unit: string;
  indicators: number;
  behind: number;
  warning: number;
  worst: Status | null;
  rate: number | null;
  light: Light | null;
}

/** What the budget chart reads: a ProjectList, or a plain ProjectSummary[] in the same order. */
export interface SummaryRows {
  readonly length: number;
  slice(start: number, end?: number): ProjectSummary[];
}

export type ProjectSortKey = 'name' | 'indicators' | 'flagged' | 'worst' | 'rate';
const SEVERITY = STATUSES.map((s) => statusSeverity[s]);

/**
 * The filtered projects in byExecutionGap order (position r = 0…length-1), each read through the
 * summary of its id (summariesById). Summaries and rows are made when asked for and kept.
 */
export class ProjectList implements SummaryRows {
  private readonly made = new Map<number, ProjectSummary>();

  /** `order`: the summary's project index (the last project of each id) at each position. */
  constructor(readonly engine: Engine, readonly order: Int32Array) {}

  get length(): number { return this.order.length; }

  summary(r: number): ProjectSummary {
    let s = this.made.get(r);
    if (!s) this.made.set(r, (s = this.engine.summary(this.order[r])));
    return s;
  }

  /** Summaries of positions start…end-1 (Array.slice bounds). */
  slice(start: number, end = this.length): ProjectSummary[] {
    const out: ProjectSummary[] = [];
    for (let r = Math.max(0, start); r < Math.min(end, this.length); r++) out.push(this.summary(r));
    return out;
  }

  /** The table row at position r with its counts under the filter. */
  row(r: number, counts: ProjectCounts, projectsById: ReadonlyMap<string, { department: string; unit: string }>): ProjectRow {
    const k = this.order[r];
    const s = this.summary(r);
    const p = projectsById.get(s.projectId);
    const total = counts.total(k);
    const at = (status: Status) => counts.counts[k * STATUS_COUNT + STATUSES.indexOf(status)];
    return {
      id: s.projectId, name: s.name, department: p?.department ?? '', unit: p?.unit ?? '',
      indicators: total, behind: at('behind'), warning: at('warning'), worst: total > 0 ? worstCode(counts.counts, k) : null,
      rate: s.budget.executionRate, light: s.light ?? null,
    };
  }

  /**
   * Positions sorted by a table column (the rows' comparators; a stable sort, so ties keep the
   * budget-gap order, descending too). No key or order: the positions as they are.
   */
  sorted(key: ProjectSortKey | '', order: 'ascending' | 'descending' | null, counts: ProjectCounts): number[] {
    const positions = Array.from({ length: this.length }, (_, r) => r);
    if (!key || !order) return positions;
    const c = this.engine.columns, budgets = this.engine.judged.budgets, n = counts.counts;
    const cmp = this.comparator(key, c.projects.map((p) => p.name), budgets.map((b) => b.executionRate ?? -1), n, counts);
    const sign = order === 'ascending' ? 1 : -1;
    return positions.sort((a, b) => sign * cmp(this.order[a], this.order[b]));
  }

  private comparator(key: ProjectSortKey, names: string[], rates: number[], n: Int32Array, counts: ProjectCounts): (a: number, b: number) => number {
    const B = STATUSES.indexOf('behind'), W = STATUSES.indexOf('warning');
    switch (key) {
      case 'name': {
        const collator = new Intl.Collator('zh-CN');
        return (a, b) => collator.compare(names[a], names[b]);
      }
      case 'indicators': return (a, b) => counts.total(a) - counts.total(b);
      case 'flagged': return (a, b) => n[a * STATUS_COUNT + B] - n[b * STATUS_COUNT + B] || n[a * STATUS_COUNT + W] - n[b * STATUS_COUNT + W];
      case 'worst': {
        const sev = (k: number) => (counts.total(k) > 0 ? statusSeverity[worstCode(n, k)] : -1);
        return (a, b) => sev(a) - sev(b);
      }
      case 'rate': return (a, b) => rates[a] - rates[b];
    }
  }
}

/** aggregate.worstOf of project k's counts (some count is > 0). */
function worstCode(counts: Int32Array, k: number): Status {
  let best = -1, worst: Status = 'met';
  for (let s = 0; s < STATUS_COUNT; s++) if (counts[k * STATUS_COUNT + s] > 0 && SEVERITY[s] > best) [best, worst] = [SEVERITY[s], STATUSES[s]];
  return worst;
}

/** aggregate.byExecutionGap of the summaries of the projects at these indexes (data order), as a ProjectList. */
export function projectListAt(e: Engine, projectIndexes: Int32Array): ProjectList {
  const c = e.columns, budgets = e.judged.budgets;
  const order = new Int32Array(projectIndexes.length);
  const ratio = new Float64Array(projectIndexes.length);
  projectIndexes.forEach((p, r) => {
    const k = c.projectIndex.get(c.projects[p].id)!;
    order[r] = k;
    const { executionRate, timeProgress } = budgets[k];
    ratio[r] = executionRate === null ? Infinity : timeProgress > 0 ? executionRate / timeProgress : executionRate;
  });
  // The reference's comparator on positions: same order, NaN-ties included.
  const positions = Array.from({ length: order.length }, (_, r) => r).sort((a, b) => ratio[a] - ratio[b] || a - b);
  return new ProjectList(e, Int32Array.from(positions, (r) => order[r]));
}
