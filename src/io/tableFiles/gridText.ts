// A table read from a workbook or a Word file → the text the raw-table importer reads (io/rawTable):
// one line per table row, cells separated by tabs, so a row's columns keep their places. A cell's own
// line breaks and tabs become spaces (a cell is one cell); rows with nothing in them stay blank lines,
// so line n is the sheet's row n. Merged cells arrive already resolved by the caller.

export const cellLine = (text: string) => text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();

/** rows[r][c] (any base; holes are empty cells) → tab-separated lines. */
export function gridText(rows: (string | undefined)[][]): string {
  const lines: string[] = [];
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    const out: string[] = [];
    for (let c = 0; c < cells.length; c++) out.push(cellLine(cells[c] ?? ''));
    while (out.length && out[out.length - 1] === '') out.pop();
    lines.push(out.join('\t'));
  }
  return lines.join('\n') + '\n';
}
