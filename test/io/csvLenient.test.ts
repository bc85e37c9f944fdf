import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { lenientRows } from '../../src/io/csv/lenient';
import { readCsv } from '../../src/io/csv/parse';
import { toCsv } from '../../src/io/write';
import { loadFiles } from '../../src/io/load';
import { seed } from './helpers';

// A name written with straight quotes by a text editor ("一企来办"平台运营运维费) is not a quoted
// cell: papaparse reads on to the next quote and swallows the rows in between. Such a file must
// load every row, as Excel shows it, and say which rows had the stray quote.
const stray = '项目名称,三级指标,日期,实际值,备注\r\n'
  + '"一企来办"平台运营运维费,服务对象满意度,2024/10/31,88%,十月测评\r\n'
  + '"一企来办"平台运营运维费,信息系统故障修复响应时间,2024年10月31日,200分钟,\r\n'
  + '江苏12345在线平台信息系统运维费,预算执行率,2024-10-31,"1,5%",\r\n'
  + '江苏12345在线平台运行费,预算执行率,2024-10-31,80%,"说""好"""\r\n';

describe('stray quotes', () => {
  it('reads a cell whose quote closes before its end as written, and keeps every following row', () => {
    expect(lenientRows(stray, ',')).toEqual({
      rows: [
        ['项目名称', '三级指标', '日期', '实际值', '备注'],
        ['"一企来办"平台运营运维费', '服务对象满意度', '2024/10/31', '88%', '十月测评'],
        ['"一企来办"平台运营运维费', '信息系统故障修复响应时间', '2024年10月31日', '200分钟', ''],
        ['江苏12345在线平台信息系统运维费', '预算执行率', '2024-10-31', '1,5%', ''],
        ['江苏12345在线平台运行费', '预算执行率', '2024-10-31', '80%', '说"好"'],
      ],
      strayQuoteRows: [1, 2],
    });
  });

  it('warns on each row with a stray quote and loads them all, matched to “一企来办”平台运营运维费', () => {
    const table = readCsv(stray, 'act.csv');
    expect(table.rows.map((r) => [r.line, r.values.project])).toEqual([
      [2, '"一企来办"平台运营运维费'], [3, '"一企来办"平台运营运维费'], [4, '江苏12345在线平台信息系统运维费'], [5, '江苏12345在线平台运行费'],
    ]);
    expect(table.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning act.csv 第2行：引号不成对（引号应包住整个单元格，单元格内的引号写作两个 ""），已按原文读取',
      'warning act.csv 第3行：引号不成对（引号应包住整个单元格，单元格内的引号写作两个 ""），已按原文读取',
    ]);
    const r = loadFiles([seed(), { name: 'act.csv', content: stray }]);
    expect(r.files[1]).toMatchObject({ kind: 'actuals-csv', actuals: 3 });
    // Row 4's 1,5% is read whole and refused with its reason; nothing is lost without a word.
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.source?.row)).toEqual([4]);
    // Problems in file order, whichever check found them.
    expect(r.problems.map((p) => p.source?.row)).toEqual([2, 3, 4]);
  });

  it('reads a quote that never closes as text too, and the lines after it as rows', () => {
    expect(lenientRows('a,b\n"x,1\ny,2', ',')).toEqual({ rows: [['a', 'b'], ['"x', '1'], ['y', '2']], strayQuoteRows: [1] });
  });

  it('reads well-formed CSV exactly as papaparse does (fast-check)', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('"', '""', ',', '\r\n', '\n', 'a"b', '=30%', '一企来办'));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
      const text = toCsv(rows).slice(1);
      const lenient = lenientRows(text, ',');
      expect(lenient.strayQuoteRows).toEqual([]);
      expect(lenient.rows).toEqual(Papa.parse<string[]>(text, { delimiter: ',' }).data.filter((r, i, all) => !(i === all.length - 1 && r.length === 1 && r[0] === '')));
    }), { numRuns: 500 });
  });

  it('never throws, and without quotes gives back every character but the line breaks (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', '中') }), (text) => {
      const { rows } = lenientRows(text, ',');
      if (!text.includes('"')) {
        const trimmed = text.replace(/(\r\n|\r|\n)$/, '');
        expect(rows.map((r) => r.join(',')).join('\n')).toBe(trimmed.replace(/\r\n|\r/g, '\n'));
      }
    }), { numRuns: 1000 });
  });
});
