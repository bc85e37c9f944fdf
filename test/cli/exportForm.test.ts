// npm run cli -- export-form, end to end: written, opened with exceljs, read back by report.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';

let out = '';
let err = '';
beforeEach(() => {
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const dir = () => mkdtempSync(join(tmpdir(), 'im-form-'));
async function sheets(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('npm run cli -- export-form', () => {
  it('writes the round 1–7月 form of the bundled data: 汇总表 and one sheet per project', async () => {
    const file = join(dir(), '监控表.xlsx');
    expect(await main(['export-form', 'data', '--round-end', '2024-07-31', '--out', file])).toBe(0);
    expect(err).toMatch(/^已生成 .*监控表\.xlsx（\d+ KB）\n$/);
    const wb = await sheets(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总表', '“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维']);
    const ws = wb.worksheets[4];
    expect([ws.getCell('A2').value, ws.getCell('B3').value, ws.getCell('B5').value]).toEqual(['（2024年1–7月监控）', '省政务办信息系统安全运维', '2024年1月1日至2024年7月31日']);
    expect(wb.worksheets[0].getCell('A2').value).toBe('2024年1–7月监控\u3000监控期间：2024年1月1日至2024年7月31日\u3000一般监控：全部项目\u3000共 4 个项目');
  });

  it('--round-name, --template and --as-of', async () => {
    const d = dir();
    expect(await main(['export-form', 'data/projects.json', '--round-end', '2024-09-30', '--round-name', '三季度监控', '--template', '--out', join(d, 't.xlsx')])).toBe(0);
    const t = (await sheets(join(d, 't.xlsx'))).worksheets[1];
    expect(t.getCell('A2').value).toBe('（三季度监控·空白模板）');
    expect(await main(['export-form', 'data', '--as-of', '2024-06-30', '--out', join(d, 'a.xlsx')])).toBe(0);
    expect((await sheets(join(d, 'a.xlsx'))).worksheets[1].getCell('A2').value).toBe('（截至2024-06-30）');
  });

  it('a filled form read back by report: its values are judged; a refused row is named and exits 1', async () => {
    const d = dir();
    const file = join(d, '填好.xlsx');
    expect(await main(['export-form', 'data/projects.json', '--round-end', '2024-07-31', '--template', '--out', file])).toBe(0);
    const wb = await sheets(file);
    const ws = wb.getWorksheet('省政务办信息系统安全运维')!;
    const row = (name: string) => ws.getColumn(3).values.findIndex((v) => v === name);
    ws.getCell(row('渗透测试'), 6).value = '3轮';
    ws.getCell(row('漏洞扫描'), 6).value = '3小时';
    await wb.xlsx.writeFile(file);
    err = '';
    expect(await main(['report', 'data/projects.json', file, '--as-of', '2024-07-31', '--format', 'csv'])).toBe(1);
    expect(err).toContain(`错误：${file}「省政务办信息系统安全运维」 第${row('漏洞扫描')}行「执行情况（1–7月）」：指标“漏洞扫描”（2024-07-31）实际值“3小时”：`);
    expect(out).toMatch(/省政务办信息系统安全运维,.*渗透测试,.*3轮/);
  });

  it('usage errors exit 2 in Chinese', async () => {
    expect(await main(['export-form', 'data', '--out', join(dir(), 'x.xlsx')])).toBe(2);
    expect(err).toContain('export-form 需要 --round-end（监控轮次的截止日期）或 --as-of 二者之一');
    err = '';
    expect(await main(['export-form', 'data', '--as-of', '2024-13-01', '--out', 'x.xlsx'])).toBe(2);
    expect(err).toContain('--as-of “2024-13-01”不是有效日期');
  });
});
