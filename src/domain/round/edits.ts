// Edits made through the monitoring form, as pure functions Dataset → Dataset: each returns a new
// dataset sharing every array it did not change (the app keeps the old one for undo; the domain's
// caches are per array), and appends what changed to `history` (who, when, before, after — domain.md
// §5). An indicator's record in a round is its actual dated the round's period end; a record whose
// 执行情况 is still empty (a reason typed first) is kept and not judged (report skips value '').
import type { Actual, AttachmentRef, ChangeEntry, Dataset, FormStatus, ProjectForm, Round, Spend } from '../types';
import type { FormField } from './fields';

export const THIS_BROWSER = '本浏览器';

export interface EditContext {
  round: Round;
  /** ISO timestamp of the change. */
  at: string;
  by?: string;
}

const recordIndex = (data: Dataset, indicatorId: string, date: string) =>
  data.actuals.findIndex((a) => a.indicatorId === indicatorId && a.date === date);

/** The indicator's record in the round (its actual dated the period end), or undefined. */
export const recordOf = (data: Dataset, round: Round, indicatorId: string): Actual | undefined =>
  data.actuals[recordIndex(data, indicatorId, round.periodEnd)];

const change = (ctx: EditContext, projectId: string, target: string, field: string, before: string | null, after: string | null): ChangeEntry =>
  ({ at: ctx.at, by: ctx.by ?? THIS_BROWSER, roundId: ctx.round.id, projectId, target, field, before, after });

const text = (x: unknown): string | null => (x === undefined || x === null || x === '' ? null : String(x));

/** Sets one field of an indicator's record; an unchanged value returns the same dataset. */
export function setRecordField(data: Dataset, ctx: EditContext, projectId: string, indicatorId: string, field: FormField, value: string): Dataset {
  const at = recordIndex(data, indicatorId, ctx.round.periodEnd);
  const old: Actual = at >= 0 ? data.actuals[at] : { projectId, indicatorId, date: ctx.round.periodEnd, value: '' };
  const before = text(old[field]);
  const after = text(value);
  if (before === after) return data;
  const next: Actual = { ...old, source: undefined };
  delete next.source;
  if (field === 'value') next.value = value;
  else if (after === null) delete next[field];
  else next[field] = value;
  const actuals = data.actuals.slice();
  const empty = !next.value && !next.forecast && !next.reason && !next.reasonCategory && !next.likelihood && !next.measures && !next.note && !next.attachments?.length;
  if (at >= 0 && empty) actuals.splice(at, 1);
  else if (at >= 0) actuals[at] = next;
  else actuals.push(next);
  return { ...data, actuals, history: [...(data.history ?? []), change(ctx, projectId, indicatorId, field, before, after)] };
}

/** Adds or removes a 佐证材料 reference on the record (the bytes are stored by the app under ref.id). */
export function setAttachments(data: Dataset, ctx: EditContext, projectId: string, indicatorId: string, list: AttachmentRef[]): Dataset {
  const at = recordIndex(data, indicatorId, ctx.round.periodEnd);
  const old: Actual = at >= 0 ? data.actuals[at] : { projectId, indicatorId, date: ctx.round.periodEnd, value: '' };
  const names = (l?: AttachmentRef[]) => (l?.length ? l.map((a) => a.name).join('、') : null);
  const next: Actual = { ...old };
  if (list.length) next.attachments = list;
  else delete next.attachments;
  const actuals = data.actuals.slice();
  if (at >= 0) actuals[at] = next;
  else actuals.push(next);
  return { ...data, actuals, history: [...(data.history ?? []), change(ctx, projectId, indicatorId, 'attachments', names(old.attachments), names(list))] };
}

/** 执行数 of one expenditure line (or the whole project, expense null) at the round's period end; null clears it. */
export function setSpendAmount(data: Dataset, ctx: EditContext, projectId: string, expense: string | null, amount: number | null): Dataset {
  const date = ctx.round.periodEnd;
  const at = data.spend.findIndex((s) => s.projectId === projectId && s.expense === expense && s.date === date);
  const before = at >= 0 ? data.spend[at].amount : null;
  if (before === amount) return data;
  const spend = data.spend.slice();
  if (amount === null) spend.splice(at, 1);
  else if (at >= 0) spend[at] = { projectId, expense, date, amount };
  else spend.push({ projectId, expense, date, amount } satisfies Spend);
  const target = expense === null ? 'expense:' : `expense:${expense}`;
  return { ...data, spend, history: [...(data.history ?? []), change(ctx, projectId, target, 'amount', text(before), text(amount))] };
}

const formIndex = (data: Dataset, roundId: string, projectId: string) => (data.forms ?? []).findIndex((f) => f.roundId === roundId && f.projectId === projectId);

export const formOf = (data: Dataset, round: Round, projectId: string): ProjectForm =>
  data.forms?.[formIndex(data, round.id, projectId)] ?? { roundId: round.id, projectId, status: 'draft' };

function putForm(data: Dataset, form: ProjectForm): ProjectForm[] {
  const forms = (data.forms ?? []).slice();
  const at = formIndex(data, form.roundId, form.projectId);
  if (at >= 0) forms[at] = form;
  else forms.push(form);
  return forms;
}

/** 全年预计执行数 (万元) of the project in the round. */
export function setSpendForecast(data: Dataset, ctx: EditContext, projectId: string, amount: number | null): Dataset {
  const form = formOf(data, ctx.round, projectId);
  if ((form.spendForecast ?? null) === amount) return data;
  const next: ProjectForm = { ...form, spendForecast: amount };
  return { ...data, forms: putForm(data, next), history: [...(data.history ?? []), change(ctx, projectId, 'form', 'spendForecast', text(form.spendForecast), text(amount))] };
}

/** 已完成 (locks the form) or back to 草稿 (reopened). */
export function setFormStatus(data: Dataset, ctx: EditContext, projectId: string, status: FormStatus): Dataset {
  const form = formOf(data, ctx.round, projectId);
  if (form.status === status) return data;
  const next: ProjectForm = { ...form, status };
  if (status === 'done') next.doneAt = ctx.at;
  else delete next.doneAt;
  return { ...data, forms: putForm(data, next), history: [...(data.history ?? []), change(ctx, projectId, 'form', 'status', form.status, status)] };
}

/** The history of one field of one indicator (or `form` / `expense:<line>`), newest first. */
export const historyOf = (data: Dataset, projectId: string, target: string, field?: string): ChangeEntry[] =>
  (data.history ?? []).filter((h) => h.projectId === projectId && h.target === target && (!field || h.field === field)).reverse();

/** Adds a round (ids are unique per dataset); rounds stay sorted by period end. */
export function addRound(data: Dataset, round: Round): Dataset {
  const rounds = [...(data.rounds ?? []).filter((r) => r.id !== round.id), round].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  return { ...data, rounds };
}
