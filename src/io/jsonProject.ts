// One project of the canonical JSON, with its nested expenses and indicators → flat records.
// A project without a usable name, or an indicator without a 三级 name, is reported and skipped;
// a bad optional field is reported and left empty.
import { quoted } from '../domain/labels';
import { indicatorId, projectId } from '../domain/ids';
import type { Expense, Indicator, Project, ProjectTexts } from '../domain/types';
import { modelOf } from '../domain/labels';
import { isObject, type FieldReader, type JsonObject } from './jsonFields';
import { plainIndicator } from './jsonPlain';

const PROJECT_KEYS = ['id', 'name', 'year', 'department', 'unit', 'type', 'level', 'startYear', 'endYear', 'contact', 'texts', 'funds', 'expenses', 'indicators'];
const INDICATOR_KEYS = ['id', 'projectId', 'level1', 'level2', 'level3', 'targetH1', 'targetFY', 'model', 'weight'];
const TEXT_KEYS: (keyof ProjectTexts)[] = ['necessity', 'feasibility', 'content', 'longTermGoal', 'annualGoal'];

/** `plain`: well-formed indicators read directly (./jsonPlain); false, each through the general reading (the reference). */
export function readProject(r: FieldReader, obj: JsonObject, path: string, plain = true): { project: Project; indicators: Indicator[] } | null {
  r.checkKeys(obj, PROJECT_KEYS, '项目');
  const name = r.text(obj, 'name', path, true);
  if (name === null) return null;
  const year = r.number(obj, 'year', path, true) ?? null;
  const department = r.text(obj, 'department', path) ?? '';
  const id = r.text(obj, 'id', path) || projectId(year, department, name);
  const project: Project = {
    id, name, year, department,
    unit: r.text(obj, 'unit', path) ?? '',
    type: r.text(obj, 'type', path) ?? '',
    level: r.text(obj, 'level', path) ?? '',
    startYear: r.number(obj, 'startYear', path, true) ?? null,
    endYear: r.number(obj, 'endYear', path, true) ?? null,
    funds: { total: null, sources: {} },
    expenses: [],
    source: { file: r.file, field: path },
  };
  const contact = r.text(obj, 'contact', path);
  if (contact) project.contact = contact;
  readTexts(r, obj, path, project);
  readFunds(r, obj, path, project);
  r.array(obj, 'expenses', path).forEach(([e, i]) => {
    const line = readExpense(r, e, `${path}.expenses[${i}]`);
    if (line) project.expenses.push(line);
  });

  const indicators: Indicator[] = [];
  const ids = new Set<string>();
  const occurrences = new Map<string, number>();
  r.each(obj, 'indicators', path, (x, i) => {
    const at = `${path}.indicators[${i}]`;
    const p = plain ? plainIndicator(x) : null;
    if (!p) r.checkKeys(x, INDICATOR_KEYS, '指标');
    const level3 = p ? p.level3 : r.text(x, 'level3', at, true);
    const level1 = p ? p.level1 : (r.text(x, 'level1', at) ?? '');
    const level2 = p ? p.level2 : (r.text(x, 'level2', at) ?? '');
    if (level3 === null) return;
    const key = `${level1}\u0001${level2}\u0001${level3}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const indicator: Indicator = {
      id: (p ? p.id : r.text(x, 'id', at)) || indicatorId(id, level1, level2, level3, occurrence),
      projectId: id, level1, level2, level3,
      targetH1: p ? p.targetH1 : (r.text(x, 'targetH1', at) ?? ''),
      targetFY: p ? p.targetFY : (r.text(x, 'targetFY', at) ?? ''),
      source: { file: r.file, field: at },
    };
    if (ids.has(indicator.id)) {
      r.error(`${at}.id`, `项目${quoted(name)}中指标编号“${indicator.id}”重复，此指标未导入`, 'duplicate-indicator', id);
      return;
    }
    ids.add(indicator.id);
    if (p) {
      if (p.model) indicator.model = p.model;
      if (p.weight !== null) indicator.weight = p.weight;
      return void indicators.push(indicator);
    }
    const modelText = r.text(x, 'model', at);
    const model = modelText ? modelOf(modelText) : null;
    if (model) indicator.model = model;
    else if (modelText) r.error(`${at}.model`, `进度模型“${modelText}”无法识别（应为 cumulative 或 level），按默认规则判断`, 'json-invalid', id);
    const weight = r.number(x, 'weight', at);
    if (weight != null) indicator.weight = weight;
    indicators.push(indicator);
  });
  return { project, indicators };
}

function readTexts(r: FieldReader, obj: JsonObject, path: string, project: Project) {
  if (obj.texts === undefined || obj.texts === null) return;
  if (!isObject(obj.texts)) return void r.error(`${path}.texts`, '应为对象');
  r.checkKeys(obj.texts, TEXT_KEYS, '项目文本');
  const texts: ProjectTexts = {};
  for (const key of TEXT_KEYS) {
    const t = r.text(obj.texts, key, `${path}.texts`);
    if (t) texts[key] = t;
  }
  project.texts = texts;
}

function readFunds(r: FieldReader, obj: JsonObject, path: string, project: Project) {
  if (obj.funds === undefined || obj.funds === null) return;
  if (!isObject(obj.funds)) return void r.error(`${path}.funds`, '应为对象');
  r.checkKeys(obj.funds, ['total', 'sources'], '项目资金');
  project.funds.total = r.amount(obj.funds, 'total', `${path}.funds`) ?? null;
  const sources = obj.funds.sources;
  if (sources === undefined || sources === null) return;
  if (!isObject(sources)) return void r.error(`${path}.funds.sources`, '应为对象');
  // Source names are data: fromEntries defines each as an own property, so even one called
  // `__proto__` is kept (an assignment would set the object's prototype and drop it).
  const entries: [string, number | null][] = [];
  for (const key of Object.keys(sources)) {
    const amount = r.amount(sources, key, `${path}.funds.sources`);
    if (amount !== undefined) entries.push([key, amount]);
  }
  project.funds.sources = Object.fromEntries(entries);
}

function readExpense(r: FieldReader, obj: JsonObject, path: string): Expense | null {
  r.checkKeys(obj, ['name', 'planH1', 'budgetFY'], '支出项目');
  const name = r.text(obj, 'name', path, true);
  if (name === null) return null;
  return { name, planH1: r.amount(obj, 'planH1', path) ?? null, budgetFY: r.amount(obj, 'budgetFY', path) ?? null };
}
