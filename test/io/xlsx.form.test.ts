// The 监控表 .xlsx as written: read back with exceljs, cell by cell.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildMonitoringForm } from '../../src/io/xlsx/monitoringForm';
import { uniqueSheetNames } from '../../src/io/xlsx/sheetNames';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { open, round, roundReport, sample } from './xlsxHelpers';

describe('buildMonitoringForm', () => {
  it('writes the 汇总表 first, then one sheet per project with a valid unique name', async () => {
    const data = sample();
    const wb = await open(await buildMonitoringForm(data, roundReport(data), round));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总表', '项目甲', '项目乙：_测试__运维_费用_超过三十一个字符的很长的项目名称']);
    expect(wb.worksheets[2].name).toHaveLength(31);
    expect(uniqueSheetNames(['汇总表', 'A', 'a', 'History', 'x'.repeat(40), 'x'.repeat(40)], ['汇总表'])).toEqual(['汇总表(2)', 'A', 'a(2)', 'History_', 'x'.repeat(31), `${'x'.repeat(28)}(2)`]);
    const s = wb.getWorksheet('汇总表')!;
    expect(s.getCell('A1').value).toBe('项目支出绩效目标执行监控汇总表');
    expect((s.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '项目名称', '主管部门', '实施单位', '指标数', '达标', '预警', '滞后', '待填报', '无法判断', '资金总额（万元）', '执行数（万元）', '执行率', '已完成']);
    // 项目甲 on 31 July: 150分钟 达标; 预算执行率 from spend 39.2% against ~41.8% 预警; 渗透测试 1轮 of 2 滞后; 2 待填报.
    expect((s.getRow(4).values as unknown[]).slice(1)).toEqual(['1', '项目甲', '江苏省数据局', '江苏省政务服务网运营中心', 5, 1, 1, 1, 2, 0, 116, 45.5, 45.5 / 116, '已完成']);
    expect(s.getCell('M4').numFmt).toBe('0.0%');
    expect(s.getCell('N5').value).toBe('未完成');
  });

  it('lays out the official form: header block, 资金 block, indicators with 一级/二级 merged, text cells as text', async () => {
    const data = sample();
    const ws = (await open(await buildMonitoringForm(data, roundReport(data), round))).getWorksheet('项目甲')!;
    expect(ws.getCell('A1').value).toBe('项目支出绩效目标执行监控表');
    expect(ws.getCell('A2').value).toBe('（2024年1–7月监控）');
    expect([ws.getCell('A3').value, ws.getCell('B3').value, ws.getCell('F3').value, ws.getCell('G3').value]).toEqual(['项目名称', '项目甲', '主管部门', '江苏省数据局']);
    expect([ws.getCell('A4').value, ws.getCell('F4').value, ws.getCell('G4').value]).toEqual(['实施单位', '负责人', '王工/025-1234']);
    expect([ws.getCell('A5').value, ws.getCell('B5').value, ws.getCell('G5').value]).toEqual(['监控期间', '2024年1月1日至2024年7月31日', '2024年度']);
    // 资金: header, 合计, one row per 支出 line.
    expect((ws.getRow(6).values as unknown[]).slice(1, 8)).toEqual(['项目资金\n（万元）', '资金项目', '资金项目', '年度资金总额', '执行数', '执行率', '全年预计执行数']);
    expect((ws.getRow(7).values as unknown[]).slice(2, 8)).toEqual(['合计', '合计', 116, 45.5, 45.5 / 116, 110]);
    expect((ws.getRow(8).values as unknown[]).slice(2, 7)).toEqual(['运维服务', '运维服务', 80, 40.5, 40.5 / 80]);
    expect((ws.getRow(10).values as unknown[]).slice(1)).toEqual(['一级指标', '二级指标', '三级指标', '半年指标值', '年度指标值', '执行情况（1–7月）', '全年预计完成情况', '偏差原因分析', '完成目标可能性', '纠偏措施', '备注']);
    expect((ws.getRow(11).values as unknown[]).slice(1)).toEqual(['产出指标', '数量指标', '渗透测试', '≥2轮', '≥4轮', '1轮', '3轮', '经费保障：经费未到位', '有可能', '8月追加预算', '=SUM(A1)']);
    const merges = (ws.model as unknown as { merges: string[] }).merges;
    expect(merges).toEqual(expect.arrayContaining(['A1:K1', 'B3:E3', 'G3:K3', 'A6:A9', 'B7:C7', 'A11:A13', 'B11:B12']));
    expect(merges).not.toContain('B13:B13');
    // =30% and =SUM(A1) are strings: no formula, no apostrophe, formatted as text.
    const target = ws.getCell('E14');
    expect(target.value).toBe('=100%');
    expect(target.formula).toBeUndefined();
    expect(target.numFmt).toBe('@');
    expect(ws.getCell('D14').value).toBe('=30%');
    expect(ws.getCell('K11').type).toBe(3); // ValueType.String
    expect(ws.getCell('A1').font).toMatchObject({ name: 'SimSun', size: 16, bold: true });
    expect(ws.getCell('C11').border).toMatchObject({ top: { style: 'thin' }, bottom: { style: 'thin' } });
    expect(ws.getCell('C11').alignment).toMatchObject({ wrapText: true });
    expect(ws.columns.map((c) => c.width)).toEqual([10, 11, 22, 11, 11, 14, 12, 24, 11, 22, 14]);
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '10:10' });
  });

  it('stores no formula anywhere in the file and a year-only table has no 半年 column', async () => {
    const data = sample();
    const bytes = await buildMonitoringForm(data, roundReport(data), round);
    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    for (const n of sheets) expect(await zip.file(n)!.async('string')).not.toContain('<f>');
    const ws = (await open(bytes)).worksheets[2];
    expect((ws.getRow(10).values as unknown[]).slice(1)).toEqual(['一级指标', '二级指标', '三级指标', '年度指标值', '执行情况（1–7月）', '全年预计完成情况', '偏差原因分析', '完成目标可能性', '纠偏措施', '备注']);
    expect(ws.getCell('D11').value).toBe('≥12次');
  });

  it('a blank template keeps targets and budgets and leaves every value empty', async () => {
    const data = sample();
    const wb = await open(await buildMonitoringForm(data, roundReport(data), round, { template: true }));
    const ws = wb.getWorksheet('项目甲')!;
    expect(ws.getCell('A2').value).toBe('（2024年1–7月监控·空白模板）');
    expect([ws.getCell('D7').value, ws.getCell('E7').value, ws.getCell('G7').value, ws.getCell('D8').value, ws.getCell('E8').value]).toEqual([116, null, null, 80, null]);
    expect([ws.getCell('E11').value, ws.getCell('F11').value, ws.getCell('H11').value, ws.getCell('K11').value]).toEqual(['≥4轮', null, null, null]);
    expect(ws.getCell('F11').numFmt).toBe('@');
    expect(wb.getWorksheet('汇总表')!.getCell('F4').value).toBeNull();
  });

  it('without a round: the period runs from 1 January to the as-of date, every project is listed', async () => {
    const data = sample();
    const report = buildReport(data, '2024-06-30', defaultSettings());
    const ws = (await open(await buildMonitoringForm(data, report, null))).getWorksheet('项目甲')!;
    expect(ws.getCell('A2').value).toBe('（截至2024-06-30）');
    expect(ws.getCell('B5').value).toBe('2024年1月1日至2024年6月30日');
    expect(ws.getCell('F10').value).toBe('执行情况（1–6月）');
    expect(ws.getCell('F14').value).toBe('28%');
    expect(ws.getCell('F11').value).toBeNull();
  });
});
