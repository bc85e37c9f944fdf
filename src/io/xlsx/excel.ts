// exceljs, loaded on first use only: it weighs ~250 kB gzip, so neither the app's first screen nor
// a CLI command that never touches a workbook pays for it (a dynamic import is its own chunk).
import type * as ExcelJS from 'exceljs';

export type Excel = typeof ExcelJS;
export type { Workbook, Worksheet, Cell, CellValue } from 'exceljs';

let loading: Promise<Excel> | null = null;

export function loadExcel(): Promise<Excel> {
  // The package is CommonJS: its namespace arrives as the default export under ESM interop.
  loading ??= import('exceljs').then((m) => ((m as unknown as { default?: Excel }).default ?? (m as unknown as Excel)));
  return loading;
}

/** An .xlsx/.xlsm by its bytes: a zip whose first entries name `xl/` (as io/binaryKind tells them). */
export function isWorkbook(name: string, content: Uint8Array | string): content is Uint8Array {
  if (typeof content === 'string' || content.length < 4) return false;
  if (content[0] !== 0x50 || content[1] !== 0x4b || content[2] !== 0x03 || content[3] !== 0x04) return false;
  const head = new TextDecoder('latin1').decode(content.subarray(0, 64 * 1024));
  return /xl\//.test(head) || /\.xls[xm]$/i.test(name);
}
