// The monitoring round's part of canonical JSON: rounds, forms, history, and the 佐证材料 bytes
// (base64) with the app's settings when the whole state is exported as one file. Each bad field
// is reported by its JSON path and the record skipped; the rest loads.
import type { ChangeEntry, FormStatus, ProjectForm, Round, RoundScope } from '../domain/types';
import { isObject, type FieldReader, type JsonObject } from './jsonFields';
import { parseDate } from './values';

export interface AttachmentBytes {
  id: string;
  name: string;
  type: string;
  size: number;
  bytes: Uint8Array;
}

export function readRounds(r: FieldReader, top: JsonObject): Round[] {
  const out: Round[] = [];
  const seen = new Set<string>();
  for (const [obj, i] of r.array(top, 'rounds', '')) {
    const at = `rounds[${i}]`;
    r.checkKeys(obj, ['id', 'name', 'periodEnd', 'deadline', 'scope', 'createdAt'], '监控轮次');
    const id = r.text(obj, 'id', at, true);
    const name = r.text(obj, 'name', at, true);
    const periodEnd = date(r, obj, 'periodEnd', at, true);
    const deadline = date(r, obj, 'deadline', at, false);
    const scope = readScope(r, obj.scope, `${at}.scope`);
    if (id === null || name === null || periodEnd == null || deadline === undefined || !scope) continue;
    if (seen.has(id)) {
      r.error(`${at}.id`, `监控轮次编号“${id}”重复，此轮次未导入`);
      continue;
    }
    seen.add(id);
    out.push({ id, name, periodEnd, deadline, scope, createdAt: r.text(obj, 'createdAt', at) ?? '' });
  }
  return out;
}

function readScope(r: FieldReader, x: unknown, at: string): RoundScope | null {
  if (!isObject(x)) return (r.error(at, '应为对象（如 {"kind":"all"}），此轮次未导入'), null);
  if (x.kind === 'all') return { kind: 'all' };
  if (x.kind === 'projects' && Array.isArray(x.projectIds) && x.projectIds.every((p) => typeof p === 'string')) return { kind: 'projects', projectIds: x.projectIds as string[] };
  if (x.kind === 'filter') {
    const scope: RoundScope = { kind: 'filter' };
    const min = r.number(x, 'minBudget', at);
    const max = r.number(x, 'maxExecutionRate', at);
    if (min != null) scope.minBudget = min;
    if (max != null) scope.maxExecutionRate = max;
    if (Array.isArray(x.departments)) scope.departments = x.departments.filter((d): d is string => typeof d === 'string');
    return scope;
  }
  r.error(`${at}.kind`, '应为 all、projects 或 filter，此轮次未导入');
  return null;
}

export function readForms(r: FieldReader, top: JsonObject): ProjectForm[] {
  const out: ProjectForm[] = [];
  for (const [obj, i] of r.array(top, 'forms', '')) {
    const at = `forms[${i}]`;
    r.checkKeys(obj, ['roundId', 'projectId', 'status', 'doneAt', 'spendForecast'], '项目监控表');
    const roundId = r.text(obj, 'roundId', at, true);
    const projectId = r.text(obj, 'projectId', at, true);
    const status = r.text(obj, 'status', at, true);
    if (roundId === null || projectId === null || status === null) continue;
    if (status !== 'draft' && status !== 'done') {
      r.error(`${at}.status`, `状态“${status}”应为 draft 或 done，此条未导入`);
      continue;
    }
    const form: ProjectForm = { roundId, projectId, status: status as FormStatus };
    const doneAt = r.text(obj, 'doneAt', at);
    if (doneAt) form.doneAt = doneAt;
    const forecast = r.amount(obj, 'spendForecast', at);
    if (forecast !== undefined && obj.spendForecast !== undefined) form.spendForecast = forecast;
    out.push(form);
  }
  return out;
}

export function readHistory(r: FieldReader, top: JsonObject): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  for (const [obj, i] of r.array(top, 'history', '')) {
    const at = `history[${i}]`;
    r.checkKeys(obj, ['at', 'by', 'roundId', 'projectId', 'target', 'field', 'before', 'after'], '修改记录');
    const [when, by, projectId, target, field] = (['at', 'by', 'projectId', 'target', 'field'] as const).map((k) => r.text(obj, k, at, true));
    if (when === null || by === null || projectId === null || target === null || field === null) continue;
    const entry: ChangeEntry = { at: when, by, projectId, target, field, before: nullable(r, obj, 'before', at), after: nullable(r, obj, 'after', at) };
    const roundId = r.text(obj, 'roundId', at);
    if (roundId) entry.roundId = roundId;
    out.push(entry);
  }
  return out;
}

export function readAttachmentBytes(r: FieldReader, top: JsonObject): AttachmentBytes[] {
  const out: AttachmentBytes[] = [];
  for (const [obj, i] of r.array(top, 'attachments', '')) {
    const at = `attachments[${i}]`;
    r.checkKeys(obj, ['id', 'name', 'type', 'size', 'data'], '佐证材料');
    const [id, name] = (['id', 'name'] as const).map((k) => r.text(obj, k, at, true));
    // An empty file is a file: its data is "".
    const data = typeof obj.data === 'string' ? obj.data : r.text(obj, 'data', at, true);
    if (id === null || name === null || data === null) continue;
    const bytes = fromBase64(data);
    if (!bytes) {
      r.error(`${at}.data`, '不是有效的 base64 内容，此文件未导入');
      continue;
    }
    out.push({ id, name, type: r.text(obj, 'type', at) ?? '', size: bytes.length, bytes });
  }
  return out;
}

const nullable = (r: FieldReader, obj: JsonObject, key: string, at: string) => (obj[key] === null || obj[key] === undefined ? null : r.text(obj, key, at));

function date(r: FieldReader, obj: JsonObject, key: string, at: string, required: boolean): string | null | undefined {
  const text = r.text(obj, key, at, required);
  if (text === null) return null;
  if (text === '') return null;
  const d = parseDate(text);
  if (d.ok) return d.value;
  r.error(`${at}.${key}`, d.reason);
  return undefined;
}

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    const s = atob(text);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
