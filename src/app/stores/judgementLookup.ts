// Judgements looked up by indicator or by project on the engine at its current date, made on first
// ask and kept for that date (the report store makes new lookups when the date or data change).
// They answer like the Maps the views used before (get/has), so a page showing one project builds
// that project's judgements only (and its summary: ProjectSummaries).
import type { Judgement } from '../../domain/judge/types';
import type { ProjectSummary } from '../../domain/report.types';
import type { Engine } from '../../domain/engine';

export class JudgementLookup implements Pick<ReadonlyMap<string, Judgement>, 'get' | 'has'> {
  private readonly made = new Map<number, Judgement>();
  constructor(private readonly engine: Engine) {}

  get(indicatorId: string): Judgement | undefined {
    const i = this.engine.indexOf(indicatorId);
    if (i < 0) return undefined;
    let j = this.made.get(i);
    if (!j) this.made.set(i, (j = this.engine.judgement(i)));
    return j;
  }

  has(indicatorId: string): boolean {
    return this.engine.indexOf(indicatorId) >= 0;
  }
}

/** A project's judgements in data order (Report.judgements of the project). */
export class ProjectJudgements implements Pick<ReadonlyMap<string, Judgement[]>, 'get' | 'has'> {
  private readonly made = new Map<string, Judgement[]>();
  constructor(private readonly engine: Engine) {}

  get(projectId: string): Judgement[] | undefined {
    let list = this.made.get(projectId);
    if (list) return list.length ? list : undefined;
    const c = this.engine.columns;
    const k = c.projectIndex.get(projectId);
    if (k === undefined) return undefined;
    list = [];
    for (let m = c.memberStart[k]; m < c.memberStart[k + 1]; m++) list.push(this.engine.judgement(c.members[m]));
    this.made.set(projectId, list);
    return list.length ? list : undefined;
  }

  has(projectId: string): boolean {
    return !!this.get(projectId);
  }
}

/** A project's summary by id (Report.projects; the last project of an id, as a Map built from the list keeps). */
export class ProjectSummaries implements Pick<ReadonlyMap<string, ProjectSummary>, 'get' | 'has'> {
  private readonly made = new Map<number, ProjectSummary>();
  constructor(private readonly engine: Engine) {}

  get(projectId: string): ProjectSummary | undefined {
    const k = this.engine.columns.projectIndex.get(projectId);
    if (k === undefined) return undefined;
    let s = this.made.get(k);
    if (!s) this.made.set(k, (s = this.engine.summary(k)));
    return s;
  }

  has(projectId: string): boolean {
    return this.engine.columns.projectIndex.has(projectId);
  }
}
