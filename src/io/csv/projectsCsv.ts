// Projects CSV → projects and indicators. One row per 三级 indicator with the project columns
// repeated; a row with 支出项目 (and 半年（程）计划执行数 / 全年（程）预算数) adds an expenditure
// line; 收入 sources (一般公共预算资金 …) may be columns of their own. Rows of one project are
// grouped by 项目编号, or by 年度 + 主管部门 + 项目名称 (the stable id). Blank project cells, and
// a blank 一级指标 (then also a blank 二级), mean "same as the row above" (merged cells exported
// from Excel). A row naming only 一级/二级 is a category header (成本指标 with no 三级).
// Row by row (projectRows, as loading streams a file) or a whole table (readProjectsCsv).
import { indicatorId, projectId } from '../../domain/ids';
import type { Indicator, Problem, Project, Severity } from '../../domain/types';
import { modelOf, quoted } from '../../domain/labels';
import { problem } from '../problems';
import { parseAmount, parseNumber, parseYear, type Parsed } from '../values';
import type { CsvHeader, CsvRow, CsvTable } from './parse';
import { sameCellsIn, writtenCell } from './rowValues';
import { ownText, Strings } from './ownText';

export interface ProjectsCsvResult {
  projects: Project[];
  indicators: Indicator[];
  problems: Problem[];
}

const TEXT_FIELDS = ['department', 'unit', 'type', 'level', 'contact'] as const;
/** Every column project() and fill() read (with the 收入 sources). */
const PROJECT_FIELDS = ['year', 'projectId', 'project', ...TEXT_FIELDS, 'startYear', 'endYear', 'fundsTotal'];

export function readProjectsCsv(table: CsvTable): ProjectsCsvResult {
  const reader = projectRows(table);
  for (const row of table.rows) reader.row(row);
  return reader.result();
}

/** A reader fed one row at a time; `result()` after the last row (the CSV problems of `table` first, then the rows'). */
export function projectRows(table: CsvHeader): { row(row: CsvRow): void; result(): ProjectsCsvResult } {
  const reader = new Reader(table);
  return { row: (row) => reader.row(row), result: () => ({ ...reader.out, problems: [...table.problems, ...reader.out.problems] }) };
}

/** An indicator path (一级, 二级) seen with a 三级 name in a project, and how many rows gave it. */
interface Path { level1: string; level2: string; count: number }

class Reader {
  readonly out: ProjectsCsvResult = { projects: [], indicators: [], problems: [] };
  /** Kept cells as strings of their own, once per distinct value (./ownText). */
  private strings = new Strings();
  private byId = new Map<string, Project>();
  /** Project id → 三级 name → the (一级, 二级) paths seen with it and how often: no key string per row (~300,000). */
  private occurrences = new Map<string, Map<string, Path | Path[]>>();
  private namesOf: string | undefined;
  private names: Map<string, Path | Path[]> | undefined;
  /** 指标编号 given in the file, per project, to catch a repeated one (across projects, io/merge scopes it). */
  private indicatorIds = new Map<string, Set<string>>();
  private sourceFields: { field: string; source: string }[] | undefined;
  private last: Project | undefined;
  /** Project id → the name cells as written so far. */
  private spellings = new Map<string, Set<string>>();
  private carry = { level1: '', level2: '' };
  private lastParsed = new Map<string, { text: string; parsed: Parsed<number | null> }>();

  constructor(private table: CsvHeader) {}

  /** The previous row, when its project columns were read without a word (see row). */
  private cleanRow: CsvRow | null = null;
  private sameProject: ((a: CsvRow, b: CsvRow) => boolean) | undefined;

  row(row: CsvRow) {
    // A project's rows repeat its columns: a row whose project columns are written exactly as the
    // previous row's, which were read without a problem, belongs to the same project and changes
    // or says nothing about it (~300,000 rows at a province's size, each read for ~20 cells).
    this.sameProject ??= sameCellsIn([...PROJECT_FIELDS, ...this.sources().map((s) => s.field)]);
    let project: Project | null;
    if (this.cleanRow && this.last && this.sameProject(row, this.cleanRow)) project = this.last;
    else {
      const before = this.out.problems.length;
      project = this.project(row);
      if (project) this.fill(project, row);
      this.cleanRow = project && this.out.problems.length === before ? row : null;
    }
    if (!project) return;
    const expense = row.values.expense;
    if (expense) this.expense(project, row, expense);
    this.indicator(project, row);
  }

  /** A kept cell, once per distinct value (a bound field, not a closure per row: ~300,000 rows). */
  private own = (s: string | undefined) => this.strings.own(s ?? '');

  private report(row: CsvRow, field: string, what: string, severity: Severity = 'error') {
    const source = { file: this.table.file, row: row.line, field: this.table.headers.get(field) ?? field };
    this.out.problems.push(problem(`csv-${field}`, what, source, severity));
  }

  private read<T>(row: CsvRow, field: string, parsed: Parsed<T>): T | null {
    if (parsed.ok) return parsed.value;
    this.report(row, field, parsed.reason);
    return null;
  }

  private project(row: CsvRow): Project | null {
    // Each cell read once: a row's cells are read through getters (./rowValues).
    const { year: yearText, projectId: idText, project: nameText, department } = row.values;
    const year = this.parsed('year', yearText ?? '', parseYear);
    if (!year.ok) {
      this.report(row, 'year', `${year.reason}，此行未导入（年度决定项目编号）`);
      return null;
    }
    const last = this.last;
    const continues = !idText && (!nameText || (nameText === last?.name && !yearText && !department));
    const name = this.strings.own(nameText || (continues ? last?.name : '') || '');
    const pid = continues && last ? last.id : this.strings.own(idText || projectId(year.value, department ?? '', name));
    let project = this.byId.get(pid);
    if (!project) {
      if (!name) {
        this.report(row, 'project', '项目名称为空，此行未导入');
        return null;
      }
      project = {
        id: pid, name, year: year.value, department: '', unit: '', type: '', level: '', startYear: null, endYear: null,
        funds: { total: null, sources: {} }, expenses: [], source: { file: this.table.file, row: row.line },
      };
      this.byId.set(pid, project);
      this.out.projects.push(project);
    } else if (nameText && nameText !== project.name) {
      this.report(row, 'project', `项目编号“${pid}”在前面的行中名为“${project.name}”，采用前者`, 'warning');
    }
    this.spelling(project, row, nameText);
    if (project !== last) this.carry = { level1: '', level2: '' };
    this.last = project;
    if (year.value !== null && project.year === null) project.year = year.value;
    else if (year.value !== null && year.value !== project.year) this.conflict(row, 'year', project.year, year.value);
    return project;
  }

  /**
   * Rows whose names differ only in spaces, tabs or a leading ' (trimmed, or taken as a
   * spreadsheet's text mark) belong to one project: said once per spelling, never merged silently.
   */
  private spelling(p: Project, row: CsvRow, value: string | undefined) {
    const written = writtenCell(row, 'project') ?? value;
    if (!written) return;
    const seen = this.spellings.get(p.id);
    if (!seen) return void this.spellings.set(p.id, new Set([written]));
    if (seen.has(written)) return;
    seen.add(written);
    if (value !== p.name) return; // a different name: project() has said so
    const shown = JSON.stringify(written).slice(1, -1);
    this.report(row, 'project', `项目名称写作“${shown}”，与前面的行只差空白或引号，按同一项目${quoted(p.name)}读取`, 'warning');
  }

  /** The file's 收入 source columns, each source's name made once, not per row: a fresh key string would be hashed on every look-up. */
  private sources(): { field: string; source: string }[] {
    return (this.sourceFields ??= [...this.table.headers.keys()].filter((f) => f.startsWith('source:')).map((field) => ({ field, source: field.slice(7) })));
  }

  /** Project columns: a later row may fill blanks but not contradict earlier rows. */
  private fill(p: Project, row: CsvRow) {
    const v = row.values;
    for (const f of TEXT_FIELDS) {
      const next = v[f];
      if (!next || next === p[f]) continue;
      if (!p[f]) p[f] = this.strings.own(next);
      else this.conflict(row, f, p[f], next);
    }
    const { startYear, endYear, fundsTotal } = v;
    if (startYear) {
      const x = this.number(row, 'startYear', startYear, p.startYear, parseYear);
      if (x !== null) p.startYear = x;
    }
    if (endYear) {
      const x = this.number(row, 'endYear', endYear, p.endYear, parseYear);
      if (x !== null) p.endYear = x;
    }
    if (fundsTotal) {
      const x = this.number(row, 'fundsTotal', fundsTotal, p.funds.total, parseAmount);
      if (x !== null) p.funds.total = x;
    }
    for (const { field, source } of this.sources()) {
      const text = v[field];
      if (!text) continue;
      const current = Object.hasOwn(p.funds.sources, source) ? p.funds.sources[source] : null;
      const x = this.number(row, field, text, current, parseAmount);
      // defineProperty: a source name is data, and one called __proto__ must not set the prototype.
      if (x !== null) Object.defineProperty(p.funds.sources, source, { value: x, enumerable: true, writable: true, configurable: true });
    }
  }

  /** A number cell (not blank) of a project column: the value to set when the project has none yet, else null (a contradiction said). */
  private number(row: CsvRow, field: string, text: string, current: number | null, parse: (s: string) => Parsed<number | null>): number | null {
    const next = this.read(row, field, this.parsed(field, text, parse));
    if (next === null || next === current) return null;
    if (current === null) return next;
    this.conflict(row, field, current, next);
    return null;
  }

  /**
   * A cell parsed, or its field's last cell's reading when the text is the same: the rows of a
   * project repeat its year and amounts (~30 rows each: 3 M parses at 10,000 projects), and the
   * parsers are pure, so the same text reads the same (a bad one is still said on every row).
   */
  private parsed(field: string, text: string, parse: (s: string) => Parsed<number | null>): Parsed<number | null> {
    const last = this.lastParsed.get(field);
    if (last?.text === text) return last.parsed;
    const parsed = parse(text);
    if (last) {
      last.text = text;
      last.parsed = parsed;
    } else this.lastParsed.set(field, { text, parsed });
    return parsed;
  }

  private conflict(row: CsvRow, field: string, current: unknown, next: unknown) {
    this.report(row, field, `与同一项目前面的行不一致（“${String(current)}” / “${String(next)}”），采用前者`, 'warning');
  }

  private expense(p: Project, row: CsvRow, expense: string) {
    const name = this.strings.own(expense);
    const planH1 = this.read(row, 'planH1', parseAmount(row.values.planH1 ?? ''));
    const budgetFY = this.read(row, 'budgetFY', parseAmount(row.values.budgetFY ?? ''));
    const line = p.expenses.find((e) => e.name === name);
    if (!line) p.expenses.push({ name, planH1, budgetFY });
    else if ((planH1 !== null && planH1 !== line.planH1) || (budgetFY !== null && budgetFY !== line.budgetFY)) {
      this.report(row, 'expense', `支出项目“${name}”在前面的行中金额不同，采用前者`, 'warning');
    }
  }

  /** How many rows of this project had this indicator path before (0 for the first). */
  private occurrence(projectIdValue: string, level1: string, level2: string, level3: string): number {
    // The last project's names: its rows come together (one Map look-up per project, not per row).
    if (projectIdValue !== this.namesOf) {
      this.namesOf = projectIdValue;
      let names = this.occurrences.get(projectIdValue);
      if (!names) this.occurrences.set(projectIdValue, (names = new Map()));
      this.names = names;
    }
    const names = this.names!;
    // One path per 三级 name almost always: kept as itself, a list only when a second path comes (no array per indicator).
    const paths = names.get(level3);
    if (!paths) {
      names.set(level3, { level1, level2, count: 1 });
      return 0;
    }
    if (!Array.isArray(paths)) {
      if (paths.level1 === level1 && paths.level2 === level2) return paths.count++;
      names.set(level3, [paths, { level1, level2, count: 1 }]);
      return 0;
    }
    for (const path of paths) if (path.level1 === level1 && path.level2 === level2) return path.count++;
    paths.push({ level1, level2, count: 1 });
    return 0;
  }

  private indicator(p: Project, row: CsvRow) {
    const { level1: level1Text, level2: level2Text, level3: level3Text, targetH1, targetFY, indicatorId: idText, model, weight: weightText } = row.values;
    const own = this.own;
    let level1 = own(level1Text);
    let level2 = own(level2Text);
    if (!level1) [level1, level2] = [this.carry.level1, level2 || this.carry.level2];
    if ((level1 || level2) && (level1 !== this.carry.level1 || level2 !== this.carry.level2)) this.carry = { level1, level2 };
    const level3 = own(level3Text);
    if (!level3) {
      if (targetH1 || targetFY) this.report(row, 'level3', '有指标值但三级指标为空，此行的指标未导入');
      return;
    }
    const occurrence = this.occurrence(p.id, level1, level2, level3);
    // Computed ids are unique by construction (the occurrence counter); given ones are checked.
    const id = idText ? ownText(idText) : indicatorId(p.id, level1, level2, level3, occurrence);
    if (idText) {
      let ids = this.indicatorIds.get(p.id);
      if (!ids) this.indicatorIds.set(p.id, (ids = new Set()));
      if (ids.has(id)) {
        this.report(row, 'indicatorId', `项目“${p.name}”中指标编号“${id}”重复，此行的指标未导入`);
        return;
      }
      ids.add(id);
    }
    const indicator: Indicator = {
      id, projectId: p.id, level1, level2, level3, targetH1: own(targetH1), targetFY: own(targetFY), source: { file: this.table.file, row: row.line },
    };
    if (model) {
      const known = modelOf(model.toLowerCase());
      if (known) indicator.model = known;
      else this.report(row, 'model', `进度模型“${model}”无法识别（应为 进度型 或 水平型），按默认规则判断`);
    }
    const weight = weightText ? this.read(row, 'weight', parseNumber(weightText)) : null;
    if (weight !== null) indicator.weight = weight;
    this.out.indicators.push(indicator);
  }
}
