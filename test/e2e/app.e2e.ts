// The app shell in a real browser: it opens on the bundled data, the header carries the as-of
// date (the latest data date, shared through ?asOf=), and the data page lists the bundled files.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  it('opens on the bundled data with the as-of date in the header', async () => {
    const { page, errors } = await openPage(browser, baseURL);
    await page.getByText('绩效目标监控看板').first().waitFor();
    const summary = page.locator('[data-test="data-summary"]');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/\d+ 个项目/);
    const asOf = page.locator('[data-test="as-of"] input');
    const latest = (await summary.textContent())!.match(/数据最新日期：(\d{4}-\d{2}-\d{2})/)?.[1];
    expect(latest).toBeTruthy();
    expect(await asOf.inputValue()).toBe(latest);
    await screenshot(page, 'overview');
    expect(errors).toEqual([]);
  });

  it('lists the bundled files on the data page, and a shared ?asOf= link sets the date', async () => {
    const { page, errors } = await openPage(browser, `${baseURL}#/data?asOf=2024-06-30`, { width: 1440, height: 1300 });
    const table = page.locator('[data-test="files-table"] .el-table__body');
    await expect.poll(() => table.locator('tr').count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    const text = (await table.textContent()) ?? '';
    for (const name of BUNDLED_FILES) expect(text).toContain(name);
    expect(text).toContain('项目数据（JSON）');
    expect(text).toContain('实际值（CSV）');
    expect(text).toContain('执行数（CSV）');
    expect(await page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-06-30');
    await screenshot(page, 'data');
    expect(errors).toEqual([]);
  });

  it('keeps the as-of date when moving between pages from the menu', async () => {
    const { page } = await openPage(browser, `${baseURL}#/data?asOf=2024-03-31`);
    await page.locator('[data-test="menu-settings"]').click();
    await page.waitForURL(/#\/settings\?asOf=2024-03-31/);
    expect(await page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-03-31');
  });
});
