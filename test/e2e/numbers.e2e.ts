// Numbers a finance officer trusts (issue 8, domain.md §3), on the project page in a real browser:
// one execution rate (header, funds tab and the 预算执行率 row read the same figure, with its
// source), and a stale actual shown with its date. At 31 August the bundled data's latest figures
// are those of 30 June, more than 31 days old. Screenshot: test-results/numbers-project.png.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const row = (page: Page, name: string) => page.locator('[data-test="indicator-table"] .el-table__body tr', { has: page.locator('[data-test="indicator-name"]', { hasText: new RegExp(`^${name}$`) }) });

describe('numbers on the project page', () => {
  it('shows one execution rate with its source, and stale actuals with their date', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/project?asOf=2024-08-31`);
    const picker = page.locator('[data-test="project-picker"]');
    await picker.getByText('江苏12345在线平台信息系统运维费').waitFor({ timeout: 15_000 });
    await picker.getByText('江苏12345在线平台信息系统运维费').click();
    await expect.poll(() => page.locator('[data-test="project-name"]').textContent(), { timeout: 15_000 }).toBe('江苏12345在线平台信息系统运维费');
    await row(page, '预算执行率').waitFor({ timeout: 15_000 });

    // One rate: the header and the 预算执行率 row read the same figure, and say where it comes from.
    expect(await page.locator('[data-test="execution-rate"]').textContent()).toBe('26.0%');
    expect(await page.locator('[data-test="execution-source"]').textContent()).toBe('（执行数）');
    const rateRow = (await row(page, '预算执行率').textContent()) ?? '';
    expect(rateRow).toContain('26.0%（6月30日，过期）');
    expect(rateRow).not.toContain('33');

    // A 30 June figure seen on 31 August is stale: its date is shown with it.
    expect(await row(page, '服务对象满意度').textContent()).toContain('91%（6月30日，过期）');
    await screenshot(page, 'numbers-project');

    // The funds tab shows the same rate; the lines' 合计 is labelled as theirs.
    await page.getByRole('tab', { name: '资金执行' }).click();
    await page.locator('[data-test="funds-rates"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="funds-rates"] .funds-panel__strong').textContent()).toBe('26.0%');
    expect(await page.locator('[data-test="funds-rate-source"]').textContent()).toBe('来源：执行数，截至 2024年6月30日');
    await expect.poll(() => page.locator('[data-test="funds-lines"] .el-table__footer').textContent()).toContain('（占支出明细合计）');
    await screenshot(page, 'numbers-funds');
    expect(errors).toEqual([]);
  });
});
