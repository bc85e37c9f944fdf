// 总览 in a real browser on the bundled data: the headline numbers, a click on a bar of the budget
// chart (canvas) opening that project with the as-of date kept, filters from a shared link, the
// 一体化系统 lights, and screenshots at 1440×900 and 1920×1080 (test-results/overview-*.png).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';
import { BUDGET_GRID } from '../../src/charts/budgetExecution';
import { defaultSettings } from '../../src/domain/settings';
import { SETTINGS_KEY } from '../../src/app/stores/settings';

const baseURL = inject('baseURL');
const browser = useBrowser();

const cardValue = (page: Page, key: string) => page.locator(`[data-test="card-${key}"] .summary-card__value`).textContent();
const budgetCanvas = (page: Page) => page.locator('[data-test="budget-chart"] canvas').first();

async function waitForOverview(page: Page) {
  await page.locator('[data-test="overview-cards"]').waitFor({ timeout: 15_000 });
  await budgetCanvas(page).waitFor({ timeout: 15_000 });
  await page.locator('[data-test="project-table"] .el-table__body tr').first().waitFor({ timeout: 15_000 });
  await page.locator('[data-test="top-flagged"] .el-table__body tr').first().waitFor({ timeout: 15_000 });
  // The bars' click areas grow with the entrance animation: wait until two frames 250 ms apart match.
  let last = '';
  await expect.poll(async () => {
    const now = await budgetCanvas(page).evaluate((c: HTMLCanvasElement) => c.toDataURL());
    const still = now === last;
    last = now;
    return still;
  }, { timeout: 15_000, interval: 250 }).toBe(true);
}

/** Centre of the bar of row `index` (0 = top) among `rows`, `dx` px into the bar. */
async function barPoint(page: Page, index: number, rows: number, dx = 40) {
  const box = (await budgetCanvas(page).boundingBox())!;
  const band = (box.height - BUDGET_GRID.top - BUDGET_GRID.bottom) / rows;
  return { x: box.x + BUDGET_GRID.left + dx, y: box.y + BUDGET_GRID.top + band * (index + 0.5) };
}

describe('总览', () => {
  it('shows 4 projects, 99 indicators and the status counts of the bundled data, without errors', async () => {
    const { page, errors } = await openPage(browser(), baseURL);
    await waitForOverview(page);
    const values = [];
    for (const key of ['projects', 'indicators', 'met', 'warning', 'behind', 'pending', 'unparsed']) values.push(await cardValue(page, key));
    // The latest data date, 30 September: 达标 84, 预警 9, 滞后 5, 待填报 1 (spend gives the one
    // execution rate, and 渗透测试 expects whole 轮).
    expect(values).toEqual(['4', '99', '84', '9', '5', '1', '0']);
    expect(await page.locator('[data-test="overview-asof"]').textContent()).toBe('数据截至 2024年9月30日');
    expect(await page.locator('[data-test="top-flagged"] .el-table__body tr').count()).toBe(10);
    expect(await page.locator('[data-test="project-table"] .el-table__body tr').count()).toBe(4);
    await screenshot(page, 'overview-1440');
    expect(errors).toEqual([]);
  });

  it('opens the project whose bar is clicked in the budget chart, keeping the as-of date', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-09-30`);
    await waitForOverview(page);
    // Rows are ordered furthest behind 序时进度 first: the third is “一企来办” (58% at 30 September).
    const third = await barPoint(page, 2, 4);
    await page.mouse.move(third.x, third.y);
    await page.locator('text=“一企来办”平台运营运维费').last().waitFor(); // the tooltip names it
    await screenshot(page, 'overview-tooltip');
    await page.mouse.click(third.x, third.y);
    await page.waitForURL(/#\/project\/p-fea16ad3\?asOf=2024-09-30$/, { timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  it('opens a project at 0% execution by its row, and from a row of the most serious indicators', async () => {
    const { page } = await openPage(browser(), `${baseURL}#/?asOf=2024-06-30`);
    await waitForOverview(page);
    // 省政务办信息系统安全运维 had spent nothing by 30 June: no bar, but its row still opens it.
    const first = await barPoint(page, 0, 4, 300);
    await page.mouse.click(first.x, first.y);
    await page.waitForURL(/#\/project\/p-c4bb6f07\?asOf=2024-06-30$/, { timeout: 10_000 });

    await page.goBack();
    await page.locator('[data-test="top-flagged"] .el-table__body tr').first().waitFor({ timeout: 15_000 });
    const row = page.locator('[data-test="top-flagged"] .el-table__body tr').first();
    const project = (await row.locator('td').nth(1).textContent())!.trim();
    await row.locator('td').nth(2).click();
    await page.waitForURL(/#\/project\/p-[0-9a-f]+\?asOf=2024-06-30$/, { timeout: 10_000 });
    expect(project.length).toBeGreaterThan(0);
  });

  it('follows filters from a shared link, and the 1920×1080 projector view stays readable', async () => {
    const unit = encodeURIComponent('江苏省政务服务网运管中心');
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-09-30&unit=${unit}&by=unit`, { width: 1920, height: 1080 });
    await page.locator('[data-test="filter-summary"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="filter-summary"]').textContent()).toContain('筛选结果：1 个项目 · 22 个指标');
    expect(await cardValue(page, 'projects')).toBe('1');
    await page.goto(`${baseURL}#/?asOf=2024-09-30`);
    await waitForOverview(page);
    await screenshot(page, 'overview-1920');
    expect(errors).toEqual([]);
  });

  it('shows the 一体化系统 lights when that rule set is chosen', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [SETTINGS_KEY, JSON.stringify(defaultSettings('pmkpi'))]);
    const page = await context.newPage();
    await page.goto(`${baseURL}#/?asOf=2024-06-30`);
    await waitForOverview(page);
    const lights = await page.locator('[data-test="project-table"] [data-light]').allTextContents();
    expect(lights.map((l) => l.trim())).toEqual(['红灯', '红灯', '红灯', '红灯']);
    await screenshot(page, 'overview-lights');
    await context.close();
  });

  it('brings the tables more than a screen below up to date when scrolled to after a date change', async () => {
    // A short window: the 10 worst rows sit two screens down, as a province's do under its chart.
    const rowsAt = async (url: string) => {
      const { page } = await openPage(browser(), url, { width: 1440, height: 320 });
      await waitForOverview(page);
      return page;
    };
    const fresh = await rowsAt(`${baseURL}#/?asOf=2024-03-31`);
    const expected = await fresh.locator('[data-test="top-flagged"] .el-table__body').textContent();
    const page = await rowsAt(baseURL);
    const before = await page.locator('[data-test="top-flagged"] .el-table__body').textContent();
    expect(before).not.toBe(expected);
    await page.locator('[data-test="as-of"] input').click();
    await page.locator('.el-picker__popper').getByText('一季度末', { exact: true }).click();
    await expect.poll(() => page.locator('[data-test="overview-asof"]').textContent()).toBe('数据截至 2024年3月31日');
    await page.keyboard.press('Escape');
    // Off screen, it waited (the date change did not pay for it) …
    await page.waitForTimeout(500);
    expect(await page.locator('[data-test="top-flagged"] .el-table__body').textContent()).toBe(before);
    // … and is right once scrolled to.
    await page.locator('[data-test="top-flagged"]').scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('[data-test="top-flagged"] .el-table__body').textContent()).toBe(expected);
  });
});
