// The columnar judging engine (issue 10): the data set as columns built once (./columns), a date
// change as one arithmetic pass writing a status per indicator and the counts per project / 一级指标
// / 主管部门 / 实施单位 (./pass), full judgements and explanations only for the rows asked for
// (./rows), edits re-judging one indicator or one project (./update). The object-per-judgement
// evaluator (judge/evaluate, report.buildReport) stays the reference: test/domain/engine checks
// that both give the same status, expected value, variance, light and explanation everywhere.
import type { Actual, Dataset, IsoDate, Problem, Spend } from '../types';
import type { Settings } from '../settings';
import type { Judgement, Light, Status, Variance } from '../judge/types';
import type { ProjectSummary } from '../report.types';
import { buildColumns, type Columns } from './columns';
import { emptyJudged, type Judged } from './judged';
import { judgeAll } from './pass';
import { gapAt, judgementAt, topFlagged, varianceAt } from './rows';
import { replaceActuals, replaceSpend } from './update';
import { warningsAt } from './warnings';
import { LIGHTS, STATUS_COUNT, STATUSES } from './codes';
import { emptyCounts } from '../report';

export { STATUSES, LIGHTS } from './codes';
export type { Columns } from './columns';
export type { Judged } from './judged';

const countsAt = (a: Int32Array, k: number): Record<Status, number> => {
  const out = emptyCounts();
  for (let s = 0; s < STATUS_COUNT; s++) out[STATUSES[s]] = a[k * STATUS_COUNT + s];
  return out;
};

export class Engine {
  readonly columns: Columns;
  readonly judged: Judged;

  constructor(data: Dataset, settings: Settings) {
    this.columns = buildColumns(data, settings);
    const c = this.columns;
    this.judged = emptyJudged(c.n, c.projects.length, c.level1Names.size, c.departmentNames.size, c.unitNames.size);
  }

  /**
   * Judges every indicator at asOf — as a monitoring round's report with opts.periodStart (buildReport's
   * ReportOptions). Throws RangeError on a date that is not one, as buildReport does.
   */
  judge(asOf: IsoDate, opts: { periodStart?: IsoDate } = {}): this {
    judgeAll(this.columns, this.judged, asOf, opts.periodStart);
    return this;
  }

  /** judge, unless the engine is already at that date (and round): a followed edit keeps its judgement current. */
  judgedAt(asOf: IsoDate, opts: { periodStart?: IsoDate } = {}): this {
    return this.asOf === asOf && this.periodStart === opts.periodStart ? this : this.judge(asOf, opts);
  }

  /** The round's first day the engine judged with, if any. */
  get periodStart(): IsoDate | undefined { return this.judged.periodStart; }

  get asOf(): IsoDate { return this.judged.asOf; }
  get size(): number { return this.columns.n; }
  indexOf(indicatorId: string): number { return this.columns.ids.find(indicatorId); }
  /** How many distinct indicator ids (less than size when ids repeat). */
  get distinctIndicatorIds(): number { return this.columns.ids.size; }

  status(i: number): Status { return STATUSES[this.judged.status[i]]; }
  expected(i: number): number | null { const e = this.judged.expected[i]; return Number.isNaN(e) ? null : e; }
  actual(i: number): number | null { const a = this.judged.actual[i]; return Number.isNaN(a) ? null : a; }
  light(i: number): Light | undefined { return LIGHTS[this.judged.light[i]]; }
  variance(i: number): Variance { return varianceAt(this.judged, i); }
  gap(i: number): number { return gapAt(this.columns, this.judged, i); }
  stale(i: number): boolean { return this.judged.stale[i] === 1; }

  /** The full judgement of indicator i, explanation included (build only those on screen). */
  judgement(i: number): Judgement { return judgementAt(this.columns, this.judged, i); }

  /** Status counts of everything, and per project / 一级指标 / 主管部门 / 实施单位 (by interned index). */
  counts(): Record<Status, number> { return countsAt(this.judged.counts, 0); }
  projectCounts(k: number): Record<Status, number> { return countsAt(this.judged.projectCounts, k); }
  level1Counts(k: number): Record<Status, number> { return countsAt(this.judged.level1Counts, k); }
  departmentCounts(k: number): Record<Status, number> { return countsAt(this.judged.departmentCounts, k); }
  unitCounts(k: number): Record<Status, number> { return countsAt(this.judged.unitCounts, k); }

  /** Project k's summary as buildReport gives it. */
  summary(k: number): ProjectSummary {
    const j = this.judged;
    const p = this.columns.projects[k];
    const s: ProjectSummary = { projectId: p.id, name: p.name, budget: j.budgets[k], counts: this.projectCounts(k), worst: STATUSES[j.projectWorst[k]] };
    const light = LIGHTS[j.projectLight[k]];
    if (light) s.light = light;
    return s;
  }

  /** The warnings of the date (cross-checks and unreadable actuals), as buildReport lists them. */
  warnings(): Problem[] { return warningsAt(this.columns, this.judged); }

  /** The `limit` worst 预警/滞后 indicators (indexes), optionally among those `keep` accepts. */
  topFlagged(limit: number, keep?: (i: number) => boolean): number[] { return topFlagged(this.columns, this.judged, limit, keep); }

  /** A round's edit: the indicator's actuals are now `actuals`; only it (or its project's 预算执行率 rows) is judged again. */
  setActuals(indicatorId: string, actuals: Actual[]): void {
    const i = this.indexOf(indicatorId);
    if (i >= 0) replaceActuals(this.columns, this.judged, i, actuals);
  }

  setSpend(projectId: string, spend: Spend[]): void {
    const k = this.columns.projectIndex.get(projectId);
    if (k !== undefined) replaceSpend(this.columns, this.judged, k, spend);
  }
}
