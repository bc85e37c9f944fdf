// Reading workbooks: a filled 监控表 as written and as a unit edited it, and actuals/spend sheets
// with the CSV formats' headers — through expandSpreadsheets, then loadFiles as usual.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { buildMonitoringForm } from '../../src/io/xlsx/monitoringForm';
import { expandSpreadsheets } from '../../src/io/xlsx/expand';
import { loadFiles, type InputFile } from '../../src/io/load';
import type { Dataset } from '../../src/domain/types';
import { open, round, roundReport, sample } from './xlsxHelpers';

const bare = (d: Dataset): Dataset => ({ ...d, actuals: [], spend: [], forms: [] });
const bytesOf = async (wb: ExcelJS.Workbook) => new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
const strip = <T extends { source?: unknown }>(x: T) => {
  const { source: _s, ...rest } = x;
  return rest;
};

async function load(file: InputFile, base: Dataset) {
  const ex = await expandSpreadsheets([file], base);
  const loaded = loadFiles(ex.files, base);
  return { ex, loaded, messages: [...ex.problems, ...loaded.problems].map((p) => p.message) };
}

describe('reading a filled monitoring form', () => {
  it('gives back the records of the round, the 执行数 per 支出 line and the 全年预计执行数', async () => {
    const data = sample();
    const bytes = await buildMonitoringForm(data, roundReport(data), round);
    const { ex, loaded, messages } = await load({ name: '目标表.xlsx', content: bytes }, bare(data));
    expect(ex.files.map((f) => f.name)).toEqual(['目标表.xlsx「项目甲」']);
    expect(messages).toEqual([]);
    expect(loaded.dataset.actuals.map(strip)).toEqual([
      { projectId: 'pa', indicatorId: 'pa-i1', date: '2024-07-31', value: '1轮', forecast: '3轮', reasonCategory: '经费保障', reason: '经费未到位', likelihood: '有可能', measures: '8月追加预算', note: '=SUM(A1)' },
      { projectId: 'pa', indicatorId: 'pa-i3', date: '2024-07-31', value: '150分钟' },
      // The 30 June figure is the latest of the period: the form dates what it holds at the period end.
      { projectId: 'pa', indicatorId: 'pa-i4', date: '2024-07-31', value: '28%' },
    ]);
    expect(loaded.dataset.spend.map(strip)).toEqual([
      { projectId: 'pa', expense: '运维服务', date: '2024-07-31', amount: 40.5 },
      { projectId: 'pa', expense: '安全测评', date: '2024-07-31', amount: 5 },
    ]);
    expect(loaded.dataset.forms).toEqual([{ roundId: 'r-7', projectId: 'pa', status: 'draft', spendForecast: 110 }]);
  });

  it('reads a form as a unit edited it: blank rows inserted, sheets reordered, numbers, percentages and dates typed, 一级 unmerged', async () => {
    const data = sample();
    const wb = await open(await buildMonitoringForm(data, roundReport(data), round, { template: true }));
    const ws = wb.getWorksheet('项目甲')!;
    ws.unMergeCells('A11:A13');
    ws.spliceRows(12, 0, [], []); // two blank rows inside the table: 漏洞扫描 moves to row 14
    ws.getCell('F11').value = 2; // 渗透测试 typed as a number
    ws.getCell('H11').value = '人员保障: 人手不足';
    ws.getCell('F14').value = 3;
    const rate = ws.getCell('F16'); // 预算执行率 typed as 0.35 formatted as %
    rate.value = 0.35;
    rate.style = { ...rate.style, numFmt: '0%' }; // exceljs shares style objects between cells
    ws.getCell('K16').value = new Date(Date.UTC(2024, 6, 20)); // a date in 备注
    ws.getCell('K16').style = { ...ws.getCell('K16').style, numFmt: 'yyyy/m/d' };
    ws.getCell('E8').value = 41; // 执行数 of 运维服务
    ws.getCell('G7').value = 100; // 全年预计执行数
    (wb.getWorksheet('汇总表')! as unknown as { orderNo: number }).orderNo = 9; // summary moved to the end (orderNo is untyped in exceljs)
    const { loaded, messages } = await load({ name: '回收.xlsx', content: await bytesOf(wb) }, bare(data));
    expect(messages).toEqual([]);
    expect(loaded.dataset.actuals.map(strip)).toEqual([
      { projectId: 'pa', indicatorId: 'pa-i1', date: '2024-07-31', value: '2', reasonCategory: '人员保障', reason: '人手不足' },
      { projectId: 'pa', indicatorId: 'pa-i2', date: '2024-07-31', value: '3' },
      { projectId: 'pa', indicatorId: 'pa-i4', date: '2024-07-31', value: '35%', note: '2024-07-20' },
    ]);
    expect(loaded.dataset.spend.map(strip)).toEqual([{ projectId: 'pa', expense: '运维服务', date: '2024-07-31', amount: 41 }]);
  });

  it('refuses a row it cannot take by sheet, row and column, and loads the rest', async () => {
    const data = sample();
    const wb = await open(await buildMonitoringForm(data, roundReport(data), round, { template: true }));
    const ws = wb.getWorksheet('项目甲')!;
    ws.getCell('F11').value = '3小时'; // a time for a count of 轮
    ws.getCell('C12').value = '不存在的指标';
    ws.getCell('F12').value = '2轮';
    ws.getCell('F13').value = '3小时';
    ws.getCell('B9').value = '不存在的支出';
    ws.getCell('E9').value = 3;
    ws.getCell('I13').value = '大概能';
    const { loaded, messages } = await load({ name: '目标表.xlsx', content: await bytesOf(wb) }, bare(data));
    expect(messages).toEqual([
      '目标表.xlsx「项目甲」 第9行「资金项目」：项目“项目甲”没有支出项目“不存在的支出”（现有支出项目：“运维服务”、“安全测评”；整个项目的执行数请将支出项目留空），此行未导入',
      '目标表.xlsx「项目甲」 第11行「执行情况（1–7月）」：指标“渗透测试”（2024-07-31）实际值“3小时”：实际值单位“小时”与指标值单位“轮”不能换算（指标值 ≥4轮），此行未导入',
      '目标表.xlsx「项目甲」 第12行「三级指标」：项目“项目甲”中没有三级指标“不存在的指标”，此行未导入',
      '目标表.xlsx「项目甲」 第13行「完成目标可能性」：完成目标可能性“大概能”不是 确定能 / 有可能 / 完全不可能 之一（已照原文保存）',
    ]);
    expect(loaded.dataset.actuals.map(strip)).toEqual([{ projectId: 'pa', indicatorId: 'pa-i3', date: '2024-07-31', value: '3小时', likelihood: '大概能' }]);
  });
});

describe('reading actuals and spend workbooks', () => {
  it('reads each sheet as the CSV format of its headers, rows named as the sheet numbers them', async () => {
    const data = sample();
    const wb = new ExcelJS.Workbook();
    const a = wb.addWorksheet('实际值');
    a.addRow(['2024年7月实际值（示例）']);
    a.addRow(['项目名称', '三级指标', '日期', '实际值', '备注']);
    a.addRow(['项目甲', '渗透测试', new Date(Date.UTC(2024, 6, 31)), 2, "'=30%"]);
    a.addRow([]);
    a.addRow(['项目甲', '用户满意度', '2024-07-31', 0.92, '']);
    a.getCell('D5').numFmt = '0%';
    a.addRow(['项目甲', '没有的指标', '2024-07-31', '1', '']);
    const s = wb.addWorksheet('执行数');
    s.addRow(['项目名称', '支出项目', '日期', '累计执行数']);
    s.addRow(['项目甲', '运维服务', '2024/7/31', 42.25]);
    const { ex, loaded, messages } = await load({ name: '填报.xlsx', content: await bytesOf(wb) }, bare(data));
    expect(ex.files.map((f) => f.name)).toEqual(['填报.xlsx「实际值」', '填报.xlsx「执行数」']);
    expect(messages).toEqual(['填报.xlsx「实际值」 第6行「三级指标」：项目“项目甲”中没有三级指标“没有的指标”，此行未导入']);
    expect(loaded.dataset.actuals.map(strip)).toEqual([
      { projectId: 'pa', indicatorId: 'pa-i1', date: '2024-07-31', value: '2', note: "'=30%" },
      { projectId: 'pa', indicatorId: 'pa-i5', date: '2024-07-31', value: '92%' },
    ]);
    expect(loaded.dataset.spend.map(strip)).toEqual([{ projectId: 'pa', expense: '运维服务', date: '2024-07-31', amount: 42.25 }]);
  });

  it('a file that is not a workbook passes through untouched; a broken or empty workbook is named', async () => {
    const csv: InputFile = { name: 'a.csv', content: '项目名称,三级指标,日期,实际值\n项目甲,渗透测试,2024-07-31,2\n' };
    expect(await expandSpreadsheets([csv])).toEqual({ files: [csv], problems: [] });
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml garbage')]);
    const ex = await expandSpreadsheets([{ name: '坏.xlsx', content: broken }]);
    expect(ex.files).toEqual([]);
    expect(ex.problems.map((p) => p.message)[0]).toMatch(/^坏\.xlsx：无法打开此 Excel 工作簿（.*），文件未导入$/);
    const headerOnly = new ExcelJS.Workbook();
    headerOnly.addWorksheet('Sheet1').addRow(['项目名称', '三级指标', '日期', '实际值']);
    headerOnly.addWorksheet('Sheet2');
    const empty = await expandSpreadsheets([{ name: '空.xlsx', content: await bytesOf(headerOnly) }]);
    expect(empty.files).toEqual([]);
    expect(empty.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', '空.xlsx「Sheet1」：Excel 工作表只有表头，没有数据行，未导入'],
      ['error', '空.xlsx：是 Excel 工作簿，但没有可读取的数据：能读取的是绩效目标表（应有“项目名称”或“单位(专项)名称”和“一级指标…三级指标”表头）、实际值表、执行数表（表头同 CSV 格式，见 data/README.md）和填好的监控表，文件未导入'],
    ]);
  });
});
