// A finished draft → the domain's Project and Indicator records with stable ids: the project id
// from year, department and name; indicator ids from the 一级/二级/三级 path plus how many times the
// same path occurred before in this project. Missing facts are reported, not invented. A 自评表's
// 实际完成值 become actuals dated 31 December of the table's year, with 偏差原因分析 as the reason.
import type { Actual, Indicator, Project } from '../../domain/types';
import { indicatorId, projectId } from '../../domain/ids';
import type { Ctx, Draft } from './context';
import { quote } from './context';
import { parseYearText } from './vocabulary';

/** Ids given so far in this file, with the next suffix to try for a repeated one. */
export type UsedIds = Map<string, number>;

export function finishProject(draft: Draft, ctx: Ctx, usedIds: UsedIds): { project: Project; indicators: Indicator[]; actuals: Actual[] } {
  const fact = (key: keyof Draft['facts']) => draft.facts[key]?.value.trim() ?? '';
  const name = fact('name');
  const department = fact('department');
  if (!name) ctx.report('missing-name', 'error', draft.line, '项目名称为空');
  if (!department) ctx.report('missing-department', 'warning', draft.line, `项目${quote(name)}缺少主管部门`);
  const year = yearFact(draft, 'year', ctx) ?? draft.year;
  if (year === null) ctx.report('missing-year', 'warning', draft.line, `项目${quote(name)}缺少年度（如“2024年度”）`);

  let id = projectId(year, department, name);
  if (usedIds.has(id)) {
    let k = usedIds.get(id)!;
    while (usedIds.has(`${id}-${k}`)) k++;
    usedIds.set(id, k + 1);
    ctx.report('duplicate-project', 'warning', draft.line, `项目${quote(name)}（${year ?? '无年度'}，${department}）在本文件中重复出现，编号加后缀“-${k}”`);
    id = `${id}-${k}`;
  }
  usedIds.set(id, usedIds.get(id) ?? 2);

  const contact = fact('contact');
  // 项目起止时间 2025年1月-2025年12月 / 2024-2026: the first and last years.
  const span = (fact('period').match(/\d{4}/g) ?? []).map(Number);
  if (draft.yuan) ctx.report('money-yuan', 'warning', draft.yuan.line, `项目${quote(name)}的金额以元为单位，已换算为万元（÷10000）`);
  const project: Project = {
    id,
    name,
    year,
    department,
    unit: fact('unit'),
    type: fact('type'),
    level: fact('level'),
    startYear: yearFact(draft, 'startYear', ctx) ?? span[0] ?? null,
    endYear: yearFact(draft, 'endYear', ctx) ?? span[span.length - 1] ?? null,
    ...(contact ? { contact } : {}),
    texts: draft.texts,
    funds: { total: draft.total, sources: Object.fromEntries(draft.sources) },
    expenses: draft.expenses,
    source: { file: ctx.file, row: draft.line },
  };
  if (!draft.totalSeen && draft.sources.size === 0 && draft.expenses.length === 0)
    ctx.report('missing-funds', 'warning', draft.line, `项目${quote(name)}没有项目资金（资金总额、资金来源、支出）`);
  if (draft.indicators.length === 0) ctx.report('no-indicators', 'warning', draft.line, `项目${quote(name)}没有三级指标`);
  // A table that sets only 全年 targets says so once, not on every row.
  const n = draft.indicators.length;
  if (n >= 2 && draft.noH1.length === n) {
    ctx.withdraw(draft.noH1);
    ctx.report('missing-target', 'warning', draft.noH1[0].source!.row!, `项目${quote(name)}的${n}项三级指标都只有全年（程）指标值，半年（程）指标值为空`);
  }

  const occurrences = new Map<string, number>();
  const indicators = draft.indicators.map((d): Indicator => {
    // An implied 一级 takes the name this table files for it, even when filed further down.
    const level1 = d.impliedFamily ? (draft.filedLevel1.get(d.impliedFamily) ?? d.impliedFamily) : d.level1;
    const path = [level1, d.level2, d.level3].map((s) => s.replace(/\s+/g, '')).join('\u0001');
    const occurrence = occurrences.get(path) ?? 0;
    occurrences.set(path, occurrence + 1);
    return {
      id: indicatorId(id, level1, d.level2, d.level3, occurrence),
      projectId: id,
      level1,
      level2: d.level2,
      level3: d.level3,
      targetH1: d.targetH1,
      targetFY: d.targetFY,
      source: { file: ctx.file, row: d.line },
    };
  });
  const actuals: Actual[] = [];
  draft.indicators.forEach((d, k) => {
    if (!d.actual) return;
    if (year === null) return void ctx.report('actual-no-year', 'error', d.line, `实际完成值${quote(d.actual)}：表格没有年度，无法确定日期，未导入`);
    const a: Actual = { projectId: id, indicatorId: indicators[k].id, date: `${year}-12-31`, value: d.actual, source: { file: ctx.file, row: d.line } };
    if (d.reason) a.reason = d.reason;
    actuals.push(a);
  });
  for (const p of draft.problems) p.projectId = id;
  return { project, indicators, actuals };
}

function yearFact(draft: Draft, key: 'year' | 'startYear' | 'endYear', ctx: Ctx): number | null {
  const f = draft.facts[key];
  if (!f || !f.value.trim()) return null;
  const year = parseYearText(f.value);
  if (year === null) ctx.report('bad-year', 'warning', f.line, `无法识别的年份${quote(f.value)}（应写作 2024 或 2024年）`);
  return year;
}
