// The dataset as rows of the three CSV formats (Chinese headers), for toCsv. Reading these back
// with loadFiles gives the same projects, indicators, actuals and spend (ids included; project
// texts are JSON-only). Projects: one row per indicator, then one per 支出 line, project columns
// repeated; a project with neither still gets a row.
import { fundSourceNames, modelLabel } from '../../domain/labels';
import type { Dataset, Indicator, Project } from '../../domain/types';
import { headerLabel } from './header';

type Cell = string | number | null;
const PROJECT_FIELDS = ['projectId', 'project', 'year', 'department', 'unit', 'type', 'level', 'startYear', 'endYear', 'contact', 'fundsTotal'];
const INDICATOR_FIELDS = ['level1', 'level2', 'level3', 'targetH1', 'targetFY', 'indicatorId', 'model', 'weight'];
const EXPENSE_FIELDS = ['expense', 'planH1', 'budgetFY'];

export function projectsCsvRows(data: Pick<Dataset, 'projects' | 'indicators'>): Cell[][] {
  const sources = [...new Set([...fundSourceNames, ...data.projects.flatMap((p) => Object.keys(p.funds.sources))])]
    .filter((s) => data.projects.some((p) => Object.hasOwn(p.funds.sources, s)));
  const header = [...PROJECT_FIELDS.map(headerLabel), ...sources.map((s) => headerLabel(`source:${s}`)), ...[...INDICATOR_FIELDS, ...EXPENSE_FIELDS].map(headerLabel)];
  const byProject = new Map<string, Indicator[]>();
  for (const i of data.indicators) {
    const list = byProject.get(i.projectId);
    if (list) list.push(i);
    else byProject.set(i.projectId, [i]);
  }

  const rows: Cell[][] = [header];
  for (const p of data.projects) {
    const head = [...projectCells(p), ...sources.map((s) => (Object.hasOwn(p.funds.sources, s) ? p.funds.sources[s] : null))];
    const indicators = byProject.get(p.id) ?? [];
    for (const i of indicators) {
      rows.push([...head, i.level1, i.level2, i.level3, i.targetH1, i.targetFY, i.id, i.model ? modelLabel[i.model] : null, i.weight ?? null, null, null, null]);
    }
    for (const e of p.expenses) rows.push([...head, null, null, null, null, null, null, null, null, e.name, e.planH1, e.budgetFY]);
    if (!indicators.length && !p.expenses.length) rows.push([...head, ...INDICATOR_FIELDS.map(() => null), ...EXPENSE_FIELDS.map(() => null)]);
  }
  return rows;
}

const projectCells = (p: Project): Cell[] =>
  [p.id, p.name, p.year, p.department, p.unit, p.type, p.level, p.startYear, p.endYear, p.contact ?? null, p.funds.total];

export function actualsCsvRows(data: Dataset): Cell[][] {
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const indicators = new Map(data.indicators.map((i) => [i.id, i]));
  // The monitoring form's columns only when some record uses them, so a plain actuals file stays plain.
  const form = (['forecast', 'reasonCategory', 'measures'] as const).filter((k) => data.actuals.some((a) => a[k]));
  const header = ['projectId', 'project', 'indicatorId', 'level1', 'level2', 'level3', 'date', 'value', 'reason', 'likelihood', 'note', ...form].map(headerLabel);
  return [header, ...data.actuals.filter((a) => a.value !== '').map((a) => {
    const i = indicators.get(a.indicatorId);
    return [a.projectId, projects.get(a.projectId)?.name ?? '', a.indicatorId, i?.level1 ?? '', i?.level2 ?? '', i?.level3 ?? '',
      a.date, a.value, a.reason ?? null, a.likelihood ?? null, a.note ?? null, ...form.map((k) => a[k] ?? null)];
  })];
}

export function spendCsvRows(data: Dataset): Cell[][] {
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const header = ['projectId', 'project', 'expense', 'date', 'amount'].map(headerLabel);
  return [header, ...data.spend.map((s) => [s.projectId, projects.get(s.projectId)?.name ?? '', s.expense, s.date, s.amount])];
}
