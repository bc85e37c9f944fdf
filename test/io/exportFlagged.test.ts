import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { FLAGGED_CSV_HEADER, flaggedCsv, flaggedFileName } from '../../src/io/exportFlagged';
import { filterFlagged, flaggedRows } from '../../src/domain/flagged';
import { bundledReport } from '../domain/flagged.data';
import { formulaLike } from '../../src/io/cells';

const rowsAt = (asOf: string) => {
  const b = bundledReport(asOf);
  return flaggedRows(b.report.judgements, b.projects, b.indicators);
};

describe('flagged list CSV', () => {
  const csv = flaggedCsv(rowsAt('2024-09-30'));
  const table = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;

  it('is UTF-8 text with a BOM, CRLF lines and the Chinese header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.split('\r\n')[0]).toBe('\uFEFF' + FLAGGED_CSV_HEADER.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(table.length).toBe(17);
  });

  it('writes one row per flagged indicator, worst first, with its judgement', () => {
    expect(table[1].slice(0, 14)).toEqual([
      '1', '江苏12345在线平台信息系统运维费', '江苏省数据局 (江苏省政务服务管理办公室)', '产出指标', '数量指标', '等保测评及安全运维服务成果',
      '半年 ≥1项 → 全年 ≥2项', '1.5项', '1项', '2024-09-30', '滞后', "'-0.5项（-33.33%）", '制度保障：等保测评机构招标流程延长', '确定能',
    ]);
    expect(table[1][14]).toContain('完成应达值的 66.67%');
  });

  it('protects cells a spreadsheet would run as a formula: =100% targets, signed variances', () => {
    const connect = table.find((r) => r[5] === '接通率（含未接通回拨）')!;
    expect(connect[6]).toBe("'=100%");
    expect(connect[11]).toBe("'-0.9个百分点（-0.9%）");
    // Nothing in the file starts with = + - @ unprotected.
    expect(table.flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
  });

  // Issue 7.9: these went out as written, a formula once the spreadsheet skips what precedes the sign.
  it.each([
    ['space', ' =HYPERLINK("http://x","点击")'], ['NBSP', '\u00A0=1+1'], ['U+3000', '\u3000+1'], ['U+200B', '\u200B@SUM(A1)'],
    ['BOM', '\uFEFF-2+3'], ['U+2060', '\u2060=1'], ['tab', '\t=1'], ['CRLF', '\r\n=1'],
    ['full-width =', '＝HYPERLINK("http://x")'], ['full-width +', '＋1'], ['full-width -', '－3'], ['full-width @', '＠SUM(A1)'],
  ])('protects a reason and a project name starting with %s: a leading \' and a quoted cell', (_, text) => {
    const [row] = rowsAt('2024-09-30');
    const csv = flaggedCsv([{ ...row, project: text, reason: text }]);
    expect(csv.split(`,"'${text.replace(/"/g, '""')}",`)).toHaveLength(3);
    const cells = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' }).data[1];
    expect(cells.filter(formulaLike)).toEqual([]);
    expect([cells[1], cells[12]]).toEqual([`'${text}`, `'${text}`]);
  });

  it('exports exactly the rows given (the filtered view), and only a header when there are none', () => {
    const behind = filterFlagged(rowsAt('2024-09-30'), { status: ['behind'] });
    expect(Papa.parse<string[]>(flaggedCsv(behind).slice(1), { skipEmptyLines: true }).data.length).toBe(8);
    expect(flaggedCsv([])).toBe('\uFEFF' + FLAGGED_CSV_HEADER.join(',') + '\r\n');
  });

  it('names the file after the as-of date', () => {
    expect(flaggedFileName('2024-06-30')).toBe('预警清单_2024-06-30.csv');
  });
});
