// The built app in headless Chromium on a generated data set (served beside it, opened with
// ?data=): time from navigation to the overview showing all N projects, the as-of switch (click →
// repainted), long tasks while paging the flagged list, the peak JS heap (CDP samples every
// 200 ms), and the first screen's JS and first chart on the bundled data (measure-first-screen).
// Each timed step is the minimum of `runs` (fresh browser context each run).
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { freePort, type measure } from '../measure-first-screen';

export interface BrowserFigures { appLoadMs: number; overviewAfterDataMs: number; loadLongestTaskMs: number; asOfSwitchMs: number; flaggedLongTasks: number; peakHeapMB: number; firstScreenJsGzipKB: number; firstChartMs: number; firstChartMedianMs: number; blankMs: number }

const LONG_TASKS = `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask', buffered: true });`;

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

export async function browserBench(jsonFile: string, projects: number, runs: number, distDir: string): Promise<BrowserFigures> {
  const dist = resolve(distDir);
  if (!existsSync(resolve(dist, 'index.html'))) await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  // In a process of its own: this one holds the generated province (hundreds of MB), and its
  // collections stalled the server of the first screen's files (first chart 1.8 s here, 1.4 s alone).
  const first = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', 'scripts/measure-first-screen.ts', '--runs', String(runs), '--dist', dist, '--json'], { encoding: 'utf-8' }).trim().split('\n').at(-1)!) as Awaited<ReturnType<typeof measure>>;
  const served = resolve(dist, 'bench-data.json');
  copyFileSync(jsonFile, served);
  const port = await freePort();
  const server = await preview({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-precise-memory-info'] });
  const out = { appLoadMs: Infinity, overviewAfterDataMs: Infinity, loadLongestTaskMs: Infinity, asOfSwitchMs: Infinity, flaggedLongTasks: Infinity, peakHeapMB: 0 };
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.addInitScript(LONG_TASKS);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      let peak = 0;
      const sampler = setInterval(() => {
        cdp.send('Performance.getMetrics').then((m) => { peak = Math.max(peak, m.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? 0); }, () => {});
      }, 200);
      try {
        const t = Date.now();
        await page.goto(`http://127.0.0.1:${port}/#/?data=bench-data.json&asOf=2024-06-30`);
        await page.waitForFunction((k) => (document.querySelector('[data-test="data-summary"]')?.textContent ?? '').includes(`${k} 个项目`), projects, { timeout: 600_000 });
        out.appLoadMs = Math.min(out.appLoadMs, Date.now() - t);
        // From the data arriving in the store (stores/dataset marks it) to the overview painted.
        const painted = await page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
        const inStore = await page.evaluate(() => performance.getEntriesByName('im:data-in-store').at(-1)?.startTime ?? NaN);
        out.overviewAfterDataMs = Math.min(out.overviewAfterDataMs, Math.round(painted - inStore));
        out.loadLongestTaskMs = Math.min(out.loadLongestTaskMs, await page.evaluate(() => Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks)));
        await page.waitForTimeout(1500);
        for (const label of ['三季度末', '1–7月']) out.asOfSwitchMs = Math.min(out.asOfSwitchMs, await asOfSwitch(page, label));
        await page.goto(`http://127.0.0.1:${port}/#/flagged?data=bench-data.json`);
        await page.locator('[data-test="flagged-table"]').waitFor({ timeout: 600_000 });
        await page.waitForTimeout(1000);
        await page.evaluate(() => { (window as unknown as { __longTasks: number[] }).__longTasks.length = 0; });
        for (let k = 0; k < 3; k++) {
          await page.locator('[data-test="flagged-pager"] .btn-next').click();
          await page.waitForTimeout(400);
        }
        await page.mouse.wheel(0, 2000);
        await page.waitForTimeout(500);
        const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks.filter((d) => d > 50).length);
        out.flaggedLongTasks = Math.min(out.flaggedLongTasks, tasks);
      } finally {
        clearInterval(sampler);
        out.peakHeapMB = Math.max(out.peakHeapMB, Math.round(peak / 2 ** 20));
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { force: true });
  }
  return { ...out, firstScreenJsGzipKB: Math.round(first.firstScreenGzip / 102.4) / 10, firstChartMs: Math.round(first.chartMinMs), firstChartMedianMs: Math.round(first.chartMs), blankMs: Math.round(first.blankMinMs) };
}
