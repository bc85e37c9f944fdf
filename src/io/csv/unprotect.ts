// A cell as the CSV readers take it: the text mark a spreadsheet export puts before a cell that
// would read as a formula or lose its spaces (io/write: '=30%, '  项目) removed — one quote, the
// rest exactly as written (../cells unprotectCell, the inverse of the export's protectCell) — else
// trimmed (stray spaces around a typed value mean nothing). Accepts any string.
import { unprotectCell } from '../cells';

/**
 * Could trim remove it: any ASCII control or space (a superset of the tab, line breaks and space
 * trim removes), or one of Unicode's spaces (NBSP, the U+2000 block, ideographic space U+3000,
 * BOM). Checked at a cell's two ends first, so that the ~16 million cells of a province's files
 * that need no trim are not copied by it.
 */
function trimmable(c: number): boolean {
  return c <= 0x20 || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}
export function unprotect(cell: string): string {
  const n = cell.length;
  if (n === 0) return cell;
  const first = cell.charCodeAt(0);
  if (first === 0x27) return unprotectCell(cell);
  return trimmable(first) || trimmable(cell.charCodeAt(n - 1)) ? cell.trim() : cell;
}
