import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { protectCell, toCsv } from '../../src/io/write';
import { readCsv } from '../../src/io/csv/parse';

describe('protectCell', () => {
  it.each([
    ['=30%', "'=30%"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['\t=1', "'\t=1"],
    ['≥80%', '≥80%'],
    ['序时进度', '序时进度'],
    ['100%', '100%'],
  ])('%s → %s', (value, out) => expect(protectCell(value)).toBe(out));
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
      "预算执行率,'=30%,-2.5,\"支付进度略慢,7月补齐\"\r\n" +
      '渗透测试,≥2轮,,"说""两轮"""\r\n',
    );
  });

  it('reads back a cell that already starts with apostrophes before a formula character', () => {
    const rows = [["'-", "''=1"], ['=30%', "'abc"]];
    const back = readCsv(toCsv([['备注', '偏差原因'], ...rows]).slice(1), 'x.csv');
    expect(back.rows.map((r) => r.values)).toEqual([{ note: "'-", reason: "''=1" }, { note: '=30%', reason: "'abc" }]);
  });

  it('reads back to the same cells (fast-check)', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('=30%', '+1', '-x', '@a', '≥80%', '序时进度', '"', ',', '\r\n'));
    const filled = cell.filter((s) => s.trim() !== '');
    fc.assert(fc.property(fc.array(fc.tuple(filled, cell), { minLength: 1, maxLength: 5 }), (rows) => {
      const text = toCsv([['备注', '偏差原因'], ...rows]).slice(1);
      const back = readCsv(text, 'x.csv');
      expect(back.problems).toEqual([]);
      expect(back.rows.map((r) => r.values)).toEqual(rows.map(([a, b]) => ({ note: a.trim(), reason: b.trim() })));
    }), { numRuns: 2000 });
  });
});

describe('protectCell keeps a leading apostrophe the reader would otherwise eat', () => {
  it('adds one more apostrophe before an apostrophe-protected formula character only', () => {
    expect(protectCell("'-5")).toBe("''-5");
    expect(protectCell("''=1")).toBe("'''=1");
    expect(protectCell("'abc")).toBe("'abc");
    expect(protectCell('=30%')).toBe("'=30%");
  });
});
