// 预警清单 and 指标对比 in a real browser on the bundled data: the flagged list filters (the URL
// carries the filter), its status tags explain themselves, it exports a CSV whose bytes are checked;
// the compare page draws its chart and table. Screenshots: test-results/flagged*.png, compare*.png.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const bodyRows = (page: Page, table: string) => page.locator(`[data-test="${table}"] .el-table__body tr`);

describe('预警清单', () => {
  it('filters by status and search, with the filter in the URL, and explains a status on hover', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/flagged`);
    const rows = bodyRows(page, 'flagged-table');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(14);
    expect(await page.locator('[data-test="flagged-summary"]').textContent()).toContain('截至 2024年9月30日，共 14 项指标预警或滞后');
    expect(await rows.first().locator('td').nth(1).textContent()).toBe('省政务办信息系统安全运维');
    await screenshot(page, 'flagged');

    await page.locator('[data-test="filter-status-behind"]').click();
    await expect.poll(() => rows.count()).toBe(5);
    await page.waitForURL(/status=behind/);
    const statuses = await rows.locator('[data-test="status-tag"]').allTextContents();
    expect(new Set(statuses.map((s) => s.trim()))).toEqual(new Set(['滞后']));

    await page.locator('[data-test="filter-search"]').fill('机房空调');
    await expect.poll(() => rows.count()).toBe(1);
    await page.waitForURL(/q=%E6%9C%BA%E6%88%BF%E7%A9%BA%E8%B0%83/);
    expect(await rows.first().textContent()).toContain('信息系统故障修复响应时间');
    expect(await page.locator('[data-test="flagged-shown"]').textContent()).toBe('筛选后 1 项');

    // A shared link opens on the same filtered list.
    const shared = page.url();
    const other = await openPage(browser(), shared);
    await expect.poll(() => bodyRows(other.page, 'flagged-table').count(), { timeout: 15_000 }).toBe(1);
    await other.page.context().close();

    await page.locator('[data-test="filter-clear"]').click();
    await expect.poll(() => rows.count()).toBe(14);
    expect(page.url()).not.toMatch(/status=|q=/);

    await rows.nth(4).locator('[data-test="status-tag"]').hover();
    const why = page.locator('[data-test="status-why"]:visible');
    await why.waitFor();
    expect(await why.textContent()).toContain('反向指标：超过容差上限 4.4小时');
    await page.waitForTimeout(400); // popover fade-in
    await screenshot(page, 'flagged-why');
    expect(errors).toEqual([]);
  });

  it('filters by project and opens the project page from a row', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/flagged?asOf=2024-06-30`);
    const rows = bodyRows(page, 'flagged-table');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(9);
    await page.locator('[data-test="filter-project"]').click();
    await page.locator('.el-select-dropdown__item:visible', { hasText: '江苏12345在线平台运行费' }).click();
    await page.keyboard.press('Escape');
    await page.locator('.page-title').first().click(); // blur the select so it shows its tag
    await expect.poll(() => rows.count()).toBe(4);
    await page.waitForURL(/project=p-/);
    expect(new Set(await rows.locator('[data-test="flagged-project"]').allTextContents())).toEqual(new Set(['江苏12345在线平台运行费']));
    await screenshot(page, 'flagged-project');
    await rows.first().locator('[data-test="flagged-project"]').click();
    await page.waitForURL(/#\/project\/p-[0-9a-f]+\?asOf=2024-06-30$/);
    expect(errors).toEqual([]);
  });

  it('exports the list as 预警清单_<asOf>.csv: UTF-8 with BOM, Chinese header, protected =100% targets', async () => {
    const { page } = await openPage(browser(), `${baseURL}#/flagged?asOf=2024-09-30`, { width: 1920, height: 1080 });
    await expect.poll(() => bodyRows(page, 'flagged-table').count(), { timeout: 15_000 }).toBe(14);
    await screenshot(page, 'flagged-1920');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="flagged-export"]').click()]);
    expect(download.suggestedFilename()).toBe('预警清单_2024-09-30.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf-8').slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,项目名称,主管部门,实施单位,一级指标,二级指标,三级指标,适用目标,应达值,实际值,实际值日期,状态,偏差,偏差单位,偏差率（%）,偏差说明,偏差原因,完成可能性,判断依据');
    expect(lines.filter(Boolean).length).toBe(15);
    // The variance as numbers (-0.4 points, -0.4 %), then as the sentence the app shows.
    expect(lines.find((l) => l.includes('按时派单率'))).toContain(`,"'=100%",100%,99.6%,2024-09-30,预警,-0.4,个百分点,-0.4,"'-0.4个百分点（-0.4%）",`);
  });
});

describe('指标对比', () => {
  it('compares 满意度 across projects as a chart and a table, and switches to another indicator', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/compare?asOf=2024-06-30&ind=family:满意度`);
    const rows = bodyRows(page, 'compare-table');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    await page.locator('[data-test="compare-chart"] canvas').first().waitFor();
    expect(await page.locator('[data-test="compare-not-charted"]').textContent()).toContain('1 项为定性指标');
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain('“一企来办”平台运营运维费');
    expect(texts[0]).toContain('服务对象满意度');
    expect(texts[2]).toContain('对服务代表满意率');
    expect(texts[3]).toContain('受众满意度');
    expect(texts[3]).toContain('待填报');
    await page.waitForTimeout(600); // chart animation
    await screenshot(page, 'compare');

    await page.locator('[data-test="compare-picker"]').click();
    await page.keyboard.type('响应时间');
    await page.locator('.el-select-dropdown__item:visible', { hasText: '响应时间' }).first().click();
    await page.waitForURL(/ind=family%3A%E5%93%8D%E5%BA%94%E6%97%B6%E9%97%B4|ind=family:%E5%93%8D%E5%BA%94/);
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toContain('≤4小时');
    expect(errors).toEqual([]);
  });

  it('reads on a large screen (1920×1080)', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/compare?asOf=2024-09-30`, { width: 1920, height: 1080 });
    await expect.poll(() => bodyRows(page, 'compare-table').count(), { timeout: 15_000 }).toBe(4);
    await page.locator('[data-test="compare-chart"] canvas').first().waitFor();
    await page.waitForTimeout(600);
    await screenshot(page, 'compare-1920');
    expect(errors).toEqual([]);
  });
});
