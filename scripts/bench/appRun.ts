// One measured visit of the built app holding a province (bench/browser with ?data=, the team
// server's measureApp signed in): navigation → the overview showing all N projects, the overview
// painted after the data went into the store (the store's `im:data-in-store` mark), the longest
// task of the load, two as-of switches (click → repainted), long tasks while paging and scrolling
// the flagged list, and the peak JS heap (CDP samples every 200 ms).
import type { BrowserContext, Page } from 'playwright-core';

export interface RunFigures { appLoadMs: number; overviewAfterDataMs: number; loadLongestTaskMs: number; asOfSwitchMs: number; flaggedLongTasks: number; peakHeapMB: number }

export const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });`;

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);

async function asOfSwitch(page: Page, label: string): Promise<number> {
  await page.locator('[data-test="as-of"] input').click();
  await page.waitForTimeout(300);
  const before = await page.locator('[data-test="overview-asof"]').textContent();
  const t = Date.now();
  await page.getByText(label, { exact: true }).first().click();
  await page.waitForFunction((b) => document.querySelector('[data-test="overview-asof"]')?.textContent !== b, before, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const ms = Date.now() - t;
  await page.keyboard.press('Escape');
  return ms;
}

/**
 * `overviewUrl` opens the overview at 2024-06-30; `flaggedUrl` the flagged list on the same data
 * (same document: a hash change). `loaded` reads what else the caller wants once the data shows.
 */
export async function appRun(context: BrowserContext, overviewUrl: string, flaggedUrl: string, projects: number, loaded?: (page: Page) => Promise<void>): Promise<RunFigures> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  const sampler = setInterval(() => {
    cdp.send('Performance.getMetrics').then((m) => { peak = Math.max(peak, m.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0); }, () => {});
  }, 200);
  let figures: Omit<RunFigures, 'peakHeapMB'>;
  try {
    const t = Date.now();
    await page.goto(overviewUrl);
    await page.waitForFunction((k) => (document.querySelector('[data-test="data-summary"]')?.textContent ?? '').includes(`${k} 个项目`), projects, { timeout: 600_000 });
    const appLoadMs = Date.now() - t;
    const painted = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
    const inStore = await page.evaluate(() => performance.getEntriesByName('im:data-in-store').at(-1)?.startTime ?? NaN);
    const loadLongestTaskMs = Math.max(0, ...(await longTasks(page)));
    await loaded?.(page);
    await page.waitForTimeout(1500);
    let asOfSwitchMs = Infinity;
    for (const label of ['三季度末', '1–7月']) asOfSwitchMs = Math.min(asOfSwitchMs, await asOfSwitch(page, label));
    await page.goto(flaggedUrl);
    await page.locator('[data-test="flagged-table"]').waitFor({ timeout: 600_000 });
    await page.waitForTimeout(1000);
    await page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });
    for (let k = 0; k < 3; k++) {
      await page.locator('[data-test="flagged-pager"] .btn-next').click();
      await page.waitForTimeout(400);
    }
    await page.mouse.wheel(0, 2000);
    await page.waitForTimeout(500);
    const flaggedLongTasks = (await longTasks(page)).filter((d) => d > 50).length;
    figures = { appLoadMs, overviewAfterDataMs: Math.round(painted - inStore), loadLongestTaskMs, asOfSwitchMs, flaggedLongTasks };
  } finally {
    clearInterval(sampler);
    await page.close();
  }
  return { ...figures, peakHeapMB: Math.round(peak / 2 ** 20) };
}

/** Minimum of each time over runs, maximum of the heap. */
export function best(runs: RunFigures[]): RunFigures {
  const min = (k: keyof RunFigures) => Math.min(...runs.map((r) => r[k]));
  return { appLoadMs: min('appLoadMs'), overviewAfterDataMs: min('overviewAfterDataMs'), loadLongestTaskMs: min('loadLongestTaskMs'), asOfSwitchMs: min('asOfSwitchMs'), flaggedLongTasks: min('flaggedLongTasks'), peakHeapMB: Math.max(...runs.map((r) => r.peakHeapMB)) };
}
