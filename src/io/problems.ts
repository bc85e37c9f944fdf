// Problem builders for the readers: every message starts by naming the file, the row (CSV: line
// in the file, header = line 1) and the field, so a user can find the cell to fix.
import type { Problem, Severity, SourceRef } from '../domain/types';

export function where(file: string, row?: number, field?: string): string {
  return file + (row !== undefined ? ` 第${row}行` : '') + (field ? `「${field}」` : '');
}

export function problem(
  code: string,
  what: string,
  source: SourceRef,
  severity: Severity = 'error',
  projectId?: string,
): Problem {
  const p: Problem = { severity, code, message: `${where(source.file, source.row, source.field)}：${what}`, source };
  if (projectId) p.projectId = projectId;
  return p;
}
