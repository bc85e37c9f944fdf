// Loading reads a large UTF-8 CSV in pieces of whole rows (io/csv/pieces) rather than as one text.
// Whatever the file — quoted cells with commas, quotes and line breaks, CRLF or LF, stray quotes,
// an unclosed quote, mixed line breaks — reading the pieces gives the same rows, line numbers and
// problems as reading the whole text (a file that cannot be cut, or whose piece does not parse
// cleanly, is read whole).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamCsv, type CsvRow } from '../../src/io/csv/parse';
import { utf8Pieces } from '../../src/io/csv/pieces';
import { toCsv } from '../../src/io/write';

function read(input: Parameters<typeof streamCsv>[0]) {
  const rows: CsvRow[] = [];
  const header = streamCsv(input, 'a.csv', () => {
    rows.length = 0;
    return (row) => rows.push(row);
  });
  return { rows, problems: header.problems, headers: [...header.headers] };
}

const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads the pieces of `text` cut every `size` bytes (or whole, when it cannot be cut), as loadCore does. */
function inPieces(text: string, size: number) {
  const b = bytes(text);
  const cut = utf8Pieces(b, size);
  // Read in pieces throughout: cut, and no piece given up at a quote (null).
  return { cut: cut !== null && ![...cut.pieces].includes(null), read: read(cut ? { ...cut, whole: () => new TextDecoder().decode(b).replace(/^\uFEFF/, '') } : text.replace(/^\uFEFF/, '')) };
}

const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', 'a"b', '=30%', '一企来办', '2024-06-30', ' 83.5 '));
const rows = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 });
const header = ['项目名称', '日期', '实际值'];

describe('a CSV read in pieces', () => {
  it('gives the rows and problems of the whole text, for well-formed files in CRLF or LF (fast-check)', () => {
    fc.assert(fc.property(rows, fc.boolean(), fc.integer({ min: 1, max: 40 }), (body, lf, size) => {
      let text = toCsv([header, ...body]);
      if (lf) text = text.replace(/\r\n/g, '\n');
      const pieces = inPieces(text, size);
      expect(pieces.read).toEqual(read(text.replace(/^\uFEFF/, '')));
    }), { numRuns: 400 });
  });

  it('gives the rows and problems of the whole text for any text, malformed included (fast-check)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r\n', '\r', '中', '\t'), maxLength: 80 });
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 20 }), (body, size) => {
      const whole = `项目名称,日期,实际值\n${body}`;
      expect(inPieces(whole, size).read).toEqual(read(whole));
    }), { numRuns: 1500 });
  });

  it('is cut for a plain CRLF file, and not for one with a stray quote or mixed line breaks', () => {
    const plain = toCsv([header, ...Array.from({ length: 50 }, (_, i) => ['“一企来办”平台', '2024-06-30', String(i)])]);
    expect(inPieces(plain, 64).cut).toBe(true);
    expect([...utf8Pieces(bytes(plain), 64)!.pieces].length).toBeGreaterThan(10);
    expect(inPieces(`${plain}"x"y,2024-06-30,1\r\n`, 64).cut).toBe(false);
    expect(inPieces(plain.replace('\r\n', '\n'), 64).cut).toBe(false);
  });
});
