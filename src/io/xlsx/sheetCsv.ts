// A worksheet of actuals or spend (the CSV formats' headers, data/README.md) → CSV text whose line
// n is the sheet's row n, so that the CSV readers' messages name the row the user sees. Rows above
// the header (a title, notes) become blank lines; a cell's own line breaks are kept (they are data),
// which moves the rows after it down in messages, as in a CSV file.
import { fieldAliases } from '../../domain/labels';
import type { Grid } from './grid';

const known = new Set(Object.values(fieldAliases).flat().map((h) => h.replace(/\s+/g, '').toLowerCase()));

export const headerRow = (g: Grid): number => {
  for (let r = 1; r < g.rows.length; r++) {
    const cells = (g.rows[r] ?? []).filter(Boolean).map((t) => t.replace(/\s+/g, '').toLowerCase());
    if (cells.filter((c) => known.has(c)).length >= 2) return r;
  }
  return 1;
};

/** Outer spaces are dropped as the CSV readers drop them; a leading ' is data in a workbook, so it gets the CSV's protecting ' (removed again on reading). */
function quote(cell: string): string {
  const t = cell.trim().startsWith("'") ? `'${cell.trim()}` : cell.trim();
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function gridCsv(g: Grid): string {
  const head = headerRow(g);
  const lines: string[] = [];
  for (let r = 1; r < g.rows.length; r++) {
    if (r < head) {
      lines.push('');
      continue;
    }
    const cells = g.rows[r] ?? [];
    const row: string[] = [];
    for (let c = 1; c < cells.length; c++) row.push(quote(cells[c] ?? ''));
    lines.push(row.join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

/** Rows below the header holding anything. */
export function dataRows(g: Grid): number {
  let n = 0;
  for (let r = headerRow(g) + 1; r < g.rows.length; r++) if ((g.rows[r] ?? []).some((t) => t && t.trim())) n++;
  return n;
}
