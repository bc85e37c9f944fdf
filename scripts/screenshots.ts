// Refreshes the user guide's screenshots (docs/screenshots/*.png, shown in README.zh-CN.md) from a
// fresh build of the app on the bundled data, in headless Chromium at 1200×750 (Chinese UI).
//   npx tsx scripts/screenshots.ts
//   E2E_DIST=/tmp/dist-x npx tsx scripts/screenshots.ts   (an app already built there: no build, and
//   dist/ and the cache stay untouched while others build)
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { freePort } from './measure-first-screen';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : resolve('node_modules/.cache/screenshots-dist');
const out = (name: string) => resolve('docs/screenshots', `${name}.png`);

/** Waits until every chart on the page has drawn, the fonts are in and no toast covers the page. */
async function settled(page: Page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(1500);
  await page.locator('.el-message').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

if (!process.env.E2E_DIST) await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
const port = await freePort();
const server = await preview({ configFile: resolve('vite.config.ts'), build: { outDir: dist }, preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 750 } });
  const base = `http://127.0.0.1:${port}/#`;
  // [file, route, viewport height]: the data page shows its file list and problems below the fold.
  const shots: [string, string, number][] = [
    ['overview', '/?asOf=2024-09-30', 750],
    ['project', '/project/p-c4bb6f07?asOf=2024-09-30', 750],
    ['flagged', '/flagged?asOf=2024-09-30', 750],
    ['data', '/data', 1083],
  ];
  for (const [name, route, height] of shots) {
    await page.setViewportSize({ width: 1200, height });
    await page.goto(base + route);
    await settled(page);
    await page.screenshot({ path: out(name) });
    console.info(out(name));
  }
  // A monitoring round: create 1–7月, fill two indicators of the first project (one behind, with
  // its reason), then the rounds page and the 填报 tab.
  await page.setViewportSize({ width: 1200, height: 750 });
  await page.goto(`${base}/round`);
  await page.locator('[data-test="round-none"] [data-test="new-round"]').click({ timeout: 15_000 });
  await page.locator('[data-test="new-round-dialog"] [data-test="create-round"]').click();
  await page.locator('[data-test="round-title"]').waitFor();
  await page.locator('[data-test="round-projects"] a', { hasText: '“一企来办”平台运营运维费' }).click();
  await page.locator('[data-test="round-form"]').waitFor({ timeout: 15_000 });
  await page.locator('[data-cell="11:0"]').click();
  await page.keyboard.type('60%');
  await page.keyboard.press('Tab');
  await page.keyboard.type('100%');
  await page.locator('[data-cell="12:0"]').click();
  await page.keyboard.type('30%');
  await page.keyboard.press('Tab');
  await page.keyboard.type('90%');
  await page.waitForTimeout(600);
  await page.locator('[data-test="record-row-9"]').scrollIntoViewIfNeeded();
  await settled(page);
  await page.screenshot({ path: out('round-form') });
  console.info(out('round-form'));
  await page.goto(`${base}/round`);
  await settled(page);
  await page.screenshot({ path: out('round') });
  console.info(out('round'));

  const slide = await browser.newPage({ viewport: { width: 1200, height: 675 + 44 } });
  await slide.goto(`${base}/present/2?asOf=2024-09-30`);
  await settled(slide);
  await slide.screenshot({ path: out('present'), clip: { x: 0, y: 0, width: 1200, height: 675 } });
  console.info(out('present'));
  // A project's slide: its 量化指标 worst first, the rest counted; 31 August shows stale figures' dates.
  for (const [name, n] of [['present-project', 6], ['present-flagged', 3]] as const) {
    await slide.goto(`${base}/present/${n}?asOf=2024-08-31`);
    await settled(slide);
    await slide.screenshot({ path: out(name), clip: { x: 0, y: 0, width: 1200, height: 675 } });
    console.info(out(name));
  }
  const print = await browser.newPage({ viewport: { width: 1200, height: 1100 } });
  await print.goto(`${base}/print?asOf=2024-08-31`);
  await settled(print);
  await print.locator('[data-test="print-section"]').nth(2).scrollIntoViewIfNeeded();
  await print.screenshot({ path: out('print') });
  console.info(out('print'));
} finally {
  await browser.close();
  await new Promise<void>((done) => server.httpServer.close(() => done()));
}
