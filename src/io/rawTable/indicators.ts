// Rows of the indicator block (一级指标 | 二级指标 | 三级指标 | 半年（程）指标值 | 全年（程）指标值).
// Accepts rows as the extraction leaves them: blank 一级/二级 cells meaning "as above"; rows shifted
// by a page break so that they start at the 二级 or 三级 cell (also with blank cells between the
// name and its values); empty category rows (成本指标, 生态效益 with no 三级: headers, not
// indicators); a 二级 filed under the wrong carried-down 一级 (数量指标 after 过程 → 产出指标);
// a bare 三级 under a 一级 (成本指标 | 项目总成本 | ≤116万元: 二级 is blank); a missing 半年 or
// 全年 value. A row that fills the title's columns is read by column (columns.ts); any other row
// from its non-empty cells: the last two are the values, the one before is the 三级, the leading
// ones are 一级/二级, told apart by the standard names or, for other names, by their column. A row
// that fits none of these shapes is reported, not guessed — so is a row shifted by a page break
// whose one unknown name could be 一级 or 二级, and the rows below that carry it down.
import type { Cell, Row } from './lines';
import type { Ctx, Draft } from './context';
import { quote } from './context';
import { isIndicatorTitle, isLevelName, level1Family, level2Family, looksLikeTarget } from './vocabulary';
import { alignedRow, type AlignedRow } from './columns';

const PRODUCT = '产出指标';

/** The block's column-title row (also when repeated after a page break). */
export function isTitleRow(row: Row): boolean {
  return row.cells.length >= 2 && row.cells.every((c) => isIndicatorTitle(c.key));
}

/** A row that opens with a standard 一级 name: the indicator block started without its title row. */
export function startsWithLevel1(row: Row): boolean {
  return row.cells.length > 0 && level1Family(row.cells[0].key) !== undefined;
}

export function readIndicatorRow(row: Row, draft: Draft, ctx: Ctx): void {
  const aligned = alignedRow(row, draft.layout);
  if (aligned) return readAlignedRow(aligned, row, draft, ctx);
  const cells = row.cells;
  const n = cells.length;
  if (n >= 3) return readValueRow(row, draft, ctx);
  const [a, b] = cells;
  const ka = a.key;
  if (n === 1) {
    if (isLevelName(ka)) return void applyLead([a], row, draft, ctx);
    if (/^(注|备注|说明|填表说明)\d*[:：]/.test(ka)) {
      ctx.report('note-line', 'warning', row.line, `说明文字${quote(a.text)}，不是指标，未导入`);
      return;
    }
    if (!looksLikeTarget(a.text) && a.col <= 2) {
      if (a.col === 2) {
        if (applyLead([], row, draft, ctx)) addIndicator(a, [], row, draft, ctx);
        return;
      }
      const what = a.col === 0 ? '一级' : '二级';
      ctx.report('unknown-level', 'warning', row.line, `未知的${what}指标${quote(a.text)}，按所在列作为${what}指标（本行无三级指标）`);
      return void applyLead([a], row, draft, ctx);
    }
    return unplaceable(row, ctx);
  }
  const kb = b.key;
  if (isLevelName(ka) && (isLevelName(kb) || (!looksLikeTarget(b.text) && b.col <= 1 && resolvesToLevel1(a, draft)))) {
    // category header: 效益指标 | 经济效益. One with an unknown 二级 and nothing under it may be a cut line (产出指标 | 数).
    if (applyLead([a, b], row, draft, ctx) && !isLevelName(kb)) draft.openHeader = { line: row.line, text: `${a.text} | ${b.text}` };
    return;
  }
  if (isLevelName(ka) && !looksLikeTarget(b.text)) {
    if (applyLead([a], row, draft, ctx)) addIndicator(b, [], row, draft, ctx);
    return;
  }
  if (!isLevelName(ka) && !looksLikeTarget(a.text) && looksLikeTarget(b.text)) {
    if (applyLead([], row, draft, ctx)) addIndicator(a, [b], row, draft, ctx);
    return;
  }
  unplaceable(row, ctx);
}

/** A row that fills the title's columns: each cell is what its column says. */
function readAlignedRow(aligned: AlignedRow, row: Row, draft: Draft, ctx: Ctx): void {
  const { lead, level3 } = aligned;
  // 过程 in the 三级 column of a row without its own 一级 and 二级 is a misplaced category, not a 三级.
  if (lead.length < 2 && level1Family(level3.key)) return missingLevel3(lead, level3, row, draft, ctx);
  if (applyLead(lead, row, draft, ctx)) pushIndicator(level3, aligned.targetH1, aligned.targetFY, row, draft, ctx, aligned);
}

/** Rows with a 三级 and its values: […lead, 三级, 半年, 全年], or one value when the shape says so. */
function readValueRow(row: Row, draft: Draft, ctx: Ctx): void {
  const cells = row.cells;
  const n = cells.length;
  // 一级 | 二级 | 三级 with both values blank (or the 三级 text went on to the next line).
  const valueless = n <= 3 && cells.slice(0, n - 1).every((c) => isLevelName(c.key)) && !isLevelName(cells[n - 1].key) && !looksLikeTarget(cells[n - 1].text);
  const cut = valueless ? n - 1 : isSingleValueShape(cells) ? n - 2 : n - 3;
  const lead = cells.slice(0, cut);
  const level3 = cells[cut];
  if (lead.length > 2) return unplaceable(row, ctx);
  const k3 = level3.key;
  const leadIsLevel1Only = lead.length === 1 && resolvesToLevel1(lead[0], draft);
  if (level1Family(k3) || (leadIsLevel1Only && level2Family(k3))) return missingLevel3(lead, level3, row, draft, ctx);
  if (lead.length === 1 && isShifted(row, level3, draft) && !isLevelName(lead[0].key)) {
    // Page break: 一级 | (blank 二级) | 三级 and (blank 一级) | 二级 | 三级 both lose the blank.
    draft.unplacedLevels = row.line;
    ctx.report('ambiguous-level', 'error', row.line, `无法判断${quote(lead[0].text)}是一级还是二级指标（本行因分页错位），本行${quote(row.cells.map((c) => c.text).join(' | '), 60)}未导入`);
    return;
  }
  if (applyLead(lead, row, draft, ctx)) addIndicator(level3, cells.slice(cut + 1), row, draft, ctx);
}

/** The 三级 is not in the title's 三级 column: the row was shifted by a page break. */
function isShifted(row: Row, level3: Cell, draft: Draft): boolean {
  return row.tabbed && draft.layout?.l3 !== undefined && level3.col !== draft.layout.l3;
}

/** The row names categories where its 三级 should be: reported; the categories still hold for the rows below. */
function missingLevel3(lead: Cell[], level3: Cell, row: Row, draft: Draft, ctx: Ctx): void {
  ctx.report('missing-level3', 'error', row.line, `缺少三级指标：${quote(level3.text)}是一级/二级指标名称，本行${quote(row.cells.map((c) => c.text).join(' | '), 60)}未导入`);
  if (lead.length < 2 && lead.every((c) => isLevelName(c.key))) applyLead([...lead, level3], row, draft, ctx);
}

/** […一级/二级 names, 三级, one value]: the cell before the value is a name, not a second value. */
function isSingleValueShape(cells: Cell[]): boolean {
  const n = cells.length;
  const [name, value] = [cells[n - 2], cells[n - 1]];
  if (n - 2 > 2 || name.text === value.text || looksLikeTarget(name.text) || !looksLikeTarget(value.text)) return false;
  return cells.slice(0, n - 2).every((c) => isLevelName(c.key));
}

/** 成本指标 is a 一级 in the 一级 column or outside 产出指标, else a 二级 of 产出指标. */
function resolvesToLevel1(cell: Cell, draft: Draft): boolean {
  const key = cell.key;
  const l1 = level1Family(key) !== undefined;
  const l2 = level2Family(key) !== undefined;
  if (l1 && l2) return cell.col === 0 || draft.family !== PRODUCT;
  if (l1 || l2) return l1;
  return cell.col === 0;
}

/** Sets 一级/二级 from the leading cells; false (and a problem) when the row cannot be placed. */
function applyLead(lead: Cell[], row: Row, draft: Draft, ctx: Ctx): boolean {
  if (lead.length === 2) {
    const [a, b] = lead;
    const ka = a.key;
    const kb = b.key;
    const aOnlyLevel2 = level2Family(ka) !== undefined && level1Family(ka) === undefined;
    const bOnlyLevel1 = level1Family(kb) !== undefined && level2Family(kb) === undefined;
    if (aOnlyLevel2 || bOnlyLevel1) {
      unplaceable(row, ctx);
      return false;
    }
    setLevel1(a, draft);
    const usual = level2Family(kb);
    if (usual && draft.family && usual !== draft.family)
      ctx.report('level-mismatch', 'warning', row.line, `二级指标${quote(b.text)}通常属于“${usual}”，此处按表中所填归入${quote(a.text)}`);
    draft.level2 = b.text;
    return true;
  }
  if (lead.length === 1) {
    if (resolvesToLevel1(lead[0], draft)) {
      setLevel1(lead[0], draft);
      return true;
    }
    return setLevel2(lead[0], row, draft, ctx);
  }
  if (draft.unplacedLevels !== undefined) {
    ctx.report('ambiguous-level', 'error', row.line, `无法确定一级/二级指标：本行沿用第${draft.unplacedLevels}行的指标层级，而该行无法判断，本行${quote(row.cells.map((c) => c.text).join(' | '), 60)}未导入`);
    return false;
  }
  if (!draft.level1) {
    ctx.report('no-level1', 'error', row.line, `无法确定一级指标：本行${quote(row.cells.map((c) => c.text).join(' | '), 60)}之前没有一级指标，未导入`);
    return false;
  }
  return true;
}

function setLevel1(cell: Cell, draft: Draft): void {
  draft.unplacedLevels = undefined;
  draft.level1 = cell.text;
  draft.level2 = '';
  draft.family = level1Family(cell.key);
  draft.impliedFamily = undefined;
  if (draft.family && !draft.filedLevel1.has(draft.family)) draft.filedLevel1.set(draft.family, cell.text);
}

/** A 二级 alone: under its usual 一级 when the carried-down 一级 is another standard one. */
function setLevel2(cell: Cell, row: Row, draft: Draft, ctx: Ctx): boolean {
  const usual = level2Family(cell.key);
  if (usual && usual !== draft.family && (draft.family !== undefined || !draft.level1)) {
    draft.level1 = draft.filedLevel1.get(usual) ?? usual;
    draft.family = usual;
    draft.impliedFamily = usual;
  }
  if (usual) draft.unplacedLevels = undefined;
  if (draft.unplacedLevels !== undefined) {
    ctx.report('ambiguous-level', 'error', row.line, `无法确定二级指标${quote(cell.text)}所属的一级指标（第${draft.unplacedLevels}行无法判断），本行未导入`);
    return false;
  }
  if (!draft.level1) {
    ctx.report('no-level1', 'error', row.line, `无法确定二级指标${quote(cell.text)}所属的一级指标，本行未导入`);
    return false;
  }
  draft.level2 = cell.text;
  return true;
}

function addIndicator(level3: Cell, values: Cell[], row: Row, draft: Draft, ctx: Ctx): void {
  if (values.length !== 1) return pushIndicator(level3, values[0]?.text ?? '', values[1]?.text ?? '', row, draft, ctx);
  // One value: the 半年 column when it sits there in an unshifted row, else 全年.
  const h1Column = row.tabbed && level3.col === (draft.layout?.l3 ?? 2) && values[0].col === (draft.layout?.h1 ?? 3);
  pushIndicator(level3, h1Column ? values[0].text : '', h1Column ? '' : values[0].text, row, draft, ctx);
}

function pushIndicator(level3: Cell, targetH1: string, targetFY: string, row: Row, draft: Draft, ctx: Ctx, selfAssessed?: Pick<AlignedRow, 'actual' | 'reason'>): void {
  // A table with only a year target column (年度指标值, 指标值 …) is normal (domain.md §1): no 半年 is missing.
  const yearOnly = draft.layout?.fy !== undefined && draft.layout.h1 === undefined;
  if (!targetH1 && !targetFY) ctx.report('missing-target', 'warning', row.line, yearOnly ? `三级指标${quote(level3.text)}没有指标值` : `三级指标${quote(level3.text)}没有半年和全年指标值`);
  else if (targetH1 && !targetFY) ctx.report('missing-target', 'warning', row.line, `三级指标${quote(level3.text)}缺少全年（程）指标值`);
  else if (!targetH1 && !yearOnly) draft.noH1.push(ctx.report('missing-target', 'warning', row.line, `三级指标${quote(level3.text)}缺少半年（程）指标值`));
  // A long 三级 name the extraction broke over two lines looks like a valueless row and a carried-down
  // one: joining them would be a guess, so both are kept and the pair is named.
  const prev = draft.indicators[draft.indicators.length - 1];
  if ((targetH1 || targetFY) && row.cells[0] === level3 && prev && prev.line === row.line - 1 && !prev.targetH1 && !prev.targetFY && prev.level2 === draft.level2)
    ctx.report('split-level3', 'warning', row.line, `三级指标${quote(level3.text)}紧接在没有指标值的第${prev.line}行${quote(prev.level3)}之后，可能是同一指标名称分成了两行；已按两项导入，请核对`);
  draft.openHeader = undefined;
  draft.indicators.push({
    level1: draft.level1,
    level2: draft.level2,
    level3: level3.text,
    targetH1,
    targetFY,
    line: row.line,
    impliedFamily: draft.impliedFamily,
    ...(selfAssessed?.actual ? { actual: selfAssessed.actual, reason: selfAssessed.reason || undefined } : {}),
  });
}

function unplaceable(row: Row, ctx: Ctx): void {
  const text = row.cells.map((c) => c.text).join(' | ');
  ctx.report('unknown-indicator-row', 'error', row.line, `无法识别的指标行${quote(text, 60)}，未导入`);
}
