// The start of a year in a real browser: the bundled target tables alone (no actual, no spend),
// loaded the way a user would — 清空 on the data page, then the file. Before, 打印报告 threw in
// ECharts and left blank panels, and 下载 PPT never finished and said nothing. Now the print and the
// slides say 尚无实际值 where their charts would be, and the deck downloads.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
const NO_ACTUALS = '尚无实际值：截至 6月30日 没有已填报的指标';

const count = async (page: Page, key: string) => Number(((await page.locator(`[data-test="count-${key}"]`).textContent()) ?? '').replace(/\D/g, ''));

/** 清空, then the target tables file: 4 projects, 99 indicators, nothing reported. */
async function targetsOnly(page: Page) {
  await expect.poll(() => count(page, 'projects'), { timeout: 15_000 }).toBe(4);
  expect(await count(page, 'actuals')).toBeGreaterThan(0);
  await page.locator('[data-test="clear-data"]').click();
  await page.locator('.el-message-box').getByRole('button', { name: '确定' }).click();
  await expect.poll(() => count(page, 'projects')).toBe(0);
  await page.locator('[data-test="file-input"]').setInputFiles({ name: 'seed-tables.txt', mimeType: 'text/plain', buffer: readFileSync(resolve('data/seed-tables.txt')) });
  await expect.poll(() => count(page, 'indicators'), { timeout: 15_000 }).toBe(99);
  expect([await count(page, 'projects'), await count(page, 'actuals'), await count(page, 'spend')]).toEqual([4, 0, 0]);
}

/** Texts of an SVG chart of the print, in drawing order. */
const svgTexts = (page: Page, nth: number) => page.locator('[data-test="print-section"] [data-test="slide-chart"]').nth(nth).locator('svg text').allTextContents();

describe('targets without actuals', () => {
  it('prints the report: every chart drawn, the empty ones saying why, no error', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data?asOf=2024-06-30`, { width: 1240, height: 1754 });
    await targetsOnly(page);
    await page.goto(`${baseURL}#/print?asOf=2024-06-30`);
    const sections = page.locator('[data-test="print-section"]');
    await expect.poll(() => sections.count(), { timeout: 15_000 }).toBe(6);
    await expect.poll(() => page.locator('[data-test="print-section"] [data-test="slide-chart"] svg').count(), { timeout: 15_000 }).toBe(6);
    expect(await sections.nth(1).textContent()).toContain(NO_ACTUALS);
    // The summary: the rows keep their plan and target marks and say nothing is spent yet.
    expect(await svgTexts(page, 0)).toContain('尚无执行数：截至 6月30日 没有已填报的支出');
    expect((await svgTexts(page, 1)).join('：')).toContain(NO_ACTUALS);
    // Each project: its chart in empty state, in the chart's place.
    for (let i = 2; i < 6; i++) expect(await svgTexts(page, i), `chart ${i}`).toContain('尚无实际值');
    expect((await svgTexts(page, 3)).join('')).toContain('截至 6月30日 本项目没有已填报的指标');
    expect(await page.locator('[data-test="chart-failed"], [data-test="print-error"], .el-message--error').count()).toBe(0);
    await sections.nth(2).scrollIntoViewIfNeeded();
    await screenshot(page, 'empty-print');
    expect(errors).toEqual([]);
  });

  it('presents and downloads the deck: the slides say nothing is reported, the PPT completes', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data?asOf=2024-06-30`, { width: 1920, height: 1080 });
    await targetsOnly(page);
    await page.goto(`${baseURL}#/present/3?asOf=2024-06-30`);
    const title = () => page.locator('[data-test="slide-title"]').textContent();
    await expect.poll(title, { timeout: 15_000 }).toBe('预警指标');
    expect(await page.locator('[data-test="slide"]').textContent()).toContain(NO_ACTUALS);
    await page.keyboard.press('ArrowRight');
    await expect.poll(title).toBe('“一企来办”平台运营运维费');
    await expect.poll(() => page.locator('[data-test="slide-chart"] svg').count(), { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(800);
    await screenshot(page, 'empty-present-project');
    const button = page.locator('[data-test="download-pptx"]');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe('2024年半年绩效目标执行监控.pptx');
    await expect.poll(() => button.textContent()).toContain('下载 PPT');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(7);
    expect(await zip.file('ppt/slides/slide3.xml')!.async('string')).toContain(NO_ACTUALS);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n))).toHaveLength(6);
    expect(await page.locator('.el-message--error').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('opens the overview, a project and its funds without an error', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data?asOf=2024-06-30`);
    await targetsOnly(page);
    await page.goto(`${baseURL}#/?asOf=2024-06-30`);
    await expect.poll(() => page.locator('[data-test="budget-chart"] canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    await screenshot(page, 'empty-overview');
    // The project picker, then the first project: its variance chart says nothing is reported yet.
    await page.goto(`${baseURL}#/project?asOf=2024-06-30`);
    await page.locator('.el-table__body tr').first().click({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-test="variance-chart"] canvas').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(800);
    await screenshot(page, 'empty-project');
    expect(await page.locator('[data-test="chart-failed"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

