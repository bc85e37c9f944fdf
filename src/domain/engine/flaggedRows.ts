// The flagged list (domain/flagged.flaggedRows is the reference) on the engine's columns: one row
// per 预警/滞后 indicator, worst first, with what filters, facets and sorts read (names, status,
// gap, reason, likelihood) taken from the columns; the judgement and the texts made from it
// (target, expected, actual, variance, search text) are made when a row is first shown, searched
// or exported. A province has ~100,000 flagged rows and a page shows 50, so building every
// judgement up front was most of a date change.
import type { Judgement } from '../judge/types';
import type { FlaggedRow, FlaggedStatus } from '../flagged';
import { normalizeText } from '../target';
import { actualCellText, expectedValueText, varianceText } from '../rows';
import { statusSeverity } from '../labels';
import type { Engine } from './index';
import { observationAt } from './rows';
import { STATUS_CODE, STATUSES } from './codes';

class EngineFlaggedRow implements FlaggedRow {
  rank = 0;
  readonly indicatorId: string;
  readonly projectId: string;
  readonly level1: string;
  readonly level2: string;
  readonly level3: string;
  readonly reason: string;
  readonly likelihood: string;
  #judgement: Judgement | undefined;
  #search: string | undefined;

  constructor(
    private readonly engine: Engine,
    readonly index: number,
    readonly project: string,
    readonly department: string,
    readonly departmentKey: string,
    readonly unit: string,
    readonly status: FlaggedStatus,
    readonly gap: number,
  ) {
    const ind = engine.columns.preps[index].indicator;
    this.indicatorId = ind.id;
    this.projectId = ind.projectId;
    this.level1 = ind.level1;
    this.level2 = ind.level2;
    this.level3 = ind.level3;
    const { obs } = observationAt(engine.columns, engine.judged, index);
    this.reason = obs?.reason ?? '';
    this.likelihood = obs?.likelihood ?? '';
  }

  get judgement(): Judgement { return (this.#judgement ??= this.engine.judgement(this.index)); }
  get target(): string { return this.judgement.target; }
  get expected(): string { return expectedValueText(this.judgement); }
  get actual(): string { return actualCellText(this.judgement); }
  get actualDate(): string { return this.judgement.actualDate ?? ''; }
  get varianceText(): string { return varianceText(this.judgement); }
  get search(): string {
    return (this.#search ??= [this.project, this.department, this.unit, this.level1, this.level2, this.level3, this.target, this.actual, this.reason]
      .join('\n').toLowerCase());
  }
  /** A plain copy with every field (for code that spreads or serialises rows). */
  toJSON(): FlaggedRow {
    const { rank, indicatorId, projectId, project, department, departmentKey, unit, level1, level2, level3, target, expected, actual, actualDate, status, gap, reason, likelihood, judgement, search } = this;
    return { rank, indicatorId, projectId, project, department, departmentKey, unit, level1, level2, level3, target, expected, actual, actualDate, status, gap, varianceText: this.varianceText, reason, likelihood, judgement, search };
  }
}

/** flagged.flaggedRows at the engine's current date. Rows read the engine lazily: make new rows after it judges another date. */
export function flaggedRowsAt(e: Engine): FlaggedRow[] {
  const c = e.columns, status = e.judged.status;
  const picked: number[] = [];
  for (let i = 0; i < c.n; i++) if (status[i] === STATUS_CODE.warning || status[i] === STATUS_CODE.behind) picked.push(i);
  const sev = (i: number) => statusSeverity[STATUSES[status[i]]];
  const gaps = new Float64Array(c.n);
  for (const i of picked) gaps[i] = e.gap(i);
  // rows.worstFirst: severity, then the gap; Array.prototype.sort is stable, so ties keep data order.
  picked.sort((a, b) => sev(b) - sev(a) || gaps[b] - gaps[a]);
  const deptKeys = new Map<string, string>();
  const deptKey = (d: string) => {
    let k = deptKeys.get(d);
    if (k === undefined) deptKeys.set(d, (k = normalizeText(d)));
    return k;
  };
  return picked.map((i, r) => {
    const p = c.project[i];
    const project = p >= 0 ? c.projects[p] : undefined;
    const department = project?.department ?? '';
    const row = new EngineFlaggedRow(e, i, project?.name ?? c.preps[i].indicator.projectId, department, deptKey(department), project?.unit ?? '',
      STATUSES[status[i]] as FlaggedStatus, gaps[i]);
    row.rank = r + 1;
    return row;
  });
}
