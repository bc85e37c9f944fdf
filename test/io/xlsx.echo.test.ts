// A 监控表 returned unchanged adds nothing: each row shows the latest value of the period (28% of
// 30 June on a 1–7月 form), and a row that only echoes a record held before the period end is not
// a new record dated 31 July (the import preview said 新增 104 条 for one changed value).
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildMonitoringForm } from '../../src/io/xlsx/monitoringForm';
import { expandSpreadsheets } from '../../src/io/xlsx/expand';
import { loadFiles } from '../../src/io/load';
import { importPreview } from '../../src/domain/round/importPreview';
import { round, roundReport, sample } from './xlsxHelpers';

describe('a form returned', () => {
  it('unchanged adds nothing; one changed value is the one change', async () => {
    const data = sample();
    const bytes = await buildMonitoringForm(data, roundReport(data), round);
    const back = async (content: Uint8Array) => {
      const ex = await expandSpreadsheets([{ name: '表.xlsx', content }], data);
      const loaded = loadFiles(ex.files, data);
      return importPreview(data, loaded.dataset, [...ex.problems, ...loaded.problems]);
    };
    const same = await back(bytes);
    expect([same.added.length, same.changed.length, same.rejected.length]).toEqual([0, 0, 0]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[1];
    let at: ExcelJS.Cell | undefined;
    sheet.eachRow((row) => row.eachCell((c) => {
      if (!at && c.value === '28%') at = c;
    }));
    at!.value = '35%';
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const one = await back(edited);
    expect(one.added.map((r) => [r.target, r.date, r.changes.map((c) => `${c.before}→${c.after}`)])).toHaveLength(1);
    expect(one.added[0].changes).toEqual([expect.objectContaining({ field: 'value', after: '35%' })]);
    expect(one.changed).toEqual([]);
  });
});
