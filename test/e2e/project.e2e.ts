// 项目详情 in a real browser on the bundled data: open a project from the list, see its indicator
// table with status tags and the charts drawn, read a "why" popover, switch the header's as-of date
// from 半年 to 三季度末 and see the statuses change. Screenshots: test-results/project*.png.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

/** True once the chart's canvas has a fair number of painted pixels. */
function painted(page: Page, selector: string) {
  return page.waitForFunction((sel) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`${sel} canvas`);
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !canvas.width) return false;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4 * 7) if (data[i] > 0) n++;
    return n > 500;
  }, selector, { timeout: 15_000 });
}

const row = (page: Page, name: string) => page.locator('[data-test="indicator-table"] .el-table__body tr', { has: page.locator('[data-test="indicator-name"]', { hasText: new RegExp(`^${name}$`) }) });
const statusOf = (page: Page, name: string) => row(page, name).locator('[data-test="status-tag"]').textContent();

/** Waits until the page has settled: tables filled, charts painted, animations over. */
async function settled(page: Page) {
  await page.locator('[data-test="indicator-table"] .el-table__body tr').first().waitFor();
  await painted(page, '[data-test="variance-chart"]');
  await painted(page, '[data-test="focus-trend"]');
  await page.waitForTimeout(1200);
}

describe('project page', () => {
  it('opens a project from the list: table with status tags, charts drawn, a why-popover, 半年 → 三季度末', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/project?asOf=2024-06-30`);
    const picker = page.locator('[data-test="project-picker"]');
    await picker.getByText('省政务办信息系统安全运维').waitFor({ timeout: 15_000 });
    await screenshot(page, 'project-picker');
    await picker.getByText('省政务办信息系统安全运维').click();
    await page.waitForURL(/#\/project\/p-[^?]+\?asOf=2024-06-30/);
    await expect.poll(() => page.locator('[data-test="project-name"]').textContent()).toBe('省政务办信息系统安全运维');

    // The indicator table: 28 rows grouped by 一级/二级, each with a status tag.
    await expect.poll(() => page.locator('[data-test="indicator-table"] .el-table__body tr').count(), { timeout: 15_000 }).toBe(28);
    expect(await page.locator('[data-test="indicator-table"] [data-test="status-tag"]').count()).toBe(28);
    expect(await statusOf(page, '应急演练')).toBe('滞后');
    expect(await statusOf(page, '漏洞扫描')).toBe('达标');
    expect(await statusOf(page, '系统安全风险评估')).toBe('待填报');
    // Every tag fits its cell (the column is sized for the longest, 无法判断 ▲).
    const overflow = await page.locator('[data-test="indicator-table"] [data-test="status-tag"]').evaluateAll((tags) =>
      tags.filter((tag) => tag.getBoundingClientRect().width > tag.closest('.cell')!.getBoundingClientRect().width).length);
    expect(overflow).toBe(0);

    // The charts are drawn.
    await settled(page);
    await painted(page, '[data-test="focus-bullet"]');
    await painted(page, '[data-test="bullet-chart"]');
    expect(await page.locator('[data-test="focus-name"]').textContent()).toBe('应急演练');
    await screenshot(page, 'project');

    // "Why is this red?"
    await row(page, '应急演练').locator('[data-test="status-tag"]').hover();
    const why = page.locator('[data-test="status-why"]:visible');
    await why.waitFor();
    const text = (await why.textContent()) ?? '';
    expect(text).toContain('判断依据');
    expect(text).toContain('半年指标值 ≥1次');
    expect(text).toContain('0次（2024年6月30日 填报）');
    await page.waitForTimeout(500); // fade-in
    await screenshot(page, 'project-why');

    // The header's as-of date: 三季度末 re-judges the page.
    await page.locator('[data-test="as-of"] input').click();
    await page.locator('.el-picker-panel__shortcut', { hasText: '三季度末' }).click();
    await page.waitForURL(/asOf=2024-09-30/);
    await expect.poll(() => statusOf(page, '漏洞扫描')).toBe('滞后');
    expect(await statusOf(page, '应急演练')).toBe('达标');
    expect(await page.locator('[data-test="project-budget"]').textContent()).toContain('2024年9月30日');
    await page.mouse.move(0, 0);
    await page.locator('.app-shell__main').evaluate((el) => el.scrollTo(0, 0));
    await settled(page);
    expect(await page.locator('[data-test="focus-pace"]').textContent()).toContain('还需每月');
    await screenshot(page, 'project-q3');
    expect(errors).toEqual([]);
  });

  it('focuses an indicator from the table, shows the funds tab, and reads well on a wide screen', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/project?asOf=2024-09-30`, { width: 1920, height: 1080 });
    await page.locator('[data-test="project-picker"]').getByText('江苏12345在线平台信息系统运维费').click();
    await settled(page);
    await row(page, '预算执行率').locator('[data-test="indicator-name"]').click();
    await page.waitForURL(/ind=/);
    await expect.poll(() => page.locator('[data-test="focus-name"]').textContent()).toBe('预算执行率');
    expect(await page.locator('[data-test="focus-pace"]').textContent()).toContain('还需每月 +17个百分点');
    await page.locator('[data-test="indicator-focus"]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(1200);
    await screenshot(page, 'project-1920');

    await page.locator('#tab-funds').click();
    await page.waitForURL(/tab=funds/);
    await painted(page, '[data-test="funds-chart"]');
    const rates = (await page.locator('[data-test="funds-rates"]').textContent()) ?? '';
    expect(rates).toContain('49.0%');
    expect(rates).toContain('74.9%');
    expect(await page.locator('[data-test="funds-lines"] .el-table__body tr').count()).toBe(2);
    await page.waitForTimeout(800);
    await screenshot(page, 'project-funds');
    expect(errors).toEqual([]);
  });

  it('shows the whole page top to bottom (tall viewport)', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/project?asOf=2024-09-30`, { width: 1440, height: 2800 });
    await page.locator('[data-test="project-picker"]').getByText('“一企来办”平台运营运维费').click();
    await settled(page);
    await painted(page, '[data-test="bullet-chart"]');
    await page.waitForTimeout(800);
    await screenshot(page, 'project-full');
    expect(errors).toEqual([]);
  });
});
