// What the monitoring form shows for each project in scope, from the dataset, its report and the
// round (or an as-of date): the indicators with their record of the period (the latest actual dated
// in it), the money to the period end, and the 汇总表's counts. Pure: the .xlsx writer lays it out.
import type { Report } from '../../domain/report.types';
import type { Actual, Dataset, Indicator, Project, Round } from '../../domain/types';
import type { Status } from '../../domain/judge/types';
import { formOf, inPeriod, roundPeriod, scopedProjects, type Period } from '../../domain/round';
import { latestSpend } from '../../domain/budget';

export interface FormOptions {
  /** A blank template to send to units: targets and budgets filled, values empty. */
  template?: boolean;
  /** Without a round: the period is 1 January … asOf (report.asOf). */
  roundName?: string;
}

export interface FundsLine { name: string; budget: number | null; spent: number | null }

export interface ProjectFormModel {
  project: Project;
  rows: { indicator: Indicator; record: Actual | null }[];
  hasH1: boolean;
  funds: { total: number | null; spent: number | null; forecast: number | null; lines: FundsLine[] };
  counts: Record<Status, number>;
  done: boolean | null;
}

export interface FormModel {
  title: string;
  period: Period;
  template: boolean;
  projects: ProjectFormModel[];
}

export function formModel(data: Dataset, report: Report, round: Round | null, opts: FormOptions = {}): FormModel {
  const template = !!opts.template;
  const period: Period = round ? roundPeriod(round, data.rounds ?? []) : { start: `${report.asOf.slice(0, 4)}-01-01`, end: report.asOf };
  const summaries = new Map(report.projects.map((p) => [p.projectId, p]));
  const rateOf = (id: string) => summaries.get(id)?.budget.executionRate ?? null;
  const projects = round ? scopedProjects(round, data.projects, rateOf) : data.projects;
  const title = opts.roundName ?? round?.name ?? `截至${period.end}`;

  const indicatorsOf = group(data.indicators, (i) => i.projectId);
  const records = latestInPeriod(data.actuals, period);
  const spendOf = group(data.spend.filter((s) => inPeriod(s.date, period)), (s) => s.projectId);
  return {
    title, period, template,
    projects: projects.map((project): ProjectFormModel => {
      const inds = indicatorsOf.get(project.id) ?? [];
      const spend = template ? { spent: null, byLine: new Map<string, number>() } : latestSpend(spendOf.get(project.id) ?? [], period.end);
      const form = round ? formOf(data, round, project.id) : null;
      return {
        project,
        rows: inds.map((indicator) => ({ indicator, record: template ? null : records.get(indicator.id) ?? null })),
        hasH1: inds.some((i) => i.targetH1.trim() !== ''),
        funds: {
          total: project.funds.total,
          spent: spend.spent,
          forecast: template ? null : form?.spendForecast ?? null,
          lines: project.expenses.map((e) => ({ name: e.name, budget: e.budgetFY, spent: spend.byLine.get(e.name) ?? null })),
        },
        counts: summaries.get(project.id)?.counts ?? { met: 0, warning: 0, behind: 0, pending: 0, unparsed: 0 },
        done: form ? form.status === 'done' : null,
      };
    }),
  };
}

function group<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const l = map.get(k);
    if (l) l.push(x);
    else map.set(k, [x]);
  }
  return map;
}

/** Per indicator, its latest record dated in the period (a draft of the period end counts: it holds the reason typed). */
function latestInPeriod(actuals: readonly Actual[], period: Period): Map<string, Actual> {
  const out = new Map<string, Actual>();
  for (const a of actuals) {
    if (!inPeriod(a.date, period)) continue;
    const prev = out.get(a.indicatorId);
    if (!prev || a.date >= prev.date) out.set(a.indicatorId, a);
  }
  return out;
}

