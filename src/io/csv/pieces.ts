// A large UTF-8 CSV file as text pieces of a few MB, so that loading never holds the whole text
// (a province's actuals file is 100 MB of bytes, 110 MB as a string). Accepts the bytes of a file
// already known to be valid UTF-8 (with or without BOM) and the line break papaparse would read it
// with; cuts only at line breaks outside quotes (an even number of `"` bytes before it), dropping
// the break itself, so each piece holds whole rows and parses as the same rows as the whole text.
// Returns null when the file cannot be cut safely: line breaks other than all-LF or all-CRLF within
// the first MB (what papaparse guesses from); and a piece is null at a quote that neither opens,
// closes nor doubles a quote in a cell (`a"b`, `"x"y`: counting would go wrong; papaparse has its
// own reading of them, ./parse.ts). The file is then read whole, from its start.
// UTF-8 never has the bytes 0x0A, 0x0D or 0x22 inside a multi-byte character, so each piece decodes alone.

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** The same test as ./parse guessDelimiter, on the first line's bytes (both delimiters are ASCII). */
function delimiterOf(bytes: Uint8Array, start: number): number {
  const end = bytes.indexOf(LF, start);
  const line = bytes.subarray(start, end === -1 ? bytes.length : end);
  const tabs = countOf(line, 0x09);
  return tabs > 0 && tabs >= countOf(line, 0x2c) ? 0x09 : 0x2c;
}

/**
 * The quotes in bytes[from, to), or -1 at one that neither opens a cell (after a delimiter or a
 * line start), closes one (before them) nor is half of a "" pair. Each quote is looked at once, as
 * the pieces are cut: a file is not scanned twice for them.
 */
function quotesIn(bytes: Uint8Array, from: number, to: number, start: number, delimiter: number): number {
  const edge = (b: number | undefined) => b === undefined || b === delimiter || b === LF || b === CR || b === QUOTE;
  // Searched within [from, to) only: a file without quotes must not be scanned to its end for each piece.
  const view = bytes.subarray(from, to);
  let n = 0;
  for (let i = view.indexOf(QUOTE); i !== -1; i = view.indexOf(QUOTE, i + 1)) {
    const q = from + i;
    if (!edge(q === start ? undefined : bytes[q - 1]) && !edge(bytes[q + 1])) return -1;
    n++;
  }
  return n;
}

/**
 * The text pieces, or null when the file cannot be cut safely. A piece is null where a quote turns
 * out not to be well placed (see the file comment): read the whole text from the start instead.
 */
export function utf8Pieces(bytes: Uint8Array, size = 8 << 20): { pieces: Iterable<string | null>; newline: '\n' | '\r\n' } | null {
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const crlf = lineBreakOf(bytes.subarray(start, start + (1 << 20)));
  if (crlf === null) return null;
  const delimiter = delimiterOf(bytes, start);
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const pieces = {
    *[Symbol.iterator](): Generator<string | null, void> {
      let from = start;
      let quotes = 0;
      let counted = start;
      while (from < bytes.length) {
        let cut = bytes.length;
        for (let lf = bytes.indexOf(LF, from + size); lf !== -1; lf = bytes.indexOf(LF, lf + 1)) {
          // Quotes between the last count and this line break decide whether it is inside a cell.
          const found = quotesIn(bytes, counted, lf, start, delimiter);
          if (found < 0) {
            yield null;
            return;
          }
          quotes += found;
          counted = lf;
          if (quotes % 2 === 0 && (!crlf || bytes[lf - 1] === CR)) {
            cut = lf;
            break;
          }
        }
        if (cut === bytes.length) {
          if (quotesIn(bytes, counted, bytes.length, start, delimiter) < 0) {
            yield null;
            return;
          }
          yield decoder.decode(bytes.subarray(from));
          return;
        }
        // stream: Node's decoder reads a streamed piece in half the time of a whole one. A piece
        // ends before a line break, so valid UTF-8 leaves nothing held back; bytes cut short there
        // would be, and joined to the next piece: the flush makes them a U+FFFD in this piece, as
        // a whole decode reads them (the last piece, above, flushes too).
        const text = decoder.decode(bytes.subarray(from, crlf ? cut - 1 : cut), { stream: true });
        const held = decoder.decode();
        yield held ? text + held : text;
        from = cut + 1;
        // Quotes are counted up to `counted`: the bytes before `from` hold none past it.
        quotes = 0;
        counted = from;
      }
    },
  };
  return { pieces, newline: crlf ? '\r\n' : '\n' };
}

/** true for CRLF, false for LF, null when CR and LF do not come only as one of the two (then the whole text is read). */
function lineBreakOf(head: Uint8Array): boolean | null {
  let lf = 0;
  let crlf = 0;
  for (let i = head.indexOf(LF); i !== -1; i = head.indexOf(LF, i + 1)) {
    if (i > 0 && head[i - 1] === CR) crlf++;
    else lf++;
  }
  const cr = countOf(head, CR);
  if (crlf > 0 && lf === 0 && cr === crlf) return true;
  if (lf > 0 && crlf === 0 && cr === 0) return false;
  return null;
}

function countOf(bytes: Uint8Array, byte: number): number {
  let n = 0;
  for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
  return n;
}
