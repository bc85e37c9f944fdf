// The CSV tokenizer (io/csv/tokenize) against its reference, papaparse in the step mode io/csv/parse
// used before: on any text — quoted cells with commas, quotes and line breaks, CRLF, LF or CR,
// stray CR/LF inside lines, stray and unclosed quotes, spaces after a closing quote, BOMs, tabs —
// a text it reads gives papaparse's rows, with no papaparse error, and each row's count of line
// breaks inside its cells; a text it gives back (false) has handed over only rows papaparse reads
// the same, in order, before it.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { breaksIn, guessNewline, tokenize } from '../../src/io/csv/tokenize';

function papa(text: string, delimiter: string, newline?: '\n' | '\r\n' | '\r') {
  const rows: string[][] = [];
  let errors = 0;
  Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: false, step: (res) => {
    rows.push(res.data);
    errors += res.errors.length;
  } });
  return { rows, errors };
}

function mine(text: string, delimiter: string, newline?: '\n' | '\r\n' | '\r') {
  const rows: string[][] = [];
  const breaks: number[] = [];
  const read = tokenize(text, delimiter, newline, (cells, n) => {
    rows.push(cells);
    breaks.push(n);
  });
  return { read, rows, breaks };
}

/** ./parse's count of line breaks in a row's cells, before the tokenizer counted them. */
const lineBreaks = (cells: string[]) => cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g) ?? []).length, 0);

function agrees(text: string, delimiter: string, newline?: '\n' | '\r\n' | '\r') {
  const ref = papa(text, delimiter, newline);
  const got = mine(text, delimiter, newline);
  if (got.read) {
    expect(got.rows).toEqual(ref.rows);
    expect(ref.errors).toBe(0);
  } else {
    expect(got.rows).toEqual(ref.rows.slice(0, got.rows.length));
  }
  expect(got.breaks).toEqual(got.rows.map(lineBreaks));
  return got.read;
}

const unit = fc.constantFrom('a', '"', ',', '\n', '\r\n', '\r', '中', '\t', ' ', '\uFEFF', '""');
const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', '\r', 'a"b', '一企来办', ' 83.5 ', '\uFEFF'));

describe('tokenize', () => {
  it('reads any text as papaparse does, or leaves it to papaparse (fast-check)', () => {
    const delimiter = fc.constantFrom(',', '\t');
    const newline = fc.constantFrom(undefined, '\n', '\r\n', '\r');
    fc.assert(fc.property(fc.string({ unit, maxLength: 60 }), delimiter, newline, (text, d, nl) => void agrees(text, d, nl)), { numRuns: 5000 });
  });

  it('reads well-quoted rows (any cells quoted as io/write quotes them) without leaving them to papaparse (fast-check)', () => {
    const quoteAll = (c: string) => `"${c.replaceAll('"', '""')}"`;
    const rows = fc.array(fc.array(fc.tuple(cell, fc.boolean()), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(rows, fc.constantFrom('\n', '\r\n'), fc.boolean(), (body, nl, trailing) => {
      const text = body.map((r) => r.map(([c, q]) => (q || /[",\r\n]/.test(c) ? quoteAll(c) : c)).join(',')).join(nl) + (trailing ? nl : '');
      // guessed from text with a stray break may differ from nl: papaparse's guess is the reference, given the same.
      expect(agrees(text, ',', nl)).toBe(true);
      expect(agrees(text, ',')).toBe(true);
    }), { numRuns: 1500 });
  });

  it('guesses the line break as papaparse does', () => {
    expect(guessNewline('a,b\r\nc,d\r\n')).toBe('\r\n');
    expect(guessNewline('a,"x\r\ny"\nc,d\n')).toBe('\n');
    expect(guessNewline('a\rb\rc')).toBe('\r');
    expect(guessNewline('abc')).toBe('\n');
  });

  it('counts line breaks as CRLF, CR or LF, each one', () => {
    expect(breaksIn('a\r\nb\rc\nd\n\re')).toBe(5);
    expect(breaksIn('')).toBe(0);
  });

  it('hands rows with their breaks, and leaves a stray or unclosed quote to papaparse', () => {
    expect(mine('项目名称,备注\r\nA,"第一行\r\n第二行"\r\n\r\nB,x', ',')).toEqual({
      read: true, rows: [['项目名称', '备注'], ['A', '第一行\r\n第二行'], [''], ['B', 'x']], breaks: [0, 1, 0, 0],
    });
    expect(mine('a,b\n"一企来办"平台,1\n', ',')).toEqual({ read: false, rows: [['a', 'b']], breaks: [0] });
    expect(mine('a,b\n"B,2\nC,3\n', ',').read).toBe(false);
    expect(mine('a,b\n"x" ,2\n', ',').read).toBe(false);
  });
});
