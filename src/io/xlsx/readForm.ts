// A filled monitoring form sheet (as ./formSheet writes it, or as a unit edited it: rows inserted,
// blank rows, values typed as numbers or percentages, 一级/二级 merged or left blank) → the records of
// its project: one actual per indicator row with anything filled (dated the period end read from
// 监控期间), the 执行数 of each 支出 line (or of the project, from 合计) and the 全年预计执行数.
// The project is matched by 项目名称 (and 年度), indicators by 一级/二级/三级 (domain/resolve).
// Every refused row names the sheet, row and column: 目标表.xlsx「项目甲」 第12行「执行情况（1–7月）」：….
import { likelihoodValues } from '../../domain/labels';
import { resolveExpense, resolveIndicator, resolveProject, type DatasetIndex } from '../../domain/resolve';
import type { Actual, Problem, Project, Spend } from '../../domain/types';
import { readableActuals } from '../checkActuals';
import { inProjectYear, plausibleSpend } from '../checkRecords';
import { problem, where } from '../problems';
import { parseAmount, parseDate } from '../values';
import { COLUMNS, FUNDS, HEADER_LABELS, columnOf, splitReason, type ColumnKey } from './formLabels';
import { at, lastRow, type Grid } from './grid';

export interface FormRead {
  projectId: string | null;
  periodEnd: string | null;
  actuals: Actual[];
  spend: Spend[];
  spendForecast: number | null;
  problems: Problem[];
}

const norm = (s: string) => s.replace(/\s+/g, '').normalize('NFKC');

/** The indicator table's header row: a 三级指标 column and an 执行情况 column. */
function tableHead(g: Grid): { row: number; cols: Map<ColumnKey, number> } | null {
  for (let r = 1; r <= lastRow(g); r++) {
    const cols = new Map<ColumnKey, number>();
    (g.rows[r] ?? []).forEach((t, c) => {
      const k = t ? columnOf(t) : null;
      if (k && !cols.has(k)) cols.set(k, c);
    });
    if (cols.has('level3') && cols.has('value')) return { row: r, cols };
  }
  return null;
}

/** A form has its 项目名称 in a header block above the indicator table (an actuals sheet has it as a column header). */
export function isFormSheet(g: Grid): boolean {
  const head = tableHead(g);
  return head !== null && findLabel(g, HEADER_LABELS.name, head.row - 1) !== null;
}

/** A header label's cell and the first filled cell to its right (its value). */
function findLabel(g: Grid, label: string, before = Infinity): { row: number; col: number; value: string } | null {
  for (let r = 1; r <= Math.min(lastRow(g), before); r++) {
    const cells = g.rows[r] ?? [];
    for (let c = 1; c < cells.length; c++) {
      if (norm(cells[c] ?? '') !== label) continue;
      for (let v = c + 1; v < cells.length; v++) if (at(g, r, v)) return { row: r, col: v, value: at(g, r, v) };
      return { row: r, col: c, value: '' };
    }
  }
  return null;
}

/** The last date written in 监控期间 (2024年1月1日至2024年7月31日, 2024-07-31, a date cell). */
function periodEndOf(text: string): string | null {
  const all = [...text.matchAll(/(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})/g)];
  const last = all[all.length - 1];
  if (!last) return null;
  const d = parseDate(`${last[1]}-${last[2].padStart(2, '0')}-${last[3].padStart(2, '0')}`);
  return d.ok ? d.value : null;
}

export function readFormSheet(g: Grid, file: string, ix: DatasetIndex): FormRead {
  const out: FormRead = { projectId: null, periodEnd: null, actuals: [], spend: [], spendForecast: null, problems: [] };
  const head = tableHead(g)!;
  const fail = (row: number, field: string, what: string) => (out.problems.push(problem('form-sheet', `${what}，此工作表未导入`, { file, row, field })), out);
  const name = findLabel(g, HEADER_LABELS.name, head.row);
  if (!name?.value) return fail(name?.row ?? 1, HEADER_LABELS.name, '没有填写项目名称');
  const yearText = findLabel(g, HEADER_LABELS.year, head.row)?.value ?? '';
  const found = resolveProject(ix, { name: name.value, year: /^\d{4}/.test(yearText) ? Number(yearText.slice(0, 4)) : null });
  if (!found.ok) return fail(name.row, HEADER_LABELS.name, found.message);
  const project = found.value;
  out.projectId = project.id;
  const period = findLabel(g, HEADER_LABELS.period, head.row);
  const end = periodEndOf(period?.value ?? '');
  if (!end) return fail(period?.row ?? name.row, HEADER_LABELS.period, `监控期间“${period?.value ?? ''}”中没有可识别的截止日期（如 2024年7月31日）`);
  out.periodEnd = end;

  readFunds(g, file, head.row, project, end, out);
  readIndicators(g, file, head, ix, project, end, out);
  const found2: Problem[] = [];
  out.actuals = readableActuals(inProjectYear(out.actuals, ix, found2, '实际值'), ix, found2);
  out.spend = plausibleSpend(inProjectYear(out.spend, ix, found2, '执行数'), ix, found2);
  const valueHead = at(g, head.row, head.cols.get('value')!);
  for (const p of found2) out.problems.push(relabel(p, { 实际值: valueHead, 日期: HEADER_LABELS.period, 累计执行数: FUNDS.spent }));
  out.problems.sort((a, b) => (a.source?.row ?? 0) - (b.source?.row ?? 0));
  return out;
}

/** The shared checks name CSV columns (实际值, 日期): on the form they are its own headers. */
function relabel(p: Problem, names: Record<string, string>): Problem {
  const s = p.source;
  const to = s?.field ? names[s.field] : undefined;
  if (!s || !to) return p;
  const old = where(s.file, s.row, s.field);
  return { ...p, source: { ...s, field: to }, message: p.message.startsWith(old) ? where(s.file, s.row, to) + p.message.slice(old.length) : p.message };
}

function readFunds(g: Grid, file: string, tableRow: number, project: Project, date: string, out: FormRead) {
  let headRow = 0;
  let cols: Partial<Record<'item' | 'spent' | 'forecast', number>> = {};
  for (let r = 1; r < tableRow && !headRow; r++) {
    const row: typeof cols = {};
    (g.rows[r] ?? []).forEach((t, c) => {
      const h = norm(t ?? '');
      if (h.includes('预计执行数')) row.forecast = c;
      else if (/执行数$/.test(h)) row.spent = c;
      else if (h === FUNDS.item || h === '支出项目') row.item = c;
    });
    if (row.spent !== undefined && row.forecast !== undefined) [headRow, cols] = [r, row];
  }
  if (!headRow) return;
  const itemCol = cols.item ?? 2;
  const lines: Spend[] = [];
  let whole: Spend | null = null;
  for (let r = headRow + 1; r < tableRow; r++) {
    const label = at(g, r, itemCol);
    const spentText = at(g, r, cols.spent!);
    const forecastText = at(g, r, cols.forecast!);
    if (!label && !spentText && !forecastText) continue;
    const amount = (text: string, field: string) => {
      const n = parseAmount(text);
      if (n.ok) return n.value;
      out.problems.push(problem('bad-amount', `${n.reason}，未导入`, { file, row: r, field }, 'error', project.id));
      return null;
    };
    const isSum = norm(label) === FUNDS.sumRow || norm(label).includes(FUNDS.total) || norm(label) === '资金总额';
    if (isSum) {
      const spent = amount(spentText, FUNDS.spent);
      if (spent !== null) whole = { projectId: project.id, expense: null, date, amount: spent, source: { file, row: r } };
      out.spendForecast = amount(forecastText, FUNDS.forecast);
      continue;
    }
    const spent = amount(spentText, FUNDS.spent);
    if (spent === null) continue;
    const line = resolveExpense(project, label);
    if (!line.ok) {
      out.problems.push(problem(line.code, `${line.message}，此行未导入`, { file, row: r, field: FUNDS.item }, 'error', project.id));
      continue;
    }
    lines.push({ projectId: project.id, expense: line.value, date, amount: spent, source: { file, row: r } });
  }
  // The 合计 row of a form whose lines are filled is their sum, not a record of its own.
  out.spend = lines.length ? lines : whole ? [whole] : [];
}

function readIndicators(g: Grid, file: string, head: { row: number; cols: Map<ColumnKey, number> }, ix: DatasetIndex, project: Project, date: string, out: FormRead) {
  const cell = (r: number, k: ColumnKey) => (head.cols.has(k) ? at(g, r, head.cols.get(k)!) : '');
  const header = (k: ColumnKey) => (head.cols.has(k) ? at(g, head.row, head.cols.get(k)!) : COLUMNS[k]);
  let level1 = '';
  let level2 = '';
  for (let r = head.row + 1; r <= lastRow(g); r++) {
    const first = at(g, r, 1);
    if (/^(填表人|填报人|审核人|单位负责人|说明|注[:：])/.test(first)) break;
    const l1 = cell(r, 'level1');
    const l2 = cell(r, 'level2');
    // A blank 一级 (merged or left blank) carries 一级 and, when blank too, 二级 down; an explicit 一级 starts afresh.
    if (l1) [level1, level2] = [l1, l2];
    else if (l2) level2 = l2;
    const level3 = cell(r, 'level3');
    const filled = { value: cell(r, 'value'), forecast: cell(r, 'forecast'), reason: cell(r, 'reason'), likelihood: cell(r, 'likelihood'), measures: cell(r, 'measures'), note: cell(r, 'note') };
    const any = Object.values(filled).some(Boolean);
    if (!level3) {
      if (any) out.problems.push(problem('missing-level3', '此行填写了执行情况但没有三级指标，未导入', { file, row: r, field: header('level3') }, 'error', project.id));
      continue;
    }
    if (!any) continue;
    const ind = resolveIndicator(ix, project, { level1, level2, level3 });
    if (!ind.ok) {
      out.problems.push(problem(ind.code, `${ind.message}，此行未导入`, { file, row: r, field: header('level3') }, 'error', project.id));
      continue;
    }
    const a: Actual = { projectId: project.id, indicatorId: ind.value.id, date, value: filled.value, source: { file, row: r } };
    const { category, reason } = splitReason(filled.reason);
    if (filled.forecast) a.forecast = filled.forecast;
    if (category) a.reasonCategory = category;
    if (reason) a.reason = reason;
    if (filled.likelihood) {
      a.likelihood = filled.likelihood;
      if (!likelihoodValues.includes(filled.likelihood)) {
        const what = `完成目标可能性“${filled.likelihood}”不是 ${likelihoodValues.join(' / ')} 之一（已照原文保存）`;
        out.problems.push(problem('unknown-likelihood', what, { file, row: r, field: header('likelihood') }, 'warning', project.id));
      }
    }
    if (filled.measures) a.measures = filled.measures;
    if (filled.note) a.note = filled.note;
    const earlier = out.actuals.findIndex((x) => x.indicatorId === a.indicatorId);
    if (earlier >= 0) {
      out.problems.push(problem('duplicate-row', `指标“${level3}”在第${out.actuals[earlier].source!.row}行已填写，以此行为准`, { file, row: r, field: header('level3') }, 'warning', project.id));
      out.actuals.splice(earlier, 1);
    }
    out.actuals.push(a);
  }
}
