// What an import would change, before anything changes (domain.md §5, issue 8): given the dataset
// now and the dataset the load would give (io/load with the current one as base) and the load's
// problems, the records added, those changed (old → new, per field: a re-upload replaces the figure
// of the same indicator and date) and the rows refused (where and why). Pure; the app shows it and
// commits or cancels.
import type { Actual, Dataset, Problem, ProjectForm, Spend } from '../types';
import { FORM_FIELD_LABELS, FORM_FIELDS } from './fields';

export interface FieldChange { field: string; label: string; before: string; after: string }

export interface PreviewRow {
  kind: 'actual' | 'spend' | 'form';
  projectId: string;
  projectName: string;
  /** 三级指标, the 支出 line (项目合计 for the whole project) or 全年预计执行数. */
  target: string;
  date: string;
  changes: FieldChange[];
}

export interface RejectedRow { where: string; why: string; severity: 'error' }

export interface ImportPreview {
  added: PreviewRow[];
  changed: PreviewRow[];
  rejected: RejectedRow[];
  /** Records the file holds exactly as they are. */
  unchanged: number;
  summary: string;
}

const text = (x: unknown) => (x === undefined || x === null ? '' : String(x));
const attachmentsText = (a: Actual) => (a.attachments ?? []).map((f) => f.name).join('、');

function actualChanges(before: Actual | undefined, after: Actual): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of FORM_FIELDS) {
    const [b, a] = [text(before?.[f]), text(after[f])];
    if (b !== a) out.push({ field: f, label: FORM_FIELD_LABELS[f], before: b, after: a });
  }
  const [b, a] = [before ? attachmentsText(before) : '', attachmentsText(after)];
  if (b !== a) out.push({ field: 'attachments', label: '佐证材料', before: b, after: a });
  return out;
}

export function importPreview(current: Dataset, next: Dataset, problems: readonly Problem[] = []): ImportPreview {
  const projectName = new Map(next.projects.map((p) => [p.id, p.name]));
  for (const p of current.projects) if (!projectName.has(p.id)) projectName.set(p.id, p.name);
  const level3 = new Map([...current.indicators, ...next.indicators].map((i) => [i.id, i.level3]));
  const added: PreviewRow[] = [];
  const changed: PreviewRow[] = [];
  let unchanged = 0;
  const place = (before: unknown, row: PreviewRow) => {
    if (!row.changes.length) unchanged++;
    else (before === undefined ? added : changed).push(row);
  };

  const actualKey = (a: Actual) => `${a.indicatorId}\u0001${a.date}`;
  const oldActuals = new Map(current.actuals.map((a) => [actualKey(a), a]));
  const oldSet = new Set(current.actuals);
  for (const a of next.actuals) {
    if (oldSet.has(a)) continue; // carried over from the base, untouched
    const before = oldActuals.get(actualKey(a));
    place(before, { kind: 'actual', projectId: a.projectId, projectName: projectName.get(a.projectId) ?? a.projectId, target: level3.get(a.indicatorId) ?? a.indicatorId, date: a.date, changes: actualChanges(before, a) });
  }

  const spendKey = (s: Spend) => `${s.projectId}\u0001${s.expense ?? ''}\u0001${s.date}`;
  const oldSpend = new Map(current.spend.map((s) => [spendKey(s), s]));
  const oldSpendSet = new Set(current.spend);
  for (const s of next.spend) {
    if (oldSpendSet.has(s)) continue;
    const before = oldSpend.get(spendKey(s));
    const changes = before?.amount === s.amount ? [] : [{ field: 'amount', label: '执行数', before: text(before?.amount), after: text(s.amount) }];
    place(before, { kind: 'spend', projectId: s.projectId, projectName: projectName.get(s.projectId) ?? s.projectId, target: s.expense ?? '项目合计', date: s.date, changes });
  }

  const formKey = (f: ProjectForm) => `${f.roundId}\u0001${f.projectId}`;
  const oldForms = new Map((current.forms ?? []).map((f) => [formKey(f), f]));
  const periodEnd = new Map((next.rounds ?? []).map((r) => [r.id, r.periodEnd]));
  for (const f of next.forms ?? []) {
    const before = oldForms.get(formKey(f));
    if (before === f) continue;
    const [b, a] = [text(before?.spendForecast), text(f.spendForecast)];
    if (b === a) continue;
    const row: PreviewRow = { kind: 'form', projectId: f.projectId, projectName: projectName.get(f.projectId) ?? f.projectId, target: '全年预计执行数', date: periodEnd.get(f.roundId) ?? '', changes: [{ field: 'spendForecast', label: '全年预计执行数', before: b, after: a }] };
    (before?.spendForecast == null ? added : changed).push(row);
  }

  const rejected: RejectedRow[] = problems.filter((p) => p.severity === 'error').map((p) => ({ where: whereOf(p), why: whyOf(p), severity: 'error' }));
  return { added, changed, rejected, unchanged, summary: summaryOf(added.length, changed.length, rejected.length, unchanged) };
}

/** The file, row and column of a problem: 目标表.xlsx「项目甲」 第12行「执行情况」. */
function whereOf(p: Problem): string {
  const s = p.source;
  if (!s) return '';
  return `${s.file}${s.row !== undefined ? ` 第${s.row}行` : ''}${s.field ? `「${s.field}」` : ''}`;
}

/** The message without its leading place (io messages start with it). */
function whyOf(p: Problem): string {
  const w = whereOf(p);
  return w && p.message.startsWith(`${w}：`) ? p.message.slice(w.length + 1) : p.message;
}

export function summaryOf(added: number, changed: number, rejected: number, unchanged = 0): string {
  const parts = [`新增 ${added} 条`, `更新 ${changed} 条${changed ? '（覆盖同日旧值）' : ''}`];
  if (rejected) parts.push(`拒绝 ${rejected} 条`);
  if (unchanged) parts.push(`${unchanged} 条与现有记录相同`);
  return parts.join('，');
}
