// A department's projects published in one list (domain.md §1) instead of one form per project.
// Accepts a title row whose first columns name the project — 单位(专项)名称, 单位(项目)名称,
// 项目(专项)名称, 专项名称 — beside 一级指标 … 三级指标 and the target columns (any layout
// columns.ts reads: 指标值, 年度指标值, split 指标性质/指标值/度量单位 …); before the indicator columns
// also 资金总额 (资金总额(元) / 金额单位：元 converted to 万元), 实施期绩效目标 / 年度绩效目标 and other
// long texts, and a 单位名称 / 预算单位 / 实施单位 column. Then one row per indicator: a row whose name
// cell is filled opens a project (its 资金总额 and texts on that row, its first indicator beside
// them); rows with a blank name cell (merged in Excel or Word) add indicators to it. A filled name
// row with no indicators followed by another named row is a unit heading (某市教育局本级 | 700): the
// unit of the projects below it. A repeated title row (page break) is skipped.
import type { Cell, Row } from './lines';
import type { Ctx, Draft } from './context';
import { quote } from './context';
import { layoutFrom, type Layout } from './columns';
import { textKeyOf } from './header';
import { parseAmount, titleRole } from './vocabulary';
import type { ProjectTexts } from '../../domain/types';

// Not a bare 项目名称: 项目名称 | 一级指标 | … is the header of a TSV export (one project name per row).
const NAME = /^(单位\((专项|项目)\)名称|项目\(专项\)名称|专项\(项目\)名称|专项名称)$/;
const UNIT = /^(单位名称|预算单位|实施单位|执行单位|项目实施单位)$/;
const TOTAL = /^(资金总额|年度资金总额|项目资金总额|预算金额|预算数|项目资金)(\((万元|元)\))?$/;

export interface ListLayout {
  /** Column of the project (or unit heading) name. */
  name: number;
  unit?: number;
  total?: number;
  /** The total column is in 元 (资金总额(元)): its line, to be said once per project. */
  yuanLine?: number;
  texts: { col: number; key: keyof ProjectTexts }[];
  /** First column of the indicator block; cells from here on are read as the indicator rows of a form. */
  indicatorsFrom: number;
  layout: Layout | undefined;
}

/** The list's title row, or null when the row is not one. */
export function listLayoutFrom(row: Row): ListLayout | null {
  if (!row.tabbed) return null;
  const l1 = row.cells.find((c) => titleRole(c.key) === 'l1');
  const name = row.cells.find((c) => NAME.test(c.key));
  if (!l1 || !name || name.col >= l1.col || !row.cells.some((c) => titleRole(c.key) === 'l3')) return null;
  const list: ListLayout = { name: name.col, texts: [], indicatorsFrom: l1.col, layout: undefined };
  for (const c of row.cells) {
    if (c.col >= l1.col || c === name) continue;
    const text = textKeyOf(c);
    if (UNIT.test(c.key)) list.unit = c.col;
    else if (TOTAL.test(c.key)) [list.total, list.yuanLine] = [c.col, /\(元\)$/.test(c.key) ? row.line : undefined];
    else if (text) list.texts.push({ col: c.col, key: text });
    else return null;
  }
  list.layout = layoutFrom({ ...row, cells: row.cells.filter((c) => c.col >= l1.col) }, undefined);
  return list;
}

/** The cells of a list row: its name, the list columns, and the indicator part as a row of its own. */
export function listParts(row: Row, list: ListLayout): { name?: Cell; listCells: Cell[]; indicators: Row } {
  const name = row.cells.find((c) => c.col === list.name);
  const listCells = row.cells.filter((c) => c.col < list.indicatorsFrom && c !== name);
  return { name, listCells, indicators: { ...row, cells: row.cells.filter((c) => c.col >= list.indicatorsFrom) } };
}

/** Fills a project opened by its name row from the list columns of that row. */
export function startListProject(draft: Draft, name: Cell, listCells: Cell[], list: ListLayout, row: Row, ctx: Ctx, unit: string | null): void {
  draft.facts.name = { value: name.text, line: row.line };
  if (unit) draft.facts.unit = { value: unit, line: row.line };
  draft.layout = list.layout;
  draft.section = 'indicators';
  for (const c of listCells) addListCell(draft, c, list, row, ctx);
}

/** A list cell: its unit, total or text; on a later row of the project, a text continues (a total is checked). */
export function addListCell(draft: Draft, c: Cell, list: ListLayout, row: Row, ctx: Ctx): void {
  const text = list.texts.find((t) => t.col === c.col);
  if (c.col === list.unit) draft.facts.unit ??= { value: c.text, line: row.line };
  else if (text) draft.texts[text.key] = draft.texts[text.key] ? `${draft.texts[text.key]}\n${c.text}` : c.text;
  else if (c.col === list.total && !draft.totalSeen) {
    const amount = parseAmount(c.text);
    if (amount === null) return void ctx.report('funds-bad-amount', 'error', row.line, `资金总额${quote(c.text)}不是金额，未导入`);
    draft.total = draft.yuan ? Math.round(amount * 100) / 1e6 : amount;
    draft.totalSeen = true;
  } else ctx.report('unknown-cell', 'warning', row.line, `${quote(c.text)}不在项目名称所在行（或重复了资金总额），已忽略`);
}
