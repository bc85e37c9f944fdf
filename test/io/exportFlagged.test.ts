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
    expect(table.length).toBe(15);
  });

  it('writes one row per flagged indicator, worst first, with its judgement', () => {
    expect(table[1].slice(0, 18)).toEqual([
      '1', '省政务办信息系统安全运维', '江苏省数据局 (江苏省政务服务管理办公室)', '江苏省政务服务网运营中心', '产出指标', '数量指标', '漏洞扫描',
      '半年 ≥2轮 → 全年 ≥4轮', '3轮', '2轮', '2024-09-30', '滞后', '-1', '轮', '-33.33', "'-1轮（-33.33%）", '人员保障：驻场人员休假，第三轮扫描推迟到10月', '确定能',
    ]);
    expect(table[1][18]).toContain('完成应达值的 66.67%');
  });

  it('has the 实施单位 column and the variance as numeric cells (absolute in the unit, relative in %), the sentence beside them', () => {
    expect(FLAGGED_CSV_HEADER.slice(2, 4)).toEqual(['主管部门', '实施单位']);
    expect(FLAGGED_CSV_HEADER.slice(12, 16)).toEqual(['偏差', '偏差单位', '偏差率（%）', '偏差说明']);
    const lines = csv.split('\r\n');
    // Written bare (no quote, no '), so Excel reads numbers: -0.9 percentage points, -0.9 %.
    const connect = lines.find((l) => l.includes(',接通率（含未接通回拨）,'))!;
    expect(connect).toContain(',江苏省政务服务网运营中心,产出指标,');
    expect(connect).toContain(`,预警,-0.9,个百分点,-0.9,"'-0.9个百分点（-0.9%）",`);
    const hours = lines.find((l) => l.includes(',信息系统故障修复响应时间,'))!;
    expect(hours).toContain(`,滞后,0.5,小时,12.5,"'+0.5小时（+12.5%）",`);
    // The 12345 platform's unit is spelled 运管中心 in its table: exported as filed.
    expect(lines.find((l) => l.includes(',系统运行事故发生频率,'))).toContain(',江苏省政务服务网运管中心,');
    // A qualitative indicator has no numeric variance: empty cells, not 0.
    const quali = table.find((r) => r[6] === '对避免重复投入运维费用的改善程度')!;
    expect(quali.slice(12, 16)).toEqual(['', '', '', '']);
  });

  it('protects cells a spreadsheet would run as a formula: =100% targets, signed variances', () => {
    const connect = table.find((r) => r[6] === '接通率（含未接通回拨）')!;
    expect(connect[7]).toBe("'=100%");
    expect(connect[15]).toBe("'-0.9个百分点（-0.9%）");
    // Nothing in the file starts with = + - @ unprotected, except numbers written as numbers (never formulas).
    expect(table.flat().filter((c) => /^[=+\-@]/.test(c) && !Number.isFinite(Number(c)))).toEqual([]);
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
    expect(cells.filter((c) => formulaLike(c) && !Number.isFinite(Number(c)))).toEqual([]);
    expect([cells[1], cells[16]]).toEqual([`'${text}`, `'${text}`]);
  });

  it('exports exactly the rows given (the filtered view), and only a header when there are none', () => {
    const behind = filterFlagged(rowsAt('2024-09-30'), { status: ['behind'] });
    expect(behind.length).toBeGreaterThan(0);
    expect(Papa.parse<string[]>(flaggedCsv(behind).slice(1), { skipEmptyLines: true }).data.map((r) => r[11])).toEqual(['状态', ...behind.map(() => '滞后')]);
    expect(flaggedCsv([])).toBe('\uFEFF' + FLAGGED_CSV_HEADER.join(',') + '\r\n');
  });

  it('names the file after the as-of date', () => {
    expect(flaggedFileName('2024-06-30')).toBe('预警清单_2024-06-30.csv');
  });
});
