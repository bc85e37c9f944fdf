// On a 390 px phone the overview's budget chart is wider than its card (its name and figure columns
// are fixed) and scrolled sideways without any sign of it: the figures and the legend's end looked
// cut off. A fading edge with › now says there is more, until the user has scrolled to the end.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('budget chart on a phone', () => {
  it('shows that it scrolls sideways, and stops saying so at the end', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-09-30`, { width: 390, height: 844 });
    const scroller = page.locator('[data-test="budget-scroll"]');
    await scroller.locator('canvas').first().waitFor({ timeout: 20_000 });
    const cue = page.locator('[data-test="budget-scroll-cue"]');
    await expect.poll(() => cue.isVisible()).toBe(true);
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.locator('[data-test="budget-chart"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-budget-cue');
    await scroller.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => cue.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no cue where the chart fits (1440 px)', async () => {
    const { page } = await openPage(browser(), `${baseURL}#/?asOf=2024-09-30`, { width: 1440, height: 900 });
    await page.locator('[data-test="budget-scroll"] canvas').first().waitFor({ timeout: 20_000 });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-test="budget-scroll-cue"]').count()).toBe(0);
    await page.context().close();
  });
});
