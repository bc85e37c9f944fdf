// The app shell in a real browser: it opens on the bundled data, the header carries the as-of
// date (the latest data date, shared through ?asOf=), and the data page lists the bundled files.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';
import { FIRST_SCREEN_MARK, SCRIPTS_IN_PAGE, firstScreenScripts, sumGzip } from '../../scripts/measure-first-screen';

const baseURL = inject('baseURL');
const browser = useBrowser();

describe('app shell', () => {
  it('opens on the bundled data with the as-of date in the header', async () => {
    const { page, errors } = await openPage(browser(), baseURL);
    await page.getByText('绩效目标监控看板').first().waitFor();
    const summary = page.locator('[data-test="data-summary"]');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toMatch(/\d+ 个项目/);
    const asOf = page.locator('[data-test="as-of"] input');
    // The header says the date in words, the picker holds it as YYYY-MM-DD: the same day.
    const [, y, m, d] = (await summary.textContent())!.match(/数据最新日期：(\d{4})年(\d{1,2})月(\d{1,2})日/) ?? [];
    expect(y).toBeTruthy();
    expect(await asOf.inputValue()).toBe(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
    await screenshot(page, 'overview');
    expect(errors).toEqual([]);
  });

  it('opens the as-of picker on the first click, also while its stand-in is still in place', async () => {
    const { page, errors } = await openPage(browser(), baseURL);
    // The header's date starts as a stand-in input (components/layout/AsOfPicker.vue): a click must open the real picker.
    await page.locator('[data-test="as-of-standin"]').waitFor();
    await page.locator('[data-test="as-of"] input').click();
    const popper = page.locator('.el-picker__popper');
    await popper.waitFor({ state: 'visible' });
    await popper.getByText('半年', { exact: true }).click();
    await expect.poll(() => page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-06-30');
    await expect.poll(() => page.url()).toContain('asOf=2024-06-30');
    expect(errors).toEqual([]);
  });

  it('lists the bundled files on the data page, and a shared ?asOf= link sets the date', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data?asOf=2024-06-30`, { width: 1440, height: 1300 });
    const table = page.locator('[data-test="files-table"] .el-table__body');
    await expect.poll(() => table.locator('tr').count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    const text = (await table.textContent()) ?? '';
    for (const name of BUNDLED_FILES) expect(text).toContain(name);
    expect(text).toContain('项目数据（JSON）');
    expect(text).toContain('实际值（CSV）');
    expect(text).toContain('执行数（CSV）');
    // Their encodings as for any file the user opens (sample-spend.csv is saved with a BOM).
    expect(text).toContain('UTF-8（带 BOM）');
    expect(text).not.toContain('文本');
    expect(await page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-06-30');
    await screenshot(page, 'data');
    expect(errors).toEqual([]);
  });

  it('keeps the first screen under 300 kB of gzipped JavaScript', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(baseURL);
    // The overview marks when its cards have painted with data; its charts (ECharts) are a lazy
    // chunk loading beside them, left out by firstScreenScripts (scripts/measure-first-screen.ts).
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_SCREEN_MARK, { timeout: 15_000 });
    const markAt = await page.evaluate((mark) => performance.getEntriesByName(mark)[0].startTime, FIRST_SCREEN_MARK);
    const scripts = firstScreenScripts(await page.evaluate(SCRIPTS_IN_PAGE), markAt);
    const gzipped = sumGzip(scripts);
    console.info(`first screen: ${scripts.length} scripts, ${(gzipped / 1024).toFixed(1)} kB gzip`);
    expect(gzipped).toBeLessThan(300 * 1024);
    await context.close();
  });

  it('keeps the as-of date when moving between pages from the menu, even while the first page is loading', async () => {
    // The data page's chunk is held back so the click lands before the first route has resolved:
    // the menu once navigated from the empty start location then and dropped ?asOf=.
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.route('**/assets/DataView-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto(`${baseURL}#/data?asOf=2024-03-31`, { waitUntil: 'commit' });
    await page.locator('[data-test="menu-settings"]').click();
    await page.waitForURL(/#\/settings\?asOf=2024-03-31/);
    expect(await page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-03-31');
    await context.close();
  });
});

describe('loading files in the browser', () => {
  it('opens on data published beside the app (?data=) instead of the sample, and refuses other sites', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 1100 } });
    const page = await context.newPage();
    const seed = readFileSync(resolve('test/fixtures/io/targets-2024.txt'));
    await page.route('**/published/*', (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: seed }));
    await page.goto(`${baseURL}#/data?data=published/2024年目标表.txt`);
    const rows = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    expect((await rows.first().locator('td').allTextContents()).slice(1, 6)).toEqual(['2024年目标表.txt', '绩效目标表（文本）', 'UTF-8', '4', '99']);
    expect(await page.getByText('当前数据：链接数据').textContent()).toContain('/published/2024%E5%B9%B4%E7%9B%AE%E6%A0%87%E8%A1%A8.txt');

    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseURL}#/data?data=https://example.com/x.json`);
    await page.reload();
    await page.locator('[data-test="problems-table"]').getByText('只能载入与本应用同源的数据链接').waitFor();
    expect(requests.filter((u) => u.includes('example.com'))).toEqual([]);
    await context.close();
  });

  it('parses a large target-table file (over 1 MB, in the Web Worker) and merges it into the bundled data', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`);
    const rows = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    // 35 renamed copies of the four seed tables: 140 projects, 3,465 indicators.
    const seed = readFileSync(resolve('test/fixtures/io/targets-2024.txt'), 'utf-8');
    const big = Array.from({ length: 35 }, (_, k) => seed.replace(/(项目名称\t)([^\t]+)/g, (_m, head, name) => `${head}${name}（副本${k + 1}）`)).join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(1_000_000);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.locator('[data-test="file-input"]').setInputFiles({ name: '大批量目标表.txt', mimeType: 'text/plain', buffer: Buffer.from(big) });
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(BUNDLED_FILES.length + 1);
    const last = await rows.last().locator('td').allTextContents();
    expect(last.slice(1, 6)).toEqual(['大批量目标表.txt', '绩效目标表（文本）', 'UTF-8', '140', '3465']);
    expect(await page.locator('[data-test="count-projects"]').textContent()).toContain('144');
    expect(workers).toEqual([expect.stringMatching(/load\.worker-[\w-]+\.js$/)]);
    expect(errors).toEqual([]);
  });

  it('loads files dropped anywhere on the page', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/settings`);
    await expect.poll(() => page.locator('[data-test="data-summary"]').textContent(), { timeout: 15_000 }).toContain('4 个项目');
    const csv = '项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,预算执行率,2024-10-31,70%\n';
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], '十月实际值.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        document.querySelector('main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }
    }, csv);
    await expect.poll(() => page.locator('[data-test="data-summary"]').textContent(), { timeout: 15_000 }).toContain('数据最新日期：2024年10月31日');
    await page.getByText(/已载入 1 个文件/).waitFor();
    // The toast opens below the 60 px header, leaving its as-of date and data facts readable.
    // (polled: it slides in from above, so its first frames sit higher)
    await expect.poll(async () => (await page.locator('.el-message').first().boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(60);
    expect(errors).toEqual([]);
  });
});
