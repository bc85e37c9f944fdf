// The dashboard at provincial scale: N projects (default 10,000) made from the four seed projects
// with their illustrative actuals and spend, served beside the built app and opened with ?data=.
// Prints the time to load, judge and paint the overview, then the time to re-judge and repaint
// after each as-of shortcut, with the baseline of a blank page from the same server.
// Run: npx tsx scripts/measure-scale.ts [--projects 10000]   (builds dist/ if missing)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { toCanonicalJson } from '../src/io/write';
import { freePort } from './measure-first-screen';
import { scaledDataset } from './scaledDataset';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

async function main() {
  const n = Number(arg('--projects') ?? 10_000);
  const dist = resolve('dist');
  if (!existsSync(resolve(dist, 'index.html'))) await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn' });
  const data = scaledDataset(n);
  const file = resolve(dist, 'scale.json');
  writeFileSync(file, toCanonicalJson(data, { includeObservations: true }));
  const port = await freePort();
  const server = await preview({ configFile: resolve('vite.config.ts'), logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    let t = Date.now();
    await page.goto(`http://127.0.0.1:${port}/blank-does-not-exist.html`);
    const blank = Date.now() - t;
    t = Date.now();
    await page.goto(`http://127.0.0.1:${port}/#/?data=scale.json&asOf=2024-06-30`);
    await page.waitForFunction((k) => (document.querySelector('[data-test="data-summary"]')?.textContent ?? '').includes(`${k} 个项目`), n, { timeout: 300_000 });
    console.log(`${n} 个项目、${data.indicators.length} 个指标、${data.actuals.length} 条实际值（JSON ${(readFileSync(file).length / 1e6).toFixed(0)} MB）`);
    console.log(`载入、判定并显示总览：${Date.now() - t} ms（同一服务器的空白页基线 ${blank} ms）`);
    await page.waitForTimeout(2000);
    for (const label of ['三季度末', '半年', '1–7月']) {
      await page.locator('[data-test="as-of"] input').click();
      await page.waitForTimeout(400);
      const before = await page.locator('[data-test="overview-asof"]').textContent();
      t = Date.now();
      await page.getByText(label, { exact: true }).first().click();
      await page.waitForFunction((b) => document.querySelector('[data-test="overview-asof"]')?.textContent !== b, before, { timeout: 60_000 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      console.log(`切换到“${label}”并重新判定、重绘总览：${Date.now() - t} ms`);
      await page.keyboard.press('Escape');
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(file, { force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
