// A worksheet as a grid of cell texts (./cellText), rows and columns 1-based as the user sees them
// (grid[12][3] is C12), so that every message can name the sheet's own row. Empty rows stay empty.
import { cellText } from './cellText';
import type { Worksheet } from './excel';

export interface Grid {
  name: string;
  /** rows[r][c], 1-based; missing entries are empty cells. */
  rows: string[][];
}

export function sheetGrid(ws: Worksheet): Grid {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      cells[c] = cellText(cell);
    });
    rows[r] = cells;
  });
  return { name: ws.name, rows };
}

export const at = (g: Grid, r: number, c: number): string => (g.rows[r]?.[c] ?? '').trim();

/** Last row number holding anything. */
export const lastRow = (g: Grid): number => g.rows.length - 1;
