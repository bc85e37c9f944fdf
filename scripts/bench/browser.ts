// The built app in headless Chromium on a generated data set (served beside it, opened with
// ?data=): the figures of bench/appRun (load, overview after the data, as-of switch, flagged
// paging, peak heap), and the first screen's JS and first chart on the bundled data (measure-first-screen).
// Each timed step is the minimum of `runs` (fresh browser context each run).
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { appRun, best, type RunFigures } from './appRun';
import { execFileSync } from 'node:child_process';
import { freePort, type measure } from '../measure-first-screen';

export interface BrowserFigures { appLoadMs: number; overviewAfterDataMs: number; loadLongestTaskMs: number; asOfSwitchMs: number; flaggedLongTasks: number; peakHeapMB: number; firstScreenJsGzipKB: number; firstChartMs: number; firstChartMedianMs: number; blankMs: number }

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
  const runsDone: RunFigures[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      try {
        runsDone.push(await appRun(context, `http://127.0.0.1:${port}/#/?data=bench-data.json&asOf=2024-06-30`, `http://127.0.0.1:${port}/#/flagged?data=bench-data.json`, projects));
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(served, { force: true });
  }
  return { ...best(runsDone), firstScreenJsGzipKB: Math.round(first.firstScreenGzip / 102.4) / 10, firstChartMs: Math.round(first.chartMinMs), firstChartMedianMs: Math.round(first.chartMs), blankMs: Math.round(first.blankMinMs) };
}
