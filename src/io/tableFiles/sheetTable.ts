// One worksheet → tab-separated text for the raw-table importer (./gridText), line n = sheet row n.
// Accepts any sheet; merged cells: the top-left cell holds the text, the others are blank. A merged
// 一级 / 二级 spanning its rows so arrives as the importer's "blank means as above" — which is what
// the merge says. (Repeating it would be wrong: 一级 | blank 二级 | 三级 is a 三级 without a 二级.)
import type { Worksheet } from '../xlsx/excel';
import { cellText } from '../xlsx/cellText';
import { gridText } from './gridText';

export function sheetRows(ws: Worksheet): string[][] {
  const rows: string[][] = [];
  const last = ws.rowCount;
  const width = ws.columnCount;
  for (let r = 1; r <= last; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      cells[c] = cellText(cell); // '' for a merged cell other than its top-left one
    }
    rows[r] = cells;
  }
  return rows.slice(1).map((row) => row.slice(1));
}

/** The sheet as the importer's text; row 1 is line 1. */
export const sheetText = (ws: Worksheet): string => gridText(sheetRows(ws));
