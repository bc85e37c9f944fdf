// Shared by the actuals and spend readers: required-column check and project lookup by
// 项目编号 or 项目名称 (年度, else the row's date year, separates same-named projects).
import { resolveProject, type DatasetIndex, type Resolved } from '../../domain/resolve';
import type { Problem, Project } from '../../domain/types';
import { problem } from '../problems';
import { parseDate, type Parsed } from '../values';
import { ownText } from './ownText';
import type { IsoDate } from '../../domain/types';
import { headerLabel } from './header';
import type { CsvHeader, CsvRow } from './parse';

/** Each entry is a set of alternatives (`project|projectId`); returns false and reports when one is missing. */
export function hasColumns(table: CsvHeader, required: string[], kind: string, problems: Problem[]): boolean {
  const missing = required.filter((alts) => !alts.split('|').some((f) => table.headers.has(f)));
  if (missing.length === 0) return true;
  const names = missing.map((alts) => alts.split('|').map((f) => `“${headerLabel(f)}”`).join('或')).join('、');
  problems.push(problem('csv-missing-column', `${kind}缺少列 ${names}，文件未导入`, { file: table.file, row: 1 }));
  return false;
}

export function rowProject(ix: DatasetIndex, row: CsvRow, dateYear: number | null): Resolved<Project> {
  const v = row.values;
  const year = /^\d{4}/.exec(v.year ?? '');
  return resolveProject(ix, { id: v.projectId || undefined, name: v.project, year: year ? Number(year[0]) : dateYear });
}

/** The header as written for a field, so a message names the column the user sees. */
export const fieldName = (table: CsvHeader, field: string) => table.headers.get(field) ?? headerLabel(field);

export function rowProblem(table: CsvHeader, row: CsvRow, field: string, code: string, what: string, projectId?: string): Problem {
  return problem(code, what, { file: table.file, row: row.line, field: fieldName(table, field) }, 'error', projectId);
}

/**
 * parseDate for one file's rows: a file repeats a handful of dates (quarter ends) on 600,000 rows,
 * so each text is read once (parseDate is pure) and the rows share one string per date. Forgets
 * past a few thousand texts, so that a file of many dates does not grow it without end.
 */
export function dateReader(): (text: string) => Parsed<IsoDate> {
  const seen = new Map<string, Parsed<IsoDate>>();
  return (text) => {
    let parsed = seen.get(text);
    if (parsed === undefined) {
      if (seen.size >= 4096) seen.clear();
      // Its own copy as the key: a long cell is a view that would keep its file's text alive (./ownText).
      seen.set(ownText(text), (parsed = parseDate(text)));
    }
    return parsed;
  };
}
