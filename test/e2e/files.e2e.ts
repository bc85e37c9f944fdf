// Opening the user's own files on the 数据 page, in a real browser: a GBK actuals CSV (as Excel on
// Chinese Windows saves it: GB18030, CRLF, no BOM) through the file picker is recognised and its
// actuals judged (they show up in the flagged list); then a broken CSV lists its row errors by
// file and row while everything loaded before stays. Screenshots: test-results/files*.png.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const baseURL = inject('baseURL');
const browser = useBrowser();

const fixture = (name: string) => readFileSync(resolve('test/fixtures/io', name));
const count = async (page: Page, key: string) => Number(((await page.locator(`[data-test="count-${key}"]`).textContent()) ?? '').replace(/\D/g, ''));

describe('opening files on the 数据 page', () => {
  it('judges the actuals of a GBK CSV, then lists a broken CSV\'s row errors without losing anything', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`, { width: 1440, height: 1300 });
    const files = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    const before = { projects: await count(page, 'projects'), indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') };
    expect(before).toMatchObject({ projects: 4, indicators: 99 });

    // The GBK file: bytes as Excel writes them (no BOM, CRLF), three new actuals dated 31 October.
    const gbk = fixture('actuals-oct-gbk.csv');
    expect([...gbk.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(gbk.includes(Buffer.from('\r\n'))).toBe(true);
    await page.locator('[data-test="file-input"]').setInputFiles({ name: '十月实际值（GBK）.csv', mimeType: 'text/csv', buffer: gbk });
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 1);
    expect((await files.last().locator('td').allTextContents()).slice(1, 8)).toEqual(['十月实际值（GBK）.csv', '实际值（CSV）', 'GBK/GB18030', '0', '0', '3', '0']);
    expect(await count(page, 'actuals')).toBe(before.actuals + 3);
    // The as-of date follows the data to its new latest date.
    await expect.poll(() => page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-10-31');
    await screenshot(page, 'files-gbk');

    // Judged: the new 300分钟 response time (limit ≤4小时) is 滞后 in the flagged list, with its reason.
    await page.locator('[data-test="menu-flagged"]').click();
    const rows = page.locator('[data-test="flagged-table"] .el-table__body tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('[data-test="filter-search"]').fill('机房空调更换');
    await expect.poll(() => rows.count()).toBe(1);
    const cells = (await rows.first().locator('td').allTextContents()).map((c) => c.trim());
    expect(cells[2]).toContain('信息系统故障修复响应时间');
    expect(cells[5]).toBe('300分钟（5小时）2024-10-31'); // also in the target's unit (≤4小时)
    expect(cells[7]).toBe('滞后');
    expect(cells[8]).toBe('硬件条件保障：机房空调更换期间排障时间延长');
    await page.locator('[data-test="filter-search"]').fill('');
    await expect.poll(() => page.locator('[data-test="flagged-table"]').textContent()).toContain('2轮2024-10-31');
    await screenshot(page, 'files-flagged');

    // The broken file: one good row, then a bad date, an unknown project and an unknown indicator.
    await page.locator('[data-test="menu-data"]').click();
    await page.locator('[data-test="file-input"]').setInputFiles({ name: '实际值（有错误）.csv', mimeType: 'text/csv', buffer: fixture('actuals-broken.csv') });
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 2);
    const problems = page.locator('[data-test="problems-table"] .el-table__body tr');
    await expect.poll(() => problems.count()).toBe(3);
    const listed = await Promise.all([0, 1, 2].map(async (i) => (await problems.nth(i).locator('td').allTextContents()).map((c) => c.trim())));
    expect(listed.map((r) => r.slice(0, 4))).toEqual([
      ['错误', '实际值（有错误）.csv', '3', '日期'],
      ['错误', '实际值（有错误）.csv', '4', '项目名称'],
      ['错误', '实际值（有错误）.csv', '5', '三级指标'],
    ]);
    expect(listed[0][4]).toContain('“2024-13-45”的月份不存在，此行未导入');
    expect(listed[1][4]).toContain('没有名为“不存在的项目”的项目');
    expect(listed[2][4]).toContain('没有三级指标“不存在的指标”');
    // Nothing lost: the projects, indicators and every earlier actual are still there, plus the good row.
    expect(await count(page, 'projects')).toBe(before.projects);
    expect(await count(page, 'indicators')).toBe(before.indicators);
    expect(await count(page, 'actuals')).toBe(before.actuals + 3 + 1);
    await page.locator('[data-test="problems-table"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'files-errors');
    expect(errors).toEqual([]);
  });
});
