// One spreadsheet cell → the text a user sees in it, as the CSV readers expect: a number formatted
// as a percentage (0.85 with 0%) reads 85%, other numbers without float noise (0.1+0.2 → 0.3), a
// date as YYYY-MM-DD, rich text joined, a formula as its cached result (never the formula), a
// hyperlink as its text. Text is trimmed only by the readers, as the CSV readers do.
import type { Cell } from './excel';

const clean = (n: number) => String(Number(n.toPrecision(12)));

/** A Date from exceljs is the cell's calendar day at UTC midnight (plus the time of day, if any). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time.slice(0, 5)}`;
}

function valueText(v: unknown, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, '')) ? `${clean(v * 100)}%` : clean(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v === 'object') {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; formula?: string; sharedFormula?: string; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return valueText(o.result, numFmt);
    if (o.text !== undefined) return valueText(o.text, numFmt);
    if (o.error !== undefined) return '';
  }
  return String(v);
}

/** The cell's text; a merged cell other than its top-left one is empty (its value belongs to the top-left). */
export function cellText(cell: Cell): string {
  if (cell.isMerged && cell.master !== cell) return '';
  return valueText(cell.value, cell.numFmt);
}
