// Where a round stands (domain.md §5): per project in scope, how many indicators have a value dated
// in the round's period, which are missing, whether its form is 已完成, and whether it is overdue
// (deadline passed, not done); totals for the round's header and the finance officer's 催报.
// 预算执行率 (a budget-execution indicator, judge/evaluate) is filled by the spend: a project with spend
// dated in the period has its rate (§3, one execution rate), so it is not asked for as an actual.
import type { Dataset, IsoDate, Round } from '../types';
import { defaultSettings } from '../settings';
import { prepareIndicator } from '../judge/evaluate';
import { inPeriod, isOverdue, roundPeriod } from './period';
import { scopedProjects } from './scope';
import { formOf } from './edits';

export interface ProjectProgress {
  projectId: string;
  name: string;
  department: string;
  unit: string;
  indicators: number;
  filled: number;
  /** 三级 names of the indicators still without a value in the period, in table order. */
  missing: string[];
  done: boolean;
  doneAt?: string;
  overdue: boolean;
}

export interface RoundProgress {
  projects: ProjectProgress[];
  totals: { projects: number; done: number; overdue: number; indicators: number; filled: number };
}

export function roundProgress(data: Dataset, round: Round, today: IsoDate, rateOf: (projectId: string) => number | null): RoundProgress {
  const period = roundPeriod(round, data.rounds ?? []);
  const filled = new Set<string>();
  for (const a of data.actuals) if (a.value !== '' && inPeriod(a.date, period)) filled.add(a.indicatorId);
  const spent = new Set<string>();
  for (const s of data.spend) if (inPeriod(s.date, period)) spent.add(s.projectId);
  // Whether an indicator is budget execution does not depend on the settings (only other progress rates do).
  const settings = defaultSettings();
  const budgetRateFilled = (i: Dataset['indicators'][number]) => spent.has(i.projectId) && prepareIndicator(i, settings).budgetExecution;
  const byProject = new Map<string, { total: number; missing: string[] }>();
  for (const i of data.indicators) {
    let entry = byProject.get(i.projectId);
    if (!entry) byProject.set(i.projectId, (entry = { total: 0, missing: [] }));
    entry.total++;
    if (!filled.has(i.id) && !budgetRateFilled(i)) entry.missing.push(i.level3);
  }
  const overdueRound = isOverdue(round, today);
  const projects = scopedProjects(round, data.projects, rateOf).map((p): ProjectProgress => {
    const entry = byProject.get(p.id) ?? { total: 0, missing: [] };
    const form = formOf(data, round, p.id);
    const done = form.status === 'done';
    return {
      projectId: p.id, name: p.name, department: p.department, unit: p.unit,
      indicators: entry.total, filled: entry.total - entry.missing.length, missing: entry.missing,
      done, ...(form.doneAt ? { doneAt: form.doneAt } : {}), overdue: overdueRound && !done,
    };
  });
  const totals = { projects: projects.length, done: 0, overdue: 0, indicators: 0, filled: 0 };
  for (const p of projects) {
    totals.done += p.done ? 1 : 0;
    totals.overdue += p.overdue ? 1 : 0;
    totals.indicators += p.indicators;
    totals.filled += p.filled;
  }
  return { projects, totals };
}
