// What the user loaded survives a reload (F5), in a real browser with IndexedDB: a CSV opened on the
// 数据 page (one good actual, three bad rows) is still there after the reload, with its file entry
// and its problems, and the page says it was restored from this browser; 重置为示例数据 then a
// reload gives the sample again. A table cut short that would wipe a project asks first, and the
// load can be undone. Screenshots: test-results/persist-restored.png, reload-confirm.png.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const baseURL = inject('baseURL');
const browser = useBrowser();

const count = async (page: Page, key: string) => Number(((await page.locator(`[data-test="count-${key}"]`).textContent()) ?? '').replace(/\D/g, ''));
const rows = (page: Page, table: string) => page.locator(`[data-test="${table}"] .el-table__body tr`);
const cells = async (page: Page, table: string) =>
  Promise.all((await rows(page, table).all()).map(async (r) => (await r.locator('td').allTextContents()).map((c) => c.trim())));

/** Whether the app's IndexedDB save (its head record) exists. */
const savedRecord = (page: Page) =>
  page.evaluate(() => new Promise<boolean>((done, fail) => {
    const open = indexedDB.open('indicator-monitor');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      if (!open.result.objectStoreNames.contains('saved-data')) return (open.result.close(), done(false));
      const get = open.result.transaction('saved-data').objectStore('saved-data').count('state');
      get.onsuccess = () => (open.result.close(), done(get.result > 0));
      get.onerror = () => fail(get.error);
    };
  }));

describe('the loaded data is kept in this browser', () => {
  it('survives a reload; 重置为示例数据 then a reload gives the sample', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`, { width: 1440, height: 1100 });
    const files = rows(page, 'files-table');
    const status = page.locator('[data-test="saved-status"]');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    // The sample is not saved, and nothing says it is.
    expect(await status.count()).toBe(0);
    const sampleActuals = await count(page, 'actuals');
    expect(await savedRecord(page)).toBe(false);

    await page.locator('[data-test="file-input"]').setInputFiles({
      name: '实际值（有错误）.csv', mimeType: 'text/csv', buffer: readFileSync(resolve('test/fixtures/io/actuals-broken.csv')),
    });
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 1);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/^已保存在本浏览器（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}），刷新页面后仍在$/);
    expect(await savedRecord(page)).toBe(true);
    const before = {
      files: await cells(page, 'files-table'),
      problems: await cells(page, 'problems-table'),
      counts: { projects: await count(page, 'projects'), indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') },
    };
    expect(before.counts.actuals).toBe(sampleActuals + 1);
    expect(before.problems.map((r) => r.slice(1, 3))).toEqual([['实际值（有错误）.csv', '3'], ['实际值（有错误）.csv', '4'], ['实际值（有错误）.csv', '5']]);

    await page.reload();
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 1);
    expect(await cells(page, 'files-table')).toEqual(before.files);
    expect(before.files.at(-1)!.slice(1, 3)).toEqual(['实际值（有错误）.csv', '实际值（CSV）']);
    expect(await cells(page, 'problems-table')).toEqual(before.problems);
    expect({ projects: await count(page, 'projects'), indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') }).toEqual(before.counts);
    expect(await page.locator('.summary__origin').textContent()).toContain('当前数据：本地载入');
    expect(await status.textContent()).toMatch(/^已恢复上次载入的数据（保存于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}，仅保存在本浏览器）$/);
    await screenshot(page, 'persist-restored');

    await page.locator('[data-test="reset-data"]').click();
    await page.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    await expect.poll(() => status.count()).toBe(0);
    // The record is removed (a save or removal runs ~50 ms after the change) before the reload.
    await expect.poll(() => savedRecord(page)).toBe(false);
    await page.reload();
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    expect((await cells(page, 'files-table')).map((r) => r[1])).toEqual(BUNDLED_FILES);
    expect(await page.locator('.summary__origin').textContent()).toContain('内置示例数据');
    expect(await count(page, 'actuals')).toBe(sampleActuals);
    expect(await rows(page, 'problems-table').count()).toBe(0);
    expect(await status.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('a table cut after its header asks before it wipes a project; 取消 keeps it, 载入 applies, 撤销上次载入 restores what a reload then shows', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`, { width: 1440, height: 1000 });
    const files = rows(page, 'files-table');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    const sample = { indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') };
    expect(sample.indicators).toBe(99);
    // The header and funds of "一企来办", none of its 25 indicators.
    const cut = readFileSync(resolve('data/seed-tables.txt'), 'utf8').split('\n').slice(0, 28).join('\n');
    const choose = () => page.locator('[data-test="file-input"]').setInputFiles({ name: '目标表（不完整）.txt', mimeType: 'text/plain', buffer: Buffer.from(cut) });
    const box = page.locator('.el-message-box');

    await choose();
    await box.waitFor();
    expect(await box.locator('.el-message-box__title').textContent()).toBe('载入会删除已有指标');
    expect(await box.locator('[data-test="reload-question"]').textContent())
      .toBe('重新载入将使项目「“一企来办”平台运营运维费」的指标由 25 个变为 0 个，53 条实际值将失去对应指标。仍要载入吗？');
    await screenshot(page, 'reload-confirm');
    await box.locator('.el-message-box__btns .el-button:not(.el-button--primary)').click();
    await page.locator('.el-message:has-text("已取消载入 目标表（不完整）.txt，数据未改变")').waitFor();
    // The closed box fades out (and may stay in the page hidden): wait until none shows, then use the one shown.
    const shown = page.locator('.el-message-box:visible');
    await expect.poll(() => shown.count()).toBe(0);
    expect(await files.count()).toBe(BUNDLED_FILES.length);
    expect(await count(page, 'indicators')).toBe(99);
    // Nothing was saved for the cancelled load.
    expect(await savedRecord(page)).toBe(false);

    await choose();
    await shown.waitFor();
    await shown.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => files.count()).toBe(BUNDLED_FILES.length + 1);
    expect(await count(page, 'indicators')).toBe(74);
    await expect.poll(() => savedRecord(page)).toBe(true);

    await page.locator('[data-test="undo-load"]').click();
    await expect.poll(() => files.count()).toBe(BUNDLED_FILES.length);
    expect({ indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') }).toEqual(sample);
    expect(await rows(page, 'problems-table').count()).toBe(0);
    expect(await page.locator('[data-test="undo-load"]').count()).toBe(0);
    // Undone to the sample, which is not kept: the save is removed, so a reload shows the sample too.
    await expect.poll(() => savedRecord(page)).toBe(false);
    await page.reload();
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    expect(await count(page, 'indicators')).toBe(99);
    expect(errors).toEqual([]);
  });

  it('a second tab follows what the first one loads, instead of overwriting it later', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
    const [a, b] = [await context.newPage(), await context.newPage()];
    for (const page of [a, b]) {
      await page.goto(`${baseURL}#/data`);
      await expect.poll(() => rows(page, 'files-table').count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    }
    await a.locator('[data-test="file-input"]').setInputFiles({
      name: '实际值（GBK）.csv', mimeType: 'text/csv', buffer: readFileSync(resolve('test/fixtures/io/actuals-gbk.csv')),
    });
    await expect.poll(() => rows(b, 'files-table').count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 1);
    expect((await cells(b, 'files-table')).at(-1)!.slice(1, 3)).toEqual(['实际值（GBK）.csv', '实际值（CSV）']);
    expect(await count(b, 'actuals')).toBe(await count(a, 'actuals'));
    await b.locator('.el-message:has-text("另一个标签页更改了数据，本页已同步为最新")').waitFor();
    await screenshot(b, 'persist-second-tab');
    await context.close();
  });
});
