// What the meeting features look like on real screens and paper. On a 390 px phone the 演示模式
// toolbar wrapped its labels one character per line and pushed 下载 PPT / 打印报告 / 退出演示 off
// the screen; on 1920×1080 it lay over the slide's footer. The A4 report clipped the right border of
// the sixth figure card and of the chart panels at the page edge.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { useBrowser, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

async function open(url: string, width: number, height: number, lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width, height }, locale: 'zh-CN' });
  await context.addInitScript((l) => localStorage.setItem('indicator-monitor:language', l), lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return { page, errors };
}

type Box = { left: number; right: number; top: number; bottom: number; height: number; lineHeight: number };
/** Boxes of the bar's controls, with the line height of their text (a wrapped label is several lines tall). */
const controls = (page: Page) => page.locator('[data-test="present-bar"] > button, [data-test="present-bar"] > a, [data-test="present-bar"] label, [data-test="present-bar"] .el-dropdown button').evaluateAll((els) =>
  els.map((el): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height, lineHeight: parseFloat(getComputedStyle(el).lineHeight) || 18 };
  }));

function expectOnScreen(boxes: Box[], width: number, height: number) {
  for (const b of boxes) {
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(width);
    expect(b.bottom).toBeLessThanOrEqual(height);
    expect(b.height).toBeLessThan(2 * b.lineHeight); // one line of text, never one character per line
  }
}

describe('演示模式 toolbar', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`on a 390×844 phone (${lang}) keeps every action on screen: the rest in a “more” menu`, async () => {
      const { page, errors } = await open(`${baseURL}#/present/2?asOf=2024-09-30`, 390, 844, lang);
      await page.locator('[data-test="slide-title"]').waitFor({ timeout: 15_000 });
      const boxes = await controls(page);
      expect(boxes.length).toBe(5); // ‹ › timer more exit
      expectOnScreen(boxes, 390, 844);
      expect(await page.locator('[data-test="exit"]').getAttribute('aria-label')).toBe(lang === 'en' ? 'Leave presentation' : '退出演示');
      await page.locator('[data-test="more"]').click();
      const items = page.locator('.el-dropdown-menu__item');
      await expect.poll(() => items.filter({ hasText: lang === 'en' ? 'Download PPT' : '下载 PPT' }).isVisible()).toBe(true);
      expect(await items.allTextContents()).toEqual(lang === 'en'
        ? ['All slides', 'Dark', 'Full screen', 'Download PPT', 'Print report']
        : ['全部幻灯片', '深色', '全屏', '下载 PPT', '打印报告']);
      expectOnScreen(await items.evaluateAll((els) => els.map((el) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, height: r.height, lineHeight: 2 * r.height };
      })), 390, 844);
      if (lang === 'zh-CN') await screenshot(page, 'present-phone-more');
      await items.filter({ hasText: lang === 'en' ? 'All slides' : '全部幻灯片' }).click();
      await expect.poll(() => page.locator('[data-test="slide-tile"]').count()).toBe(8);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('on 1920×1080 sits below the slide, visible, labels on one line', async () => {
    const { page, errors } = await open(`${baseURL}#/present/2?asOf=2024-09-30`, 1920, 1080);
    await page.locator('[data-test="slide-title"]').waitFor({ timeout: 15_000 });
    const bar = page.locator('[data-test="present-bar"]');
    const barBox = (await bar.boundingBox())!;
    const slide = (await page.locator('[data-test="slide"]').boundingBox())!;
    const foot = (await page.locator('[data-test="slide-number"]').boundingBox())!;
    expect(slide.y).toBeGreaterThanOrEqual(0);
    expect(slide.y + slide.height).toBeLessThanOrEqual(barBox.y + 0.5); // the bar covers no part of the slide
    expect(foot.y + foot.height).toBeLessThan(barBox.y);
    expect(await bar.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expectOnScreen(await controls(page), 1920, 1080);
    expect(await bar.textContent()).toContain('下载 PPT');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** Grey levels of one rendered PDF page (pdftoppm -gray writes a binary PGM). */
function renderPage(pdf: Buffer, pageNo: number, dpi: number): { width: number; height: number; px: Uint8Array } {
  const dir = mkdtempSync(join(tmpdir(), 'print-fit-'));
  writeFileSync(join(dir, 'r.pdf'), pdf);
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(pageNo), '-l', String(pageNo), '-singlefile', join(dir, 'r.pdf'), join(dir, 'p')]);
  const bytes = readFileSync(join(dir, 'p.pgm'));
  const header = bytes.subarray(0, 20).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
  return { width: Number(header[1]), height: Number(header[2]), px: bytes.subarray(header[0].length) };
}

describe('printable report on A4', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`(${lang}) keeps the figure row and chart panels inside the printable width`, async () => {
      const { page, errors } = await open(`${baseURL}#/print?asOf=2024-09-30`, 1440, 900, lang);
      await expect.poll(() => page.locator('[data-test="print-section"] [data-test="slide-chart"] svg').count(), { timeout: 15_000 }).toBe(6);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
      const pages = (text as string[]).map((t) => t.replace(/\s+/g, ''));
      expect(pages[1]).toContain(lang === 'en' ? '1Pending' : '1待填报'); // the sixth figure
      expect(pages[4]).toContain(lang === 'en' ? '2Behind' : '2滞后');
      // The @page margin is 12 mm: the last millimetre and a half before it stays blank on every
      // page — the card and panel borders used to run to the edge and lose their right side.
      for (let pageNo = 1; pageNo <= pages.length; pageNo++) {
        const { width, height, px } = renderPage(pdf, pageNo, 100);
        const mm = (x: number) => Math.round((x / 25.4) * 100);
        const inked: number[] = [];
        for (let x = mm(210 - 12 - 1.5); x < mm(210 - 12); x++) for (let y = 0; y < height; y++) if (px[y * width + x] < 250) inked.push(x);
        expect(inked, `page ${pageNo}`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
