// Canonical JSON ↔ the flat dataset. Reads
//   { "projects": [ { id, name, year, department, unit, type, level, startYear, endYear,
//       contact?, texts?, funds: { total, sources }, expenses: [ { name, planH1, budgetFY } ],
//       indicators: [ { id, level1, level2, level3, targetH1, targetFY, model?, weight? } ] } ],
//     "actuals"?: [ { projectId, indicatorId, date, value, reason?, likelihood?, note? } ],
//     "spend"?: [ { projectId, expense, date, amount } ] }
// (a bare array of projects is accepted too). Missing ids are derived from the stable-id rule.
// Bad JSON or a bad record is a problem naming the file and JSON path; the rest loads.
import { quoted } from '../domain/labels';
import type { Actual, AttachmentRef, ChangeEntry, Indicator, Problem, Project, ProjectForm, Round, Spend } from '../domain/types';
import { readAttachmentBytes, readForms, readHistory, readRounds, type AttachmentBytes } from './jsonRounds';
import { FieldReader, isObject, type JsonObject } from './jsonFields';
import { problem } from './problems';
import { readProject } from './jsonProject';
import { ACTUAL_TEXTS, plainActual, plainSpend } from './jsonPlain';
import { parseDate } from './values';

export interface JsonRead {
  projects: Project[];
  indicators: Indicator[];
  /** Not yet checked against the dataset: load.ts does that once every project is in. */
  actuals: Actual[];
  spend: Spend[];
  rounds: Round[];
  forms: ProjectForm[];
  history: ChangeEntry[];
  /** A whole-state export: the 佐证材料 bytes and the app's settings, for the app to restore. */
  attachments: AttachmentBytes[];
  settings?: unknown;
  problems: Problem[];
}

/** `plain`: well-formed records read directly (./jsonPlain); false, each through the general reading (the reference of test/io/jsonPlain.test.ts). */
export function readCanonicalJson(text: string, file: string, plain = true): JsonRead {
  const out: JsonRead = { projects: [], indicators: [], actuals: [], spend: [], rounds: [], forms: [], history: [], attachments: [], problems: [] };
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (e) {
    out.problems.push(problem('json-syntax', `不是有效的 JSON：${syntaxWhere(text, e)}，文件未导入`, { file }));
    return out;
  }
  const r = new FieldReader(file);
  const top: JsonObject | null = Array.isArray(root) ? { projects: root } : isObject(root) ? root : null;
  if (!top) {
    out.problems.push(problem('json-shape', '顶层应为 { "projects": [...] } 形式的对象，文件未导入', { file }));
    return out;
  }
  if (!Array.isArray(top.projects) && !Array.isArray(top.actuals) && !Array.isArray(top.spend) && !Array.isArray(top.rounds)) {
    out.problems.push(problem('json-shape', '缺少 "projects" 数组（也没有 "actuals" 或 "spend"），文件未导入', { file }));
    return out;
  }
  r.checkKeys(top, ['format', 'projects', 'actuals', 'spend', 'rounds', 'forms', 'history', 'attachments', 'settings'], '顶层');

  const seen = new Map<string, string>();
  r.each(top, 'projects', '', (obj, i) => {
    const read = readProject(r, obj, `projects[${i}]`, plain);
    if (!read) return;
    const earlier = seen.get(read.project.id);
    if (earlier !== undefined) {
      // Without an id, the id is derived from 年度 + 主管部门 + 名称 ignoring whitespace: say that, not just "duplicate id".
      const what = obj.id
        ? `项目编号“${read.project.id}”与前面的项目${quoted(earlier)}重复，此项目未导入`
        : `项目${quoted(read.project.name)}与前面的项目${quoted(earlier)}年度、主管部门相同，名称只差空白，视为重复，此项目未导入（如确为不同项目，请给出不同的 "id"）`;
      r.error(`projects[${i}].${obj.id ? 'id' : 'name'}`, what, 'duplicate-project');
      return;
    }
    seen.set(read.project.id, read.project.name);
    out.projects.push(read.project);
    for (const i of read.indicators) out.indicators.push(i);
  });
  r.each(top, 'actuals', '', (obj, i) => {
    const path = `actuals[${i}]`;
    const a = (plain && plainActual(obj, file, path)) || readActual(r, obj, path);
    if (a) out.actuals.push(a);
  });
  r.each(top, 'spend', '', (obj, i) => {
    const path = `spend[${i}]`;
    const s = (plain && plainSpend(obj, file, path)) || readSpend(r, obj, path);
    if (s) out.spend.push(s);
  });
  out.rounds = readRounds(r, top);
  out.forms = readForms(r, top);
  out.history = readHistory(r, top);
  out.attachments = readAttachmentBytes(r, top);
  if (top.settings !== undefined) out.settings = top.settings;
  r.reportUnknown();
  for (const p of r.problems) out.problems.push(p);
  return out;
}

const TEXT_FIELDS = ACTUAL_TEXTS;
const ACTUAL_KEYS = ['projectId', 'indicatorId', 'date', 'value', ...TEXT_FIELDS, 'attachments'];

function readActual(r: FieldReader, obj: JsonObject, path: string): Actual | null {
  r.checkKeys(obj, ACTUAL_KEYS, '实际值');
  const projectIdValue = r.text(obj, 'projectId', path, true);
  const indicatorIdValue = r.text(obj, 'indicatorId', path, true);
  const date = readDate(r, obj, path);
  // A monitoring-form record may hold a reason before its value: value "" is kept (and not judged).
  const draft = obj.value === '' && TEXT_FIELDS.some((k) => typeof obj[k] === 'string' && obj[k] !== '');
  const value = draft ? '' : r.text(obj, 'value', path, true);
  if (projectIdValue === null || indicatorIdValue === null || date === null || value === null) return null;
  const a: Actual = { projectId: projectIdValue, indicatorId: indicatorIdValue, date, value, source: { file: r.file, field: path } };
  for (const key of TEXT_FIELDS) {
    const x = r.text(obj, key, path);
    if (x) a[key] = x;
  }
  const files = r.array(obj, 'attachments', path).flatMap(([x, i]): AttachmentRef[] => {
    const at = `${path}.attachments[${i}]`;
    const [id, name] = [r.text(x, 'id', at, true), r.text(x, 'name', at, true)];
    return id === null || name === null ? [] : [{ id, name, type: r.text(x, 'type', at) ?? '', size: r.number(x, 'size', at) ?? 0 }];
  });
  if (files.length) a.attachments = files;
  return a;
}

function readSpend(r: FieldReader, obj: JsonObject, path: string): Spend | null {
  r.checkKeys(obj, ['projectId', 'expense', 'date', 'amount'], '执行数');
  const projectIdValue = r.text(obj, 'projectId', path, true);
  const expense = r.text(obj, 'expense', path);
  const date = readDate(r, obj, path);
  const amount = r.number(obj, 'amount', path);
  if (amount === null) r.error(`${path}.amount`, '缺少“amount”，此条未导入');
  if (projectIdValue === null || expense === null || date === null || amount == null) return null;
  return { projectId: projectIdValue, expense: expense || null, date, amount, source: { file: r.file, field: path } };
}

function readDate(r: FieldReader, obj: JsonObject, path: string): string | null {
  const text = r.text(obj, 'date', path, true);
  if (text === null) return null;
  const date = parseDate(text);
  if (date.ok) return date.value;
  r.error(`${path}.date`, date.reason);
  return null;
}

/** JSON.parse's position (V8 writes "at position N" or "(line L column C)") → 第L行第C列. */
function syntaxWhere(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return `第${lc[1]}行第${lc[2]}列附近有语法错误`;
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    return `第${line}行第${Number(pos[1]) - before.lastIndexOf('\n')}列附近有语法错误`;
  }
  return text.trim() === '' ? '文件为空' : `语法错误（${message}）`;
}

