// The round's files in Chromium, on the bundled data: create the 1–7月 round, fill one indicator,
// download the 监控表 and check its cells with exceljs (汇总表, the project's sheet with the title,
// 项目名称, the value filled, a target `=30%` kept as text, never a formula), convert it to PDF with
// LibreOffice headless (≥ 1 page), then import a filled form made from it (one 执行情况 changed):
// the preview shows old → new, 取消 changes nothing (the 填报 tab keeps the old value), importing
// again and 确认导入 applies it and says the summary.
// Screenshots: test-results/round-import-preview.png; the PDF's first page: test-results/round-form-pdf-1.png.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import ExcelJS from 'exceljs';
import { getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const P = '“一企来办”平台运营运维费';
const FILLED = '项目覆盖单位或市县区数量占比';
const SOFFICE = '/usr/bin/soffice';
const cell = (page: Page, r: number, c: number) => page.locator(`[data-cell="${r}:${c}"]`);
const rowsOf = async (page: Page, sel: string) =>
  page.locator(`${sel} .el-table__body tr`).evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));

/** Every cell of a sheet as [row, col, cell]. */
function cells(ws: ExcelJS.Worksheet): [number, number, ExcelJS.Cell][] {
  const out: [number, number, ExcelJS.Cell][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (c, k) => void out.push([r, k, c])));
  return out;
}
const find = (ws: ExcelJS.Worksheet, test: (v: string) => boolean) => cells(ws).find(([, , c]) => typeof c.value === 'string' && test(c.value));

/** Where the 执行情况 of `level3` is on the project's sheet. */
function valueCell(ws: ExcelJS.Worksheet, level3: string): ExcelJS.Cell {
  const head = find(ws, (v) => v.startsWith('执行情况'));
  const row = find(ws, (v) => v === level3);
  expect(head && row).toBeTruthy();
  return ws.getCell(row![0], head![1]);
}

async function openForm(page: Page) {
  await page.goto(`${baseURL}#/round`);
  await page.locator('[data-test="round-projects"] a', { hasText: P }).click({ timeout: 15_000 });
  await page.locator('[data-test="round-form"]').waitFor({ timeout: 15_000 });
}

async function pickImport(page: Page, name: string, buffer: Buffer) {
  await page.goto(`${baseURL}#/round`);
  await page.locator('[data-test="import-form"]').waitFor({ timeout: 15_000 });
  await page.locator('[data-test="import-input"]').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await page.locator('[data-test="import-preview"]').waitFor({ timeout: 20_000 });
}

describe('the round’s files', () => {
  it('export the 监控表 (cells, PDF), import a filled form with a preview: cancel, then commit', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'round-files-'));
    const { page, errors } = await openPage(browser(), `${baseURL}#/round`);
    await page.locator('[data-test="round-none"] [data-test="new-round"]').click({ timeout: 15_000 });
    const dialog = page.locator('[data-test="new-round-dialog"]');
    await expect.poll(() => dialog.locator('[data-test="round-name"]').inputValue()).toBe('2024年1–7月监控');
    await dialog.locator('[data-test="create-round"]').click();
    await expect.poll(() => page.locator('[data-test="round-title"]').textContent()).toBe('2024年1–7月监控');

    // Row 11 (项目覆盖单位或市县区数量占比): 60% on 31 July.
    await page.locator('[data-test="round-projects"] a', { hasText: P }).click();
    await page.locator('[data-test="round-form"]').waitFor({ timeout: 15_000 });
    await cell(page, 11, 0).click();
    await page.keyboard.type('60%');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('[data-test="form-saved"]').textContent()).toMatch(/^已保存 /);

    // 下载监控表: the workbook's cells.
    await page.goto(`${baseURL}#/round`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="export-form"]').click({ timeout: 15_000 })]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const xlsx = join(tmp, 'form.xlsx');
    await download.saveAs(xlsx);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets[0].name).toBe('汇总表');
    const ws = wb.getWorksheet(P)!;
    expect(ws).toBeTruthy();
    expect(find(ws, (v) => v.includes('项目支出绩效目标执行监控表'))).toBeTruthy();
    const name = find(ws, (v) => v === '项目名称')!;
    expect(cells(ws).some(([r, k, c]) => r === name[0] && k > name[1] && c.value === P)).toBe(true);
    expect(valueCell(ws, FILLED).value).toBe('60%');
    // 预算执行率's half-year target =30%: a text cell, no formula.
    const target = find(ws, (v) => v === '=30%')!;
    expect(target).toBeTruthy();
    expect(target[2].type).toBe(ExcelJS.ValueType.String);
    expect(target[2].formula).toBeUndefined();

    // LibreOffice headless converts it to a PDF of at least one page.
    if (!existsSync(SOFFICE)) {
      console.warn(`SKIPPED the PDF conversion: ${SOFFICE} is not installed`);
    } else {
      execFileSync(SOFFICE, [`-env:UserInstallation=file://${tmp}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, xlsx], { timeout: 120_000, stdio: 'pipe' });
      const pdf = join(tmp, 'form.pdf');
      expect(existsSync(pdf)).toBe(true);
      const doc = await getDocumentProxy(new Uint8Array(readFileSync(pdf)));
      expect(doc.numPages).toBeGreaterThanOrEqual(1);
      if (existsSync('/usr/bin/pdftoppm')) {
        mkdirSync(resolve('test-results'), { recursive: true });
        execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, resolve('test-results', 'round-form-pdf')]);
      }
    }

    // A filled form: the unit changed 60% to 65%.
    valueCell(ws, FILLED).value = '65%';
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    await pickImport(page, '7月填报.xlsx', filled);
    const preview = page.locator('[data-test="import-preview"]');
    await page.locator('[data-test="import-preview"] .el-tabs__item', { hasText: '更新' }).click();
    expect(await rowsOf(page, '[data-test="import-changed"]')).toContainEqual([P, FILLED, '2024-07-31', '执行情况', '60%', '65%']);
    const summary = (await preview.locator('[data-test="import-summary"]').textContent())?.trim() ?? '';
    expect(summary).toMatch(/^新增 \d+ 条，更新 1 条（覆盖同日旧值）/);
    await screenshot(page, 'round-import-preview');

    await preview.locator('[data-test="import-cancel"]').click();
    await expect.poll(() => preview.isVisible()).toBe(false);
    await openForm(page);
    expect(await cell(page, 11, 0).inputValue()).toBe('60%');

    await pickImport(page, '7月填报.xlsx', filled);
    await page.locator('[data-test="import-preview"] [data-test="import-commit"]').click();
    await expect.poll(() => page.locator('.el-message', { hasText: `已导入：${summary}` }).count()).toBe(1);
    await openForm(page);
    expect(await cell(page, 11, 0).inputValue()).toBe('65%');
    expect(errors).toEqual([]);
  }, 240_000);
});
