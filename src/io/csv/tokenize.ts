// CSV text → rows of cells, exactly as papaparse reads them (its step mode, as ./parse.ts calls it;
// test/io/csvTokenize.test.ts compares the two on any text), without papaparse's four objects per
// row and with each row's count of line breaks inside its cells (what ./parse numbers lines by).
// Accepts: cells separated by `delimiter`; one line break throughout (given, or guessed from the
// first MB as papaparse guesses it; a CR or LF that is not it is text, as papaparse reads it);
// cells in quotes with `""` for a quote and line breaks inside, each closing right before a
// delimiter, the line break or the end; a quote inside an unquoted cell (`a"b`) is text. A leading
// BOM is dropped (papaparse does). Anything else about quotes (one closed before its cell ends,
// one never closed, spaces after the closing quote) → returns false at once, having handed over
// the rows before it: the caller reads the whole text afresh with papaparse, which reports it.

/** A row's cells and how many line breaks (CRLF, CR or LF, each one) its cells hold. */
export type CellsSink = (cells: string[], breaks: number) => void;

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** papaparse's guessLineEndings (5.x): the first MB, quoted text left out. */
export function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const head = text.slice(0, 1 << 20).replace(/"([^]*?)"/gm, '');
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  let withN = 0;
  for (const part of r) if (part[0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/** Line breaks in s, counted as ./parse counts them: CRLF, CR or LF, each one. */
export function breaksIn(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CR) {
      n++;
      if (s.charCodeAt(i + 1) === LF) i++;
    } else if (c === LF) n++;
  }
  return n;
}

/** The rows of `text` to `sink`; false at the first quote papaparse would read with an error or its own way (see above). */
export function tokenize(input: string, delimiter: string, newline: '\n' | '\r\n' | '\r' | undefined, sink: CellsSink): boolean {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const n = text.length;
  if (n === 0) return true;
  const nl = newline ?? guessNewline(text);
  const crlf = nl === '\r\n';
  // The other break character(s): text inside a line, counted when present.
  const stray = nl === '\n' ? '\r' : nl === '\r' ? '\n' : '';
  let pos = 0;
  let quote = -2;
  let other = -2;
  for (;;) {
    if (quote !== -1 && quote < pos) quote = text.indexOf('"', pos);
    let end: number;
    let breaks = 0;
    if (crlf) {
      // The line's first CR and first LF: its break when the LF follows the CR, else text holding a stray one.
      const cr = text.indexOf('\r', pos);
      const lf = text.indexOf('\n', pos);
      if (lf === cr + 1 && cr !== -1) end = cr;
      else {
        end = text.indexOf(nl, pos);
        breaks = -1;
      }
    } else {
      end = text.indexOf(nl, pos);
      if (other !== -1 && other < pos) other = text.indexOf(stray, pos);
      if (other !== -1 && (end === -1 || other < end)) breaks = -1;
    }
    if (quote !== -1 && (end === -1 || quote < end)) {
      // A quote before the line's end: cell by cell (a quoted cell may hold line breaks).
      const next = quotedRow(text, pos, delimiter, nl, sink);
      if (next === -2) return false;
      if (next === -1) return true;
      pos = next;
      continue;
    }
    const line = end === -1 ? text.slice(pos) : text.slice(pos, end);
    if (breaks === -1) breaks = breaksIn(line);
    sink(line.split(delimiter), breaks);
    if (end === -1) return true;
    pos = end + nl.length;
  }
}

/**
 * One row starting at `pos` that holds a quote: where the next row starts, -1 when this row ended
 * the text, -2 for a quote papaparse reads otherwise.
 */
function quotedRow(text: string, pos: number, delimiter: string, nl: string, sink: CellsSink): number {
  const cells: string[] = [];
  let breaks = 0;
  let p = pos;
  // The next line break at or after p, looked up again only once p has passed it (after a quoted
  // cell holding one): searching it from every cell scanned the rest of the line again per cell.
  let e = -2;
  for (;;) {
    if (text.charCodeAt(p) === QUOTE) {
      let from = p + 1;
      let doubled = false;
      let close: number;
      for (;;) {
        close = text.indexOf('"', from);
        if (close === -1) return -2;
        if (close + 1 < text.length && text.charCodeAt(close + 1) === QUOTE) {
          doubled = true;
          from = close + 2;
          continue;
        }
        break;
      }
      const raw = text.slice(p + 1, close);
      const cell = doubled ? raw.replaceAll('""', '"') : raw;
      cells.push(cell);
      breaks += breaksIn(cell);
      const after = close + 1;
      if (after === text.length) break;
      if (text.startsWith(delimiter, after)) {
        p = after + delimiter.length;
        continue;
      }
      if (text.startsWith(nl, after)) {
        sink(cells, breaks);
        return after + nl.length;
      }
      return -2;
    }
    const d = text.indexOf(delimiter, p);
    if (e !== -1 && e < p) e = text.indexOf(nl, p);
    if (d !== -1 && (e === -1 || d < e)) {
      const cell = text.slice(p, d);
      cells.push(cell);
      breaks += breaksIn(cell);
      p = d + delimiter.length;
      continue;
    }
    const cell = e === -1 ? text.slice(p) : text.slice(p, e);
    cells.push(cell);
    breaks += breaksIn(cell);
    if (e === -1) break;
    sink(cells, breaks);
    return e + nl.length;
  }
  sink(cells, breaks);
  return -1;
}
