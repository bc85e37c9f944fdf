// Importer for the raw text of 项目预算绩效目标表 (domain.md §1): one or many tables in one text,
// as extracted from the official forms. Accepts any number of projects, each opened by its
// 项目名称 row, or a department's list of projects in one table (./list: 单位(专项)名称 | 资金总额 |
// 实施期绩效目标 | 一级指标 …, each project opened by its named row); header facts, long texts, the funds block (also as HTML `<table>`) and the
// indicator block in the order the form has them or shuffled by page breaks; repeated page headers
// (…省…项目预算绩效目标表, 2024年度, page numbers) anywhere; tabs or runs of spaces between cells;
// CRLF. Rows are dispatched by their own words (labels of the form), then by the block they are in.
// Every row ends up in a record or in a problem with its line number; bad data never throws.
import type { Actual, Indicator, Problem, Project } from '../../domain/types';
import { Ctx, newDraft, quote } from './context';
import { furniture, isIndicatorTitle, TABLE_TITLE, titleRole, YUAN } from './vocabulary';
import type { Row } from './lines';
import { rowFromCells, splitLines, tableRows, toRow, withoutTables } from './lines';
import { appendText, factKeyOf, readFacts, readText, splitLabelled, textKeyOf } from './header';
import { isFundsRow, markYuan, readFunds } from './funds';
import { isTitleRow, readIndicatorRow, startsWithLevel1 } from './indicators';
import { finishProject, type UsedIds } from './project';
import { layoutFrom } from './columns';
import { addListCell, listLayoutFrom, listParts, startListProject, type ListLayout } from './list';

export interface RawTableResult {
  projects: Project[];
  indicators: Indicator[];
  /** A 自评表's 实际完成值, dated 31 December of its year. */
  actuals: Actual[];
  problems: Problem[];
}

/** A table spread over more lines than this is not one table but a missing `</table>`. */
const MAX_TABLE_LINES = 500;

export function importRawTables(text: string, fileName: string): RawTableResult {
  const ctx = new Ctx(fileName);
  const result: RawTableResult = { projects: [], indicators: [], actuals: [], problems: ctx.problems };
  try {
    new Importer(ctx, result).run(String(text ?? ''));
  } catch (e) {
    // Safety net only: a bug must not lose the whole file for the user. Tests assert it never fires.
    ctx.problems.push({
      severity: 'error',
      code: 'internal-error',
      message: `${fileName}：导入时出现内部错误（${e instanceof Error ? e.message : String(e)}），结果可能不完整`,
      source: { file: fileName },
    });
  }
  return result;
}

/** True when the text has the form's structure: its title, or a 项目名称 row and an indicator title row. */
export function looksLikeRawTable(text: string): boolean {
  let name = false;
  let indicators = false;
  for (const line of splitLines(String(text ?? ''))) {
    if (!line.trim()) continue;
    const row = toRow(line, 0);
    if (row.cells.length === 1 && /项目(预算|支出)?绩效(目标(申报|填报|批复)?|自评)表$/.test(row.cells[0].key)) return true;
    const first = (row.cells[0]?.key ?? '');
    // 项目名称 | <a value>, not a column header such as 项目名称 | 一级指标 | … of a TSV export.
    if (first === '项目名称' && row.cells.length >= 2 && !isIndicatorTitle(row.cells[1].key)) name = true;
    if (isTitleRow(row) && row.cells.some((c) => titleRole(c.key) === 'l1') && row.cells.some((c) => titleRole(c.key) === 'l3')) indicators = true;
    if (listLayoutFrom(row)) return true;
    if (name && indicators) return true;
  }
  return false;
}

class Importer {
  private pendingYear: number | null = null;
  /** Said above the next 项目名称: amounts in 元 (金额单位：元), a 自评表 title. */
  private pendingYuan: number | null = null;
  private pendingSelf = false;
  private readonly usedIds: UsedIds = new Map();
  /** A department's list of projects (./list): its columns, the unit heading over the rows, a 部门 said above it. */
  private list: ListLayout | null = null;
  private listUnit: string | null = null;
  private listSelf = false;
  private department: { value: string; line: number } | null = null;
  /** A named list row without indicators: a project if indicator rows follow, else a unit heading. */
  private held: Row | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly result: RawTableResult,
  ) {}

  run(text: string): void {
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i];
      if (!raw.trim()) continue;
      const row = toRow(raw, i + 1);
      if (/<table\b/i.test(raw) && !(row.cells[0] && textKeyOf(row.cells[0]))) {
        const end = this.tableEnd(lines, i);
        if (end >= 0) {
          this.readTable(lines.slice(i, end + 1).join('\n'), i + 1, end + 1);
          i = end;
          continue;
        }
        this.ctx.report('html-table-unclosed', 'warning', i + 1, 'HTML 表格没有结束标记 </table>，按普通文本行读取');
      }
      this.handle(row);
    }
    this.finish();
    this.ctx.draft = null;
  }

  private tableEnd(lines: string[], start: number): number {
    for (let j = start; j < lines.length && j - start < MAX_TABLE_LINES; j++) if (/<\/table\s*>/i.test(lines[j])) return j;
    return -1;
  }

  /** Each `<tr>` is a row of its own; text around the table (its echo as cells) follows it. */
  private readTable(html: string, firstLine: number, lastLine: number): void {
    for (const cells of tableRows(html)) this.handle(rowFromCells(cells, firstLine));
    const rest = withoutTables(html).split('\n');
    rest.forEach((part, k) => {
      if (part.trim()) this.handle(toRow(part, k === rest.length - 1 ? lastLine : firstLine + k));
    });
  }

  private handle(filed: Row): void {
    if (filed.cells.length === 0) return;
    const row = splitLabelled(filed);
    const { ctx } = this;
    const first = row.cells[0];
    const yuan = row.cells.some((c) => YUAN.test(c.key)) && row.cells.every((c) => YUAN.test(c.key) || furniture(c.key));
    if (yuan) {
      if (ctx.draft && ctx.draft.section !== 'indicators') markYuan(ctx.draft, row.line);
      else this.pendingYuan = row.line;
      return;
    }
    const pages = row.cells.map((c) => furniture(c.key));
    if (pages.every((page) => page !== null)) {
      if (row.cells.some((c) => TABLE_TITLE.test(c.key) && /自评表/.test(c.key))) this.pendingSelf = true;
      for (const page of pages) {
        if (page?.year == null) continue;
        this.pendingYear = page.year;
        if (ctx.draft && ctx.draft.year === null) ctx.draft.year = page.year;
      }
      return;
    }
    const list = listLayoutFrom(row);
    if (list) return this.openList(list);
    if (this.list && !row.cells.some((c) => factKeyOf(c) === 'name')) return this.listRow(row);
    if (row.cells.some((c) => factKeyOf(c) === 'name')) {
      this.finish();
      this.list = null;
      ctx.draft = newDraft(row.line, this.pendingYear);
      if (this.pendingYuan !== null) markYuan(ctx.draft, this.pendingYuan);
      if (this.pendingSelf) ctx.draft.selfAssessment = true;
      [this.pendingYuan, this.pendingSelf] = [null, false];
      readFacts(row, ctx.draft, ctx);
      return;
    }
    const draft = ctx.draft;
    if (!draft && factKeyOf(first) === 'department' && row.cells.length === 2) {
      // 部门名称：某市教育局 above a list of the department's projects.
      this.department = { value: row.cells[1].text, line: row.line };
      return;
    }
    if (!draft) {
      ctx.report('outside-project', 'error', row.line, `无法识别的行${quote(row.raw)}（不在任何“项目名称”之下），未导入`);
      return;
    }
    const lastText = draft.lastText;
    draft.lastText = undefined;
    if (factKeyOf(first)) {
      draft.section = 'header';
      readFacts(row, draft, ctx);
    } else if (textKeyOf(first)) {
      draft.section = 'header';
      readText(row, first, draft);
    } else if (isTitleRow(row)) {
      const continued = draft.section === 'indicators';
      if (!continued) [draft.level1, draft.level2, draft.family] = ['', '', undefined];
      draft.layout = layoutFrom(row, continued ? draft.layout : undefined);
      draft.section = 'indicators';
    } else if (draft.section === 'indicators' && !isFundsRow(row)) {
      readIndicatorRow(row, draft, ctx);
    } else if (isFundsRow(row) || (draft.section === 'funds' && !startsWithLevel1(row))) {
      draft.section = 'funds';
      readFunds(row, draft, ctx);
    } else if (lastText && draft.section === 'header' && row.cells.length === 1) {
      draft.lastText = lastText;
      appendText(row, draft);
    } else if (startsWithLevel1(row)) {
      draft.section = 'indicators';
      readIndicatorRow(row, draft, ctx);
    } else {
      ctx.report('unknown-line', 'error', row.line, `无法识别的行${quote(row.raw)}，未导入`);
    }
  }

  private openList(list: ListLayout): void {
    // The title repeated after a page break: the project goes on.
    if (this.list && this.list.name === list.name && this.list.indicatorsFrom === list.indicatorsFrom) return;
    this.finish();
    if (this.pendingYuan !== null) list.yuanLine ??= this.pendingYuan;
    this.listSelf = this.pendingSelf;
    [this.list, this.listUnit, this.pendingYuan, this.pendingSelf] = [list, null, null, false];
  }

  private listRow(row: Row): void {
    const list = this.list!;
    const { ctx } = this;
    const parts = listParts(row, list);
    const held = this.held;
    this.held = null;
    if (parts.name) {
      // The named row before had nothing under it: a unit heading over the projects that follow.
      if (held) this.listUnit = listParts(held, list).name!.text;
      this.finish();
      const bare = parts.listCells.every((c) => c.col === list.total || c.col === list.unit);
      if (!parts.indicators.cells.length && bare) return void (this.held = row);
      this.openListProject(row);
    } else if (held) this.openListProject(held);
    const draft = ctx.draft;
    if (!draft) return void ctx.report('outside-project', 'error', row.line, `无法识别的行${quote(row.raw)}（列表中此行之前没有项目名称），未导入`);
    if (!parts.name) for (const c of parts.listCells) addListCell(draft, c, list, row, ctx);
    if (parts.indicators.cells.length) readIndicatorRow(parts.indicators, draft, ctx);
  }

  private openListProject(row: Row): void {
    const list = this.list!;
    const { name, listCells } = listParts(row, list);
    const draft = (this.ctx.draft = newDraft(row.line, this.pendingYear));
    if (list.yuanLine !== undefined) markYuan(draft, list.yuanLine);
    if (this.department) draft.facts.department = { ...this.department };
    if (this.listSelf) draft.selfAssessment = true;
    startListProject(draft, name!, listCells, list, row, this.ctx, this.listUnit);
  }

  private finish(): void {
    // A named list row left without indicator rows at the end is a project without indicators (reported so).
    const held = this.held;
    if (held) {
      this.held = null;
      this.finish();
      this.openListProject(held);
    }
    const draft = this.ctx.draft;
    if (!draft) return;
    if (draft.openHeader) {
      const what = `表格在${quote(draft.openHeader.text)}之后结束，其下没有三级指标：这一行可能不完整（文件被截断？），请核对`;
      this.ctx.report('truncated-table', 'warning', draft.openHeader.line, what);
    }
    const { project, indicators, actuals } = finishProject(draft, this.ctx, this.usedIds);
    this.result.projects.push(project);
    for (const ind of indicators) this.result.indicators.push(ind);
    for (const a of actuals) this.result.actuals.push(a);
    this.ctx.draft = null;
  }
}
