// Keeping the loaded data in the browser at provincial scale: a dataset of N projects (default
// 10,000) opened via ?data=, a small user load on top (which saves it to IndexedDB), then a reload
// without ?data= that restores it. Prints each time, long tasks, and the storage used.
//   npx vite build && npx tsx scripts/measure-persist.ts [projects=10000]
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { freePort } from './measure-first-screen';
import { scaledDataset } from './scaledDataset';
import { chromium } from 'playwright-core';
import { toCanonicalJson } from '../src/io/write';

const n = Number(process.argv[2] ?? 10000);
const data = scaledDataset(n);
const file = resolve('dist/scale-persist.json');
writeFileSync(file, toCanonicalJson(data, { includeObservations: true }));
console.log(`${n} projects, ${data.indicators.length} indicators, ${data.actuals.length} actuals, ${data.spend.length} spend; JSON ${(readFileSync(file).length / 1e6).toFixed(0)} MB`);
const port = await freePort();
const server = await preview({ configFile: resolve('vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
try {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() !== 'log' && console.log('  [console]', m.text().slice(0, 300)));
  const shown = () => page.waitForFunction((k) => (document.querySelector('[data-test="data-summary"]')?.textContent ?? '').includes(`${k} 个项目`), n, { timeout: 300_000 });
  let t = Date.now();
  await page.goto(`http://127.0.0.1:${port}/#/data?data=scale-persist.json`);
  await shown();
  console.log(`open via ?data= (fetch + parse JSON in worker + judge + paint): ${Date.now() - t} ms`);
  await page.waitForTimeout(1500);
  // Long tasks on the main thread from here on.
  await page.evaluate(() => {
    (window as unknown as { __long: number[] }).__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) (window as unknown as { __long: number[] }).__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
  });
  const status = page.locator('[data-test="saved-status"]');
  t = Date.now();
  await page.locator('[data-test="file-input"]').setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from('项目名称,三级指标,日期,实际值\n') });
  await page.waitForFunction(() => document.querySelectorAll('[data-test="files-table"] .el-table__body tr').length === 2, null, { timeout: 120_000, polling: 10 });
  const loaded = Date.now() - t;
  await page.waitForFunction(() => (document.querySelector('[data-test="saved-status"]')?.textContent ?? '').startsWith('已保存'), null, { timeout: 120_000, polling: 10 });
  console.log(`user load of a small CSV onto it: ${loaded} ms until shown; saved ${Date.now() - t - loaded} ms later (50 ms delay included)`);
  console.log(`long tasks during load+save (ms): ${JSON.stringify(await page.evaluate(() => (window as unknown as { __long: number[] }).__long))}`);
  console.log(`status: ${await status.textContent()}`);
  // Raw IndexedDB timings on the record itself.
  const raw = await page.evaluate<{ get: number; records: number }>(`(async () => {
    const db = await new Promise((ok, ko) => { const r = indexedDB.open('indicator-monitor'); r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
    let t0 = performance.now();
    const all = await new Promise((ok) => { const g = db.transaction('saved-data').objectStore('saved-data').getAll(); g.onsuccess = () => ok(g.result); });
    const get = performance.now() - t0;
    db.close();
    return { get: Math.round(get), records: all.length };
  })()`);
  console.log(`raw IndexedDB getAll of ${raw.records} records: ${raw.get} ms`);
  const est = await page.evaluate(() => navigator.storage.estimate());
  console.log(`storage used by origin: ${((est.usage ?? 0) / 1e6).toFixed(0)} MB of quota ${((est.quota ?? 0) / 1e9).toFixed(1)} GB`);
  // Reload without ?data=: the saved state comes back.
  t = Date.now();
  await page.goto(`http://127.0.0.1:${port}/#/data`);
  await page.reload();
  await shown();
  const restore = Date.now() - t;
  await page.waitForFunction(() => (document.querySelector('[data-test="saved-status"]')?.textContent ?? '').startsWith('已恢复'), null, { timeout: 60_000 });
  console.log(`reload without ?data= (IndexedDB read + judge + paint): ${restore} ms; status: ${await status.textContent()}`);
  const lt = await page.evaluate(() => new Promise((ok) => new PerformanceObserver((l) => ok(l.getEntries().map((e) => Math.round(e.duration)))).observe({ type: 'longtask', buffered: true })));
  console.log(`long tasks since reload (ms): ${JSON.stringify(lt)}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(file);
}
