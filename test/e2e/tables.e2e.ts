// Target tables of other provinces on the 数据 page, in a real browser (issue 9): a year-only text
// table with its actuals chosen in the file picker, a 自评表 as an Excel workbook dropped on the
// page, a split-column table as a Word file chosen with its actuals, a department's list of its
// projects as a workbook — each listed in the files
// table with its projects and indicators, and judged on its project page (status per indicator,
// exact). A file of unknown content still gets the clear 无法识别 message, and a Word file without a
// target table is refused by name even when it is the only file dropped. The .xlsx/.docx are built
// from the text fixtures (test/io/tableFilesHelpers). Screenshots: test-results/tables*.png.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';
import { tableDocx, tableXlsx } from '../io/tableFilesHelpers';

const baseURL = inject('baseURL');
const browser = useBrowser();

const table = (name: string) => readFileSync(resolve('test/fixtures/tables', name), 'utf-8');
const count = async (page: Page, key: string) => Number(((await page.locator(`[data-test="count-${key}"]`).textContent()) ?? '').replace(/\D/g, ''));
const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });
const bytes = (name: string, data: Uint8Array) => ({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(data) });

/** Drops files on the page as a user dragging them from the desktop does. */
async function drop(page: Page, files: { name: string; buffer: Buffer }[]) {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0))], f.name));
    for (const type of ['dragenter', 'dragover', 'drop']) document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, data: f.buffer.toString('base64') })));
}

/** [三级指标, status label] of every row of a project's indicator table at a date. */
async function statuses(page: Page, id: string, asOf: string): Promise<string[][]> {
  await page.evaluate((hash) => (location.hash = hash), `#/project/${id}?asOf=${asOf}`);
  const rows = page.locator('[data-test="indicator-table"] .el-table__body tr');
  await rows.first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  return rows.evaluateAll((trs) => trs.map((tr) => [
    tr.querySelector('[data-test="indicator-name"]')?.textContent?.trim() ?? '',
    tr.querySelector('[data-test="status-tag"]')?.textContent?.trim() ?? '',
  ]));
}

describe('target tables of other provinces on the 数据 page', () => {
  it('loads a year-only text table, an .xlsx 自评表 (dropped) and a .docx table (chosen), judges each, and refuses unknown content clearly', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`, { width: 1440, height: 1300 });
    const files = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    const row = async (name: string) => (await files.filter({ hasText: name }).first().locator('td').allTextContents()).slice(1, 8).map((c) => c.trim());
    const input = page.locator('[data-test="file-input"]');

    // Year-only text table (年度指标值 beside 实施期指标值) and its half-year actuals, chosen together.
    await input.setInputFiles([
      text('水利目标表.txt', table('mid-term.txt')),
      text('水利实际值.csv', '项目名称,三级指标,日期,实际值\n农村饮水安全巩固提升,水厂提质改造数量,2025-06-30,7座\n农村饮水安全巩固提升,新增供水管网长度,2025-06-30,40公里\n农村饮水安全巩固提升,受益群众满意度,2025-06-30,93%\n'),
    ]);
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 2);
    expect(await row('水利目标表.txt')).toEqual(['水利目标表.txt', '绩效目标表（文本）', 'UTF-8', '1', '7', '0', '0']);

    // A 自评表 as an Excel workbook, dropped: its 实际完成值 load as actuals of 31 December.
    await drop(page, [bytes('养老自评表.xlsx', await tableXlsx(table('self-assessment.txt')))]);
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 3);
    expect(await row('养老自评表.xlsx')).toEqual(['养老自评表.xlsx「绩效目标表」', '绩效目标表（文本）', '文本', '1', '5', '5', '0']);

    // A split-column table (指标性质 + 指标值 + 度量单位, money in 元) as a Word file, chosen with its actuals.
    await input.setInputFiles([
      bytes('医保目标表.docx', await tableDocx(table('split-columns.txt'))),
      text('医保实际值.csv', '项目名称,三级指标,日期,实际值\n城乡居民医保经办服务能力提升,经办人员培训人次,2025-06-30,700人次\n城乡居民医保经办服务能力提升,业务办结时限,2025-06-30,4个工作日\n城乡居民医保经办服务能力提升,参保群众满意度,2025-06-30,88%\n'),
    ]);
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 5);
    expect(await row('医保目标表.docx')).toEqual(['医保目标表.docx', '绩效目标表（文本）', '文本', '1', '9', '0', '0']);

    // A department's list of its projects (单位(专项)名称 | 资金总额 | 实施期绩效目标 | …) as a workbook, chosen with actuals.
    await input.setInputFiles([
      bytes('部门项目清单.xlsx', await tableXlsx(table('department-list.txt'))),
      text('学生资助实际值.csv', '项目名称,三级指标,日期,实际值\n学生资助专项,资助学生人次,2025-06-30,1400人次\n学生资助专项,受助学生满意度,2025-06-30,95%\n'),
    ]);
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 7);
    expect(await row('部门项目清单.xlsx')).toEqual(['部门项目清单.xlsx「绩效目标表」', '绩效目标表（文本）', '文本', '3', '11', '0', '0']);
    expect(await count(page, 'projects')).toBe(4 + 3 + 3);
    expect(await count(page, 'indicators')).toBe(99 + 7 + 5 + 9 + 11);
    await screenshot(page, 'tables-files');

    // Unknown content (chosen) and a Word file without a target table (dropped alone): both said by name.
    await input.setInputFiles(text('会议纪要.txt', '本次会议研究了下半年工作安排。\n请各处室按时报送材料。\n'));
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 8);
    await drop(page, [bytes('通知.docx', await tableDocx('关于报送材料的通知\n请于月底前报送。\n'))]);
    const problems = page.locator('[data-test="problems-table"] .el-table__body tr');
    await expect.poll(() => page.locator('[data-test="problems-table"]').textContent(), { timeout: 15_000 }).toContain('通知.docx');
    const listed = await problems.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).slice(0, 5).map((td) => td.textContent?.trim() ?? '')));
    expect(listed.filter((r) => r[1] === '会议纪要.txt' || r[1] === '通知.docx')).toEqual([
      ['错误', '会议纪要.txt', '1', '', '会议纪要.txt 第1行：无法识别文件内容：不是 JSON，不是带已知表头的 CSV（如 项目名称,三级指标,日期,实际值），也不像绩效目标表文本；文件未导入'],
      ['错误', '通知.docx', '', '', '通知.docx：是 Word 文档，但其中没有绩效目标表（应有“项目名称”和“一级指标…三级指标”表头）；文件未导入'],
    ]);
    expect(await count(page, 'projects')).toBe(10);
    await page.locator('[data-test="problems-table"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'tables-problems');

    // Judged from the year target alone (domain.md §3): 14座 × 序时进度 rounded down to 6座 by 30 June.
    expect(await statuses(page, 'p-8460e255', '2025-06-30')).toEqual([
      ['水厂提质改造数量', '达标'], ['新增供水管网长度', '滞后'], ['工程验收合格率', '待填报'], ['工程完工及时率', '待填报'],
      ['农村自来水普及率', '待填报'], ['工程长效运行机制', '待填报'], ['受益群众满意度', '达标'],
    ]);
    await screenshot(page, 'tables-year-only');
    expect(await statuses(page, 'p-995c959a', '2024-12-31')).toEqual([
      ['服务老年人人次', '达标'], ['服务质量抽查合格率', '预警'], ['补助资金拨付及时率', '达标'], ['居家养老服务覆盖率', '达标'], ['老年人满意度', '达标'],
    ]);
    expect(await statuses(page, 'p-37d26f83', '2025-06-30')).toEqual([
      ['经办人员培训人次', '达标'], ['经办服务网点覆盖县区数', '待填报'], ['档案验收合格率', '待填报'], ['预算调整率', '待填报'], ['业务办结时限', '滞后'],
      ['预算执行率', '待填报'], ['人均培训成本', '待填报'], ['群众就医便利程度', '待填报'], ['参保群众满意度', '预警'],
    ]);
    // A project of the list: 3000人次 × 序时进度 → 1,487人次 by 30 June, 1400 is within the tolerance.
    expect(await statuses(page, 'p-6dd03eaf', '2025-06-30')).toEqual([
      ['资助学生人次', '预警'], ['资助对象认定准确率', '待填报'], ['因贫辍学学生数', '待填报'], ['受助学生满意度', '达标'],
    ]);
    expect(errors).toEqual([]);
  });
});
