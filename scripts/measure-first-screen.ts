// Measures the first screen of the built app in headless Chromium: how long until the overview's
// first chart has pixels on its canvas, and how much JavaScript (gzip) the first screen needs.
//   npx tsx scripts/measure-first-screen.ts [--runs 5] [--dist dist] [--json]
// Builds dist/ when missing, serves it with `vite preview` on a free port, and loads the app cold
// (a fresh browser context each time, after one load not counted that warms the browser) from
// /usr/bin/chromium (CHROMIUM_PATH overrides).
// "First-screen JS" = scripts requested before the overview's User Timing mark
// `overview:first-screen` (set when the cards have painted with data), less the chunks
// only the lazily loaded charts import (ECharts): those download in parallel and nothing on the
// first screen waits for them. A blank page from the same server, loaded the same way, is the baseline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { build, preview, type Plugin } from 'vite';
import { chromium, type Browser } from 'playwright-core';

export const FIRST_SCREEN_MARK = 'overview:first-screen';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BLANK_PATH = '/__blank';

export interface ScriptEntry {
  path: string;
  startTime: number;
}

/** Gzipped size of a built file (by its URL path under dist/). */
export function gzipSize(urlPath: string, dist = resolve(process.env.E2E_DIST ?? 'dist')): number {
  const file = resolve(dist, decodeURIComponent(urlPath).replace(/^\/+/, ''));
  return existsSync(file) ? gzipSync(readFileSync(file)).length : 0;
}

/** Static imports (`import{…}from"./x.js"`, `import"./x.js"`) of a built chunk, as file names. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/import\s*(?:[^"'()]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
}

function closure(roots: string[], assets: string): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const name = stack.pop()!;
    if (seen.has(name) || !existsSync(resolve(assets, name))) continue;
    seen.add(name);
    stack.push(...staticImports(readFileSync(resolve(assets, name), 'utf-8')));
  }
  return seen;
}

/**
 * URL paths of the chunks only the overview's charts need: the static closure of
 * OverviewCharts-*.js less what the entry (index.html) and the overview route chunk import.
 */
export function chartOnlyChunks(dist = resolve(process.env.E2E_DIST ?? 'dist')): Set<string> {
  const assets = resolve(dist, 'assets');
  const files = readdirSync(assets);
  const charts = files.filter((f) => /^OverviewCharts-[\w-]+\.js$/.test(f));
  const html = readFileSync(resolve(dist, 'index.html'), 'utf-8');
  const entry = [...html.matchAll(/(?:src|href)="\.\/assets\/([\w.-]+\.js)"/g)].map((m) => m[1]);
  const route = files.filter((f) => /^OverviewView-[\w-]+\.js$/.test(f));
  const shared = closure([...entry, ...route], assets);
  return new Set([...closure(charts, assets)].filter((f) => !shared.has(f)).map((f) => `/assets/${f}`));
}

/** The first screen's scripts: requested before the mark, chart-only chunks left out. */
export function firstScreenScripts(scripts: ScriptEntry[], markAt: number, dist = resolve(process.env.E2E_DIST ?? 'dist')): ScriptEntry[] {
  const chartOnly = chartOnlyChunks(dist);
  return scripts.filter((s) => s.startTime < markAt && !chartOnly.has(s.path.replace(/^.*(\/assets\/)/, '$1')));
}

export const sumGzip = (scripts: ScriptEntry[], dist?: string) => scripts.reduce((n, s) => n + gzipSize(s.path, dist), 0);

/** JS resources the page fetched, with when each request started (ms after navigation). */
export const SCRIPTS_IN_PAGE = `performance.getEntriesByType('resource')
  .filter((e) => new URL(e.name).pathname.endsWith('.js'))
  .map((e) => ({ path: new URL(e.name).pathname, startTime: e.startTime }))`;

/** Runs in the page before the app: polls each frame for the first chart canvas with pixels. */
const WATCH_FIRST_CHART = `(() => {
  const hasPixels = (c) => {
    if (!c.width || !c.height) return false;
    const ctx = c.getContext('2d');
    if (!ctx) return false;
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < data.length; i += 16) if (data[i] !== 0) return true;
    return false;
  };
  const tick = () => {
    for (const c of document.querySelectorAll('[data-test="echart"] canvas')) {
      if (hasPixels(c)) { window.__firstChartMs = performance.now(); return; }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kB = (bytes: number) => (bytes / 1024).toFixed(1);

/** A TCP port free on 127.0.0.1 right now (also used by the e2e global setup). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => ok(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** The baseline page: served by the same preview server. */
const blankPage: Plugin = {
  name: 'measure-blank-page',
  configurePreviewServer(server) {
    server.middlewares.use(BLANK_PATH, (_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end('<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');
    });
  },
};

interface Load {
  chartMs: number;
  firstScreenMs: number;
  firstScreen: ScriptEntry[];
  atChart: ScriptEntry[];
}

async function loadApp(browser: Browser, url: string, dist: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.addInitScript(WATCH_FIRST_CHART);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstChartMs?: number }).__firstChartMs !== undefined, null, { timeout: 30_000, polling: 50 });
  const chartMs = await page.evaluate(() => (window as unknown as { __firstChartMs: number }).__firstChartMs);
  const markAt = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity, FIRST_SCREEN_MARK);
  const scripts: ScriptEntry[] = await page.evaluate(SCRIPTS_IN_PAGE);
  await context.close();
  return { chartMs, firstScreenMs: markAt, firstScreen: firstScreenScripts(scripts, markAt, dist), atChart: scripts.filter((s) => s.startTime <= chartMs) };
}

async function loadBlank(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  await context.close();
  return ms;
}

export async function measure(runs = 5, distDir = 'dist') {
  const dist = resolve(distDir);
  if (!existsSync(resolve(dist, 'index.html'))) {
    console.info(`${distDir}/ is missing: building…`);
    await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  }
  const port = await freePort();
  const server = await preview({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    plugins: [blankPage],
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const loads: Load[] = [];
    const blanks: number[] = [];
    // One load not counted: it warms the browser itself (its processes, fonts), which a user's
    // browser already is; each counted load is still cold for the page (a fresh context, no cache).
    await loadApp(browser, `${base}/`, dist);
    await loadBlank(browser, `${base}${BLANK_PATH}`);
    for (let i = 0; i < runs; i++) {
      loads.push(await loadApp(browser, `${base}/`, dist));
      blanks.push(await loadBlank(browser, `${base}${BLANK_PATH}`));
    }
    const chart = median(loads.map((l) => l.chartMs));
    const blank = median(blanks);
    // On a shared machine the least disturbed run is the one to compare: min, beside the median.
    const chartMin = Math.min(...loads.map((l) => l.chartMs));
    const blankMin = Math.min(...blanks);
    const last = loads[loads.length - 1];
    return {
      runs,
      chartMs: chart,
      chartMinMs: chartMin,
      chartRuns: loads.map((l) => Math.round(l.chartMs)),
      firstScreenMs: median(loads.map((l) => l.firstScreenMs)),
      blankMs: blank,
      blankMinMs: blankMin,
      blankRuns: blanks.map((b) => Math.round(b)),
      firstScreenGzip: sumGzip(last.firstScreen, dist),
      firstScreenFiles: last.firstScreen.length,
      atChartGzip: sumGzip(last.atChart, dist),
      atChartFiles: last.atChart.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const runs = Math.max(1, Number(arg('--runs')) || 5);
  const r = await measure(runs, arg('--dist') ?? 'dist');
  if (process.argv.includes('--json')) return void console.log(JSON.stringify(r));
  const ratio = r.blankMs > 0 ? r.chartMs / r.blankMs : Infinity;
  console.log(`time to first chart (canvas with content): min ${Math.round(r.chartMinMs)} ms, median ${Math.round(r.chartMs)} ms  (${r.runs} cold loads: ${r.chartRuns.join(', ')} ms; budget 1500 ms)`);
  console.log(`first screen (cards with data) painted: ${Math.round(r.firstScreenMs)} ms (median)`);
  console.log(`baseline, blank page from the same server: min ${Math.round(r.blankMinMs)} ms, median ${Math.round(r.blankMs)} ms  (${r.blankRuns.join(', ')} ms)  → ratio ${ratio.toFixed(1)}× (medians), ${(r.chartMinMs / r.blankMinMs).toFixed(1)}× (mins)`);
  console.log(`first-screen JS: ${kB(r.firstScreenGzip)} kB gzip in ${r.firstScreenFiles} files  (budget 300 kB)`);
  console.log(`total JS loaded by the first chart: ${kB(r.atChartGzip)} kB gzip in ${r.atChartFiles} files (charts chunk included)`);
  if (r.chartMinMs > 1500 || r.firstScreenGzip > 300 * 1024) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(2);
  });
}
