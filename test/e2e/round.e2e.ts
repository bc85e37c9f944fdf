// A monitoring round in Chromium, as a project manager runs it: create the 1–7月 round on the
// 监控轮次 page, open the first project's 填报 tab, fill indicators by keyboard (Tab across a row and
// on, Enter down a column) with one of them behind (its 偏差原因, 完成可能性 and 纠偏措施 demanded until
// given), attach a file, reload (values, reasons and the file still there, the file downloadable),
// then mark the form done (inputs locked) and see it 已完成 on the rounds page.
// Screenshots: test-results/round-page-{1440,1024}.png, round-form-{1440,1024}.png.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const row = (page: Page, r: number) => page.locator(`[data-test="record-row-${r}"]`);
const cell = (page: Page, r: number, c: number) => page.locator(`[data-cell="${r}:${c}"]`);
const issues = async (page: Page, r: number) => (await row(page, r).locator('[data-test="issues"] li').allTextContents()).map((s) => s.trim());
/** Whether a page element sticks out of the viewport's width (cut off or forcing a sideways scroll). */
const overflowing = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

describe('a monitoring round', () => {
  it('create 1–7月, fill a project by keyboard with one indicator behind, attach a file, reload, mark done', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/round`);
    await page.locator('[data-test="round-none"] [data-test="new-round"]').click({ timeout: 15_000 });
    const dialog = page.locator('[data-test="new-round-dialog"]');
    await expect.poll(() => dialog.locator('[data-test="round-name"]').inputValue()).toBe('2024年1–7月监控');
    expect(await dialog.locator('[data-test="scope-count"]').textContent()).toBe('本轮将覆盖 4 个项目');
    await dialog.locator('[data-test="create-round"]').click();

    await expect.poll(() => page.locator('[data-test="round-title"]').textContent()).toBe('2024年1–7月监控');
    expect(await page.locator('[data-test="round-scope"]').textContent()).toBe('一般监控：全部项目');
    // The sample, once edited (a round added), is the user's own kept data: said once.
    expect(await page.locator('.el-message', { hasText: '你修改了示例数据：它已成为你自己的数据，保存在本浏览器中' }).count()).toBe(1);
    expect((await page.locator('[data-test="round-deadline"]').textContent())?.trim()).toMatch(/^截止日期：2024-08-07（已过截止日期）$/);
    // Today is long after 7 August 2024: every project not done is overdue, in red.
    expect(await page.locator('[data-test="state-overdue"]').count()).toBe(4);
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowing(page)).toBe(false);
      await screenshot(page, `round-page-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.locator('[data-test="round-projects"] a', { hasText: '“一企来办”平台运营运维费' }).click();
    const form = page.locator('[data-test="round-form"]');
    await form.waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-test="attachment-limits"]').textContent()).toContain('每个不超过 10 MB');

    // Row 11 (项目覆盖单位或市县区数量占比, =100% at year end): 60% and its forecast, by Tab.
    await cell(page, 11, 0).click();
    await page.keyboard.type('60%');
    await page.keyboard.press('Tab');
    await page.keyboard.type('100%');
    // On through 类别, 原因, 可能性, 纠偏措施, 备注 to the next row's 执行情况.
    for (let k = 0; k < 6; k++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('12:0');
    // Row 12 (系统功能达标率, =50% at 30 June): 30% on 31 July is behind, and the form says what it needs.
    await page.keyboard.type('30%');
    await expect.poll(() => issues(page, 12)).toEqual([
      '偏差原因类别：本指标为滞后，须选择偏差原因类别',
      '偏差原因：本指标为滞后，须说明偏差原因',
      '完成目标可能性：本指标为滞后，须选择完成目标可能性',
      '纠偏措施：本指标为滞后，须填写纠偏措施',
    ]);
    expect(await row(page, 12).locator('[data-test="status-tag"]').textContent()).toContain('滞后');
    await page.keyboard.press('Tab');
    await page.keyboard.type('90%');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // 经费保障
    await page.keyboard.press('Tab');
    await page.keyboard.type('资金下达晚，功能开发推迟');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // 有可能
    await page.keyboard.press('Tab');
    await page.keyboard.type('9月底前完成剩余功能验收');
    await expect.poll(() => issues(page, 12)).toEqual([]);
    // Enter moves down the column: 执行情况 of rows 13 and 14.
    await cell(page, 13, 0).click();
    await page.keyboard.type('60%');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('14:0');
    await page.keyboard.type('70%');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('[data-test="form-saved"]').textContent()).toMatch(/^已保存 \d{1,2}:\d{2}:\d{2}$/);

    await row(page, 12).locator('[data-test="attachment-input"]').setInputFiles({ name: '验收记录.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 验收记录') });
    await expect.poll(() => row(page, 12).locator('[data-test="attachment-download"]').textContent()).toBe('验收记录.pdf');
    for (const width of [1440, 1024]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflowing(page)).toBe(false);
      await page.evaluate(() => document.querySelector('.app-shell__main')?.scrollTo({ top: 0 }));
      await screenshot(page, `round-form-top-${width}`);
      await row(page, 12).scrollIntoViewIfNeeded();
      await screenshot(page, `round-form-${width}`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    // Said once only: the edits on the form did not say it again.
    expect(await page.locator('.el-message', { hasText: '你修改了示例数据' }).count()).toBeLessThanOrEqual(1);
    await page.waitForTimeout(300);

    await page.reload();
    await form.waitFor({ timeout: 15_000 });
    expect(await cell(page, 11, 0).inputValue()).toBe('60%');
    expect(await cell(page, 11, 1).inputValue()).toBe('100%');
    expect(await cell(page, 12, 0).inputValue()).toBe('30%');
    expect(await cell(page, 12, 2).inputValue()).toBe('经费保障');
    expect(await cell(page, 12, 3).inputValue()).toBe('资金下达晚，功能开发推迟');
    expect(await cell(page, 12, 4).inputValue()).toBe('有可能');
    expect(await cell(page, 12, 5).inputValue()).toBe('9月底前完成剩余功能验收');
    expect(await cell(page, 14, 0).inputValue()).toBe('70%');
    expect(await issues(page, 12)).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent('download'), row(page, 12).locator('[data-test="attachment-download"]').click()]);
    expect(download.suggestedFilename()).toBe('验收记录.pdf');

    await page.locator('[data-test="mark-done"]').click();
    await expect.poll(() => page.locator('[data-test="form-state"]').textContent()).toBe('已完成');
    expect(await cell(page, 12, 0).getAttribute('readonly')).toBe('');
    expect(await cell(page, 12, 2).isDisabled()).toBe(true);
    expect(await row(page, 12).locator('[data-test="attachment-input"]').count()).toBe(0);

    await page.goto(`${baseURL}#/round`);
    const done = page.locator('[data-test="round-projects"] tr', { hasText: '“一企来办”平台运营运维费' }).locator('[data-test="state-done"]');
    await expect.poll(() => done.count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('[data-test="total-done"]').textContent()).toBe('1 / 4');
    expect(errors).toEqual([]);
  }, 120_000);
});
