// Column layout of the indicator block, taken from its title row(s): which tab column holds the
// 一级 / 二级 / 三级 names and the targets. Accepts the one-row title (一级指标 | 二级指标 | 三级指标 |
// 半年（程）指标值 | 全年（程）指标值, also 年度指标值, 指标值（全年）…), the two-row title (… | 指标值
// over 半年（程） | 全年（程）), a year target alone (年度指标值 / 指标值 / 计划指标值 / 目标值), a split
// target (指标性质 ≥ ≧ ≤ ≦ = ═ 定性 + 指标值 + 度量单位, with 指标值类型 / 评(扣)分标准 / 备注 beside),
// a 三级 titled 指标内容 / 绩效指标名称, a leading 绩效指标 label column, 中期 / 长期 / 实施期 columns
// or column groups (two-row titles, on either side of the 年度 group: kept out of the targets), and a
// 自评表's 实际完成值 and 偏差原因分析 columns. A row that fills the 三级 and a target column of this
// layout (or its 三级 and 半年 columns, under 一级/二级 category names) is read by column — its blank
// cells are blank values, and a 三级 named like a target (项目按时完成) stays a name. Rows shifted by
// a page break do not fill the layout and are read by shape (indicators.ts).
import type { Cell, Row } from './lines';
import { isLevelName, titleGroup, titleRole, type TitleRole } from './vocabulary';

/** A cell that can only be a value: an operator or a bare number / percentage. */
const VALUE = /^\s*([=＝≥≤≧≦><]|[+-]?\d+(\.\d+)?\s*[%％]?\s*$)/;

type ValueRole = Exclude<TitleRole, 'other' | 'skip'>;

export type Layout = Partial<Record<ValueRole, number>> & {
  /** Columns that are not targets (中期/长期 values, 指标值类型, 备注 …): allowed in a row, not read. */
  ignored?: number[];
  /** Group titles of a two-row title, by first column: 年度 (targets) or 中期/长期/实施期 (context). */
  groups?: { col: number; year: boolean }[];
};

/** The layout after a title row: the row's roles on top of the previous ones (two-row titles). */
export function layoutFrom(row: Row, previous: Layout | undefined): Layout | undefined {
  if (!row.tabbed) return undefined;
  const layout: Layout = { ...previous, ignored: [...(previous?.ignored ?? [])] };
  const groups = previous?.groups ?? [];
  const own: { col: number; year: boolean }[] = [];
  for (const cell of row.cells) {
    let role = titleRole(cell.key);
    const group = titleGroup(cell.key);
    if (group) own.push({ col: cell.col, year: group === 'year' });
    // A 指标值 under a 中期 group title is that group's, not the year's.
    const over = [...groups].reverse().find((g) => g.col <= cell.col);
    if (over && !over.year && role !== 'l1' && role !== 'l2' && role !== 'l3') role = 'other';
    if (!role) continue;
    if (role === 'other' || role === 'skip') {
      layout.ignored!.push(cell.col);
      for (const k of Object.keys(layout) as ValueRole[]) if (layout[k] === cell.col) delete layout[k];
    } else {
      layout[role] = cell.col;
      layout.ignored = layout.ignored!.filter((c) => c !== cell.col);
    }
  }
  if (own.length) layout.groups = own.sort((a, b) => a.col - b.col);
  return layout;
}

export interface AlignedRow {
  /** Cells in the 一级 / 二级 columns, in order. */
  lead: Cell[];
  level3: Cell;
  targetH1: string;
  targetFY: string;
  /** A 自评表's 实际完成值 and 偏差原因分析, when the layout has them. */
  actual?: string;
  reason?: string;
}

/** 指标性质 spellings → the operator written before the value; 定性 and blanks add nothing. */
const OPS: Record<string, string> = { '≥': '≥', '≧': '≥', '>=': '≥', '＞＝': '≥', '≤': '≤', '≦': '≤', '<=': '≤', '＜＝': '≤', '=': '=', '═': '=', '＝': '=', '>': '>', '＞': '>', '<': '<', '＜': '<', 大于等于: '≥', 小于等于: '≤', 等于: '=', 大于: '>', 小于: '<', 正向: '≥', 反向: '≤' };

/** 指标性质 + 指标值 + 度量单位 → one target (≥ 95 % → ≥95%); a value already carrying its operator or unit keeps it. */
export function joinTarget(op: string, value: string, unit: string): string {
  const v = value.trim();
  if (!v) return '';
  const numeric = /^[+-]?\d[\d,，]*(\.\d+)?$/.test(v);
  const sign = OPS[op.trim()] ?? '';
  const hasOp = /^[=＝═≥≤≧≦><±]|^(不低于|不高于|不少于|不超过|大于|小于|等于)/.test(v);
  const u = unit.trim();
  return `${hasOp ? '' : sign}${v}${numeric && u && !v.endsWith(u) ? u : ''}`;
}

/** The row read by the layout's columns, or null when it does not fill them (shifted, or spaces). */
export function alignedRow(row: Row, layout: Layout | undefined): AlignedRow | null {
  if (!row.tabbed || !layout) return null;
  const { l1, l2, l3, h1, fy } = layout;
  if (l1 === undefined || l2 === undefined || l3 === undefined || fy === undefined) return null;
  const known = new Set([l1, l2, l3, h1, fy, layout.op, layout.unit, layout.actual, layout.reason, ...(layout.ignored ?? [])]);
  const at = (col: number | undefined) => (col === undefined ? undefined : row.cells.find((c) => c.col === col));
  const level3 = at(l3);
  const half = at(h1);
  const full = at(fy);
  if (!level3 || !(full || half)) return null;
  if (row.cells.some((c) => !known.has(c.col))) return null;
  const lead = row.cells.filter((c) => c.col === l1 || c.col === l2).sort((a, b) => a.col - b.col);
  // Without a 全年 value the row could also be one shifted left by a page break (成本指标 | 项目总成本 |
  // ≤116万元 | ≤116万元): only category names in the 一级/二级 columns confirm the columns.
  // and a 三级 cell that is not itself a value (决策 | 项目立项 | 充分 | 充分 lacks its 三级).
  if (!full && (!lead.every((c) => isLevelName(c.key)) || level3.text === half!.text || VALUE.test(level3.text))) return null;
  const op = at(layout.op)?.text ?? '';
  const unit = at(layout.unit)?.text ?? '';
  const aligned: AlignedRow = { lead, level3, targetH1: half ? joinTarget(op, half.text, unit) : '', targetFY: full ? joinTarget(op, full.text, unit) : '' };
  if (layout.actual !== undefined) aligned.actual = joinTarget('', at(layout.actual)?.text ?? '', unit);
  if (layout.reason !== undefined) aligned.reason = at(layout.reason)?.text ?? '';
  return aligned;
}
