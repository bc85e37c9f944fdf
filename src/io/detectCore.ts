// The content test of ./detect without the raw-table importer (see detectKindWith).
import { firstLine, guessDelimiter } from './csv/parse';
import { mapHeader } from './csv/header';
import type { FileKind } from './types';

/** detectKind with the raw-table test given: the app loads the raw-table importer only when a file needs it. */
export function detectKindWith(text: string, looksLikeRawTable: (text: string) => boolean): FileKind {
  const start = text.trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'projects-json';
  const fields = headerFields(text);
  const has = (f: string) => fields.has(f);
  const project = has('project') || has('projectId');
  if (project && (has('level3') || has('targetH1') || has('targetFY'))) {
    if (!has('value') && !has('amount')) return 'projects-csv';
  }
  if (project && has('value') && (has('level3') || has('indicatorId'))) return 'actuals-csv';
  if (project && has('amount')) return 'spend-csv';
  if (looksLikeRawTable(text)) return 'raw-table';
  // A project list without indicators (e.g. just funds and 支出 lines) is still a projects CSV.
  const projectFields = ['year', 'department', 'unit', 'fundsTotal', 'expense', 'planH1', 'budgetFY'];
  if (project && projectFields.some(has)) return 'projects-csv';
  return 'unknown';
}

/** Canonical fields named by the first non-blank line, read as a CSV header. */
export function headerFields(text: string): Set<string> {
  const line = firstLine(text);
  const cells = line.split(guessDelimiter(line)).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  const fields = new Set<string>();
  for (const cell of cells) {
    const field = mapHeader(cell);
    if (field) fields.add(field);
  }
  return fields;
}
