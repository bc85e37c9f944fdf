// Numbers a finance officer trusts (issue 8), in Chromium on the bundled data: the 示例数据 badge on
// the overview, the project page and the slides; a shared link to a project this browser does not
// hold says so; the flagged list filtered by 主管部门 and 实施单位 exports a CSV with the 实施单位
// column and the variance as numbers. Screenshots: test-results/trust-*.png.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
const SAMPLE_TEXT = '此链接指向的项目不在本浏览器的数据中（本浏览器显示的是示例数据）。请向发送者索取数据文件并在“数据”页载入。';

describe('示例数据 is labelled', () => {
  it('in the header and above the figures of the overview and the project page, and on every slide', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-07-31`);
    await page.locator('[data-test="overview-cards"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="sample-badge"]').textContent()).toBe('示例数据');
    expect(await page.locator('[data-test="overview"] [data-test="sample-note"]').textContent()).toContain('实际值与执行数为虚构');
    await screenshot(page, 'trust-overview');

    await page.locator('[data-test="project-table"] a.project-table__name').first().click({ timeout: 20_000 });
    await page.waitForURL(/#\/project\/p-/);
    await page.locator('[data-test="project-tabs"]').waitFor();
    expect(await page.locator('[data-test="sample-badge"]').textContent()).toBe('示例数据');
    expect(await page.locator('.project-view [data-test="sample-note"]').textContent()).toContain('实际值与执行数为虚构');
    await screenshot(page, 'trust-project');

    await page.goto(`${baseURL}#/present/1?asOf=2024-07-31`);
    await page.locator('[data-test="present-sample-cover"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="present-sample-cover"]').textContent()).toBe('示例数据：目标取自真实的2024年目标表，实际值与执行数为虚构，仅供演示');
    await screenshot(page, 'trust-present-cover');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/#\/present\/2/);
    expect(await page.locator('[data-test="present-sample"]').textContent()).toBe('示例数据');
    expect(await page.locator('[data-test="present-sample-cover"]').count()).toBe(0);
    await page.waitForTimeout(600); // chart animation
    await screenshot(page, 'trust-present-slide');
    expect(errors).toEqual([]);
  });
});

describe('a shared link to data this browser does not hold', () => {
  it('/project/<unknown id> says so and leads to the 数据 page', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/project/p-0badc0de?asOf=2024-07-31`);
    const notice = page.locator('[data-test="link-notice"]');
    await notice.waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="link-notice-text"]').textContent()).toBe(SAMPLE_TEXT);
    expect(await notice.textContent()).toContain('链接中未找到：p-0badc0de');
    await screenshot(page, 'trust-link-notice');
    await page.locator('[data-test="link-notice-data"]').click();
    await page.waitForURL(/#\/data\?asOf=2024-07-31$/);
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('预警清单 by 主管部门 and 实施单位', () => {
  it('keeps the overview\'s 实施单位 filter, filters by 主管部门, and exports 实施单位 and numeric variances', async () => {
    const unit = '江苏省政务服务网运管中心';
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-09-30&unit=${encodeURIComponent(unit)}`);
    await page.locator('[data-test="view-all-flagged"]').click({ timeout: 20_000 });
    await page.waitForURL(/#\/flagged\?.*unit=/);
    const rows = page.locator('[data-test="flagged-table"] .el-table__body tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(3);

    // 主管部门: choose the one department from its select (the data spell it two ways; one entry).
    await page.locator('[data-test="filter-department"]').click();
    const option = page.locator('.el-select-dropdown__item:visible', { hasText: '江苏省数据局' });
    // The dropdown opens after its transition: wait for it, then there is exactly one entry.
    await expect.poll(() => option.count()).toBe(1);
    await option.click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/dept=/);
    await expect.poll(() => rows.count()).toBe(3);
    await screenshot(page, 'trust-flagged');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="flagged-export"]').click()]);
    const lines = readFileSync((await download.path())!).toString('utf-8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('序号,项目名称,主管部门,实施单位,一级指标,二级指标,三级指标,适用目标,应达值,实际值,实际值日期,状态,偏差,偏差单位,偏差率（%）,偏差说明,偏差原因,完成可能性,判断依据');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(',')[3])).toEqual([unit, unit, unit]);
    // Numbers, not text: -21 points, -30 %; the sentence beside them.
    expect(lines.find((l) => l.includes(',预算执行率,'))).toContain(',滞后,-21,个百分点,-30,"\'-21个百分点（-30%）",');
    expect(errors).toEqual([]);
  });
});
