// CSV text → rows keyed by canonical field, each with its line number in the file (header =
// line 1; a quoted cell spanning lines moves the following rows down). Accepts comma- or
// tab-separated text (Excel "CSV" and copy-paste), CRLF or LF, quoted cells, blank lines
// (skipped: they hold no data), cells protected on export by a leading ' (io/write: '=30% reads
// back as =30%, '  项目 as "  项目" — one quote removed, the rest taken exactly as written, as a
// spreadsheet does); other cells are trimmed (stray spaces around a typed value mean nothing). Reports unknown and duplicate columns, unterminated quotes and rows with
// more cells than the header — such a row is not loaded, usually an unquoted `1,325.06`. A quote
// closed before its cell ends (`"一企来办"平台…`) is read as written, with a warning (./lenient.ts).
import Papa from 'papaparse';
import type { Problem } from '../../domain/types';
import { problem } from '../problems';
import { mapHeader } from './header';
import { lenientRows } from './lenient';
import { tokenize } from './tokenize';
import { plainRow, rowMaker, type CsvRow } from './rowValues';

export type { CsvRow } from './rowValues';

/** A file's header and the problems of reading it as CSV (header, quotes, extra cells), in row order. */
export interface CsvHeader {
  file: string;
  /** Canonical field → header as written in the file (for messages); filled when the header row is read. */
  headers: Map<string, string>;
  problems: Problem[];
}

export interface CsvTable extends CsvHeader {
  rows: CsvRow[];
}

/** Called with each data row, in file order. */
export type RowSink = (row: CsvRow) => void;

export function guessDelimiter(firstLine: string): ',' | '\t' {
  const tabs = firstLine.split('\t').length;
  return tabs > 1 && tabs >= firstLine.split(',').length ? '\t' : ',';
}

export function firstLine(text: string): string {
  const m = /^[^\r\n]*\S[^\r\n]*/m.exec(text);
  return m ? m[0] : '';
}

const lineBreaks = (cell: string) => (cell.match(/\r\n|\r|\n/g) ?? []).length;
/** Line breaks inside the cells (a quoted cell spanning lines); most rows have none, so look before counting. */
function lineBreaksIn(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n') || c.includes('\r')) n += lineBreaks(c);
  return n;
}
function blank(cells: string[]): boolean {
  for (const c of cells) if (c !== '' && c.trim() !== '') return false;
  return true;
}

/** The whole table at once (tests, small files); loading streams its rows with streamCsv. */
export function readCsv(text: string, file: string): CsvTable {
  let table!: CsvTable;
  streamCsv(text, file, (header) => {
    const rows: CsvRow[] = [];
    table = Object.assign(header, { rows });
    return (row) => rows.push(plainRow(row));
  });
  return table;
}

/**
 * Streams the data rows of `text` to the sink `open` makes, so that no row outlives its handling
 * (a province's 600,000 rows are never held: the CLI must stay under 1 GB). `open` gets the header
 * (empty until the header row is read); it is called again, and must start afresh, when a quote
 * closed before its cell ends makes the file be re-read as Excel reads it (./lenient.ts).
 */
export function streamCsv(input: string | CsvPieces, file: string, open: (header: CsvHeader) => RowSink): CsvHeader {
  if (typeof input !== 'string') return streamPieces(input, file, open) ?? streamCsv(input.whole(), file, open);
  const text = input;
  const delimiter = guessDelimiter(firstLine(text));
  let reader = new TableReader(file, open);
  // Rows as papaparse reads them, without its objects per row; at a quote it reads its own way, papaparse afresh.
  if (tokenize(text, delimiter, undefined, (cells, breaks) => reader.add(cells, false, false, breaks))) return reader.table;
  reader = new TableReader(file, open);
  let invalidQuotes = false;
  Papa.parse<string[]>(text, {
    delimiter, skipEmptyLines: false,
    step: (res, parser) => {
      // A quote closed before its cell ends makes papaparse swallow the rows that follow: read it as Excel does.
      if (res.errors.length && res.errors.some((e) => e.code === 'InvalidQuotes')) {
        invalidQuotes = true;
        parser.abort();
        return;
      }
      reader.add(res.data, res.errors.length > 0 && res.errors.some((e) => e.code === 'MissingQuotes'), false);
    },
  });
  if (invalidQuotes) {
    reader = new TableReader(file, open);
    const lenient = lenientRows(text, delimiter);
    const stray = new Set(lenient.strayQuoteRows);
    lenient.rows.forEach((cells, index) => reader.add(cells, false, stray.has(index)));
  }
  return reader.table;
}

/** A file as pieces of whole rows (./pieces.ts), and the whole text for when a piece does not parse or decode cleanly. */
export interface CsvPieces {
  /** null: a quote the pieces cannot be cut around (./pieces.ts): read the whole text. */
  pieces: Iterable<string | null>;
  newline: '\n' | '\r\n';
  whole: () => string;
}

/**
 * The pieces through one TableReader; null (the caller reads the whole text afresh) at the first
 * quote the tokenizer leaves to papaparse, so that a malformed file is read exactly as before, whole,
 * and at the first U+FFFD: the bytes were not all UTF-8 (a line saved as GBK), which the whole
 * decode (io/decode) reads line by line and reports.
 */
function streamPieces(input: CsvPieces, file: string, open: (header: CsvHeader) => RowSink): CsvHeader | null {
  const reader = new TableReader(file, open);
  let delimiter: ',' | '\t' | undefined;
  const add = (cells: string[], breaks: number) => reader.add(cells, false, false, breaks);
  for (const piece of input.pieces) {
    if (piece === null || piece.includes('\uFFFD')) return null;
    delimiter ??= guessDelimiter(firstLine(piece));
    if (!tokenize(piece, delimiter, input.newline, add)) return null;
  }
  return reader.table;
}

/** Rows in file order → the table: line numbers, the header, then each row checked and keyed by field. */
class TableReader {
  readonly table: CsvHeader;
  private line = 1;
  private columns: (string | null)[] | null = null;
  /** Rows of this header (./rowValues: cells read by field when asked). */
  private makeRow: (line: number, cells: string[]) => CsvRow = () => {
    throw new Error('row before header');
  };
  private sink: RowSink;

  constructor(file: string, open: (header: CsvHeader) => RowSink) {
    this.table = { file, headers: new Map(), problems: [] };
    this.sink = open(this.table);
  }

  /** `breaks`: line breaks inside the cells, when the tokenizer counted them (./tokenize). */
  add(cells: string[], badQuote: boolean, strayQuote: boolean, breaks = lineBreaksIn(cells)): void {
    const { table } = this;
    const file = table.file;
    const rowLine = this.line;
    this.line += 1 + breaks;
    if (blank(cells)) return;
    const columns = this.columns;
    if (!columns) {
      this.columns = readHeader(cells, rowLine, table);
      this.makeRow = rowMaker(this.columns);
      return;
    }
    if (badQuote) {
      table.problems.push(problem('csv-quotes', '引号没有闭合，此行及其后内容无法读取', { file, row: rowLine }));
      return;
    }
    if (strayQuote) {
      const what = '引号不成对（引号应包住整个单元格，单元格内的引号写作两个 ""），已按原文读取';
      table.problems.push(problem('csv-stray-quote', what, { file, row: rowLine }, 'warning'));
    }
    const extra = cells.length > columns.length ? cells.slice(columns.length).filter((c) => c.trim() !== '') : [];
    if (extra.length) {
      const what = `有${cells.length}个单元格，多于表头的${columns.length}列（多出“${extra.join('”“')}”；数字中的千分位逗号需加引号），此行未导入`;
      table.problems.push(problem('csv-extra-cells', what, { file, row: rowLine }));
      return;
    }
    this.sink(this.makeRow(rowLine, cells));
  }
}

function readHeader(cells: string[], row: number, table: CsvHeader): (string | null)[] {
  const unknown: string[] = [];
  const columns = cells.map((cell) => {
    const header = cell.trim();
    const field = mapHeader(header);
    if (!field) {
      if (header) unknown.push(header);
      return null;
    }
    if (table.headers.has(field)) {
      const what = `列“${header}”与“${table.headers.get(field)}”重复，只读取前一列`;
      table.problems.push(problem('csv-duplicate-column', what, { file: table.file, row, field: header }));
      return null;
    }
    table.headers.set(field, header);
    return field;
  });
  if (unknown.length) {
    const what = `无法识别的列：${unknown.map((h) => `“${h}”`).join('、')}，这些列未读取（可用的列名见 data/README.md）`;
    table.problems.push(problem('csv-unknown-column', what, { file: table.file, row }));
  }
  return columns;
}
