// Column layout of the indicator block, taken from its title row(s): which tab column holds the
// 一级 / 二级 / 三级 names and the 半年 / 全年 values. Accepts the one-row title (一级指标 | 二级指标 |
// 三级指标 | 半年（程）指标值 | 全年（程）指标值, also 年度指标值, 指标值（全年）…) and the two-row title
// (… | 指标值 over 半年（程） | 全年（程）). A row that fills the 三级 and 全年 columns of this
// layout (or its 三级 and 半年 columns, under 一级/二级 category names) is read by column — its blank
// cells are blank values, and a 三级 named like a target (项目按时完成) stays a name. Rows shifted by a page break do not fill the layout and are read by
// shape (indicators.ts).
import type { Cell, Row } from './lines';
import { isLevelName, titleRole, type TitleRole } from './vocabulary';

/** A cell that can only be a value: an operator or a bare number / percentage. */
const VALUE = /^\s*([=＝≥≤≧≦><]|[+-]?\d+(\.\d+)?\s*[%％]?\s*$)/;

export type Layout = Partial<Record<TitleRole, number>>;

/** The layout after a title row: the row's roles on top of the previous ones (two-row titles). */
export function layoutFrom(row: Row, previous: Layout | undefined): Layout | undefined {
  if (!row.tabbed) return undefined;
  const layout: Layout = { ...previous };
  for (const cell of row.cells) {
    const role = titleRole(cell.key);
    if (role) layout[role] = cell.col;
  }
  return layout;
}

export interface AlignedRow {
  /** Cells in the 一级 / 二级 columns, in order. */
  lead: Cell[];
  level3: Cell;
  targetH1: string;
  targetFY: string;
}

/** The row read by the layout's columns, or null when it does not fill them (shifted, or spaces). */
export function alignedRow(row: Row, layout: Layout | undefined): AlignedRow | null {
  if (!row.tabbed || !layout) return null;
  const { l1, l2, l3, h1, fy } = layout;
  if (l1 === undefined || l2 === undefined || l3 === undefined || h1 === undefined || fy === undefined) return null;
  const at = (col: number) => row.cells.find((c) => c.col === col);
  const level3 = at(l3);
  const half = at(h1);
  const full = at(fy);
  if (!level3 || !(full || half)) return null;
  if (row.cells.some((c) => c.col !== l1 && c.col !== l2 && c.col !== l3 && c.col !== h1 && c.col !== fy)) return null;
  const lead = row.cells.filter((c) => c.col === l1 || c.col === l2).sort((a, b) => a.col - b.col);
  // Without a 全年 value the row could also be one shifted left by a page break (成本指标 | 项目总成本 |
  // ≤116万元 | ≤116万元): only category names in the 一级/二级 columns confirm the columns.
  // and a 三级 cell that is not itself a value (决策 | 项目立项 | 充分 | 充分 lacks its 三级).
  if (!full && (!lead.every((c) => isLevelName(c.key)) || level3.text === half!.text || VALUE.test(level3.text))) return null;
  return { lead, level3, targetH1: half?.text ?? '', targetFY: full?.text ?? '' };
}
