// A forgiving CSV tokenizer for the files papaparse finds malformed: a quote that opens a cell
// but closes before the cell ends (`"一企来办"平台运营运维费,…`, as text editors and some exports
// write a name that contains quotes). papaparse then reads on to the next quote and swallows whole
// rows into one cell; Excel reads such a cell as text. This does what Excel does.
// Accepts: cells separated by `delimiter`; CRLF, LF or CR line ends; quoted cells with `""` for a
// quote and line breaks inside; a cell whose opening quote closes before the cell ends (or never
// closes) is read as written, quotes included, up to the next delimiter or line end.
// Returns the rows of cells and the (0-based) indexes of the rows that held such a stray quote.

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

export function lenientRows(text: string, delimiter: string): { rows: string[][]; strayQuoteRows: number[] } {
  const rows: string[][] = [];
  const stray: number[] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  /** Index of the next delimiter or line break at or after k. */
  const cellEnd = (k: number) => {
    while (k < n && text[k] !== delimiter && !isBreak(text[k])) k++;
    return k;
  };
  for (;;) {
    let cell: string;
    const quoted = text[i] === '"' ? readQuoted(text, i, delimiter) : null;
    if (quoted) {
      cell = quoted.cell;
      i = quoted.end;
    } else {
      if (text[i] === '"' && stray[stray.length - 1] !== rows.length) stray.push(rows.length);
      const end = cellEnd(i);
      cell = text.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (i >= n) break;
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return { rows, strayQuoteRows: stray };
  }
  rows.push(row);
  return { rows, strayQuoteRows: stray };
}

/** A well-formed quoted cell starting at `start` (a quote), or null when its closing quote is not at the cell's end. */
function readQuoted(text: string, start: number, delimiter: string): { cell: string; end: number } | null {
  let cell = '';
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] !== '"') {
      cell += text[j];
      continue;
    }
    if (text[j + 1] === '"') {
      cell += '"';
      j++;
      continue;
    }
    const next = text[j + 1];
    return next === undefined || next === delimiter || isBreak(next) ? { cell, end: j + 1 } : null;
  }
  return null;
}
