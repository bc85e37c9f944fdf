// Readable where it is used (issue 12): every slide and the printed report, at 1920×1080 and on a
// 390×844 phone, measured in the browser. Slide chart text is drawn at ≥ 14 pt of a 16:9 slide
// (font size × the drawing's scale, over the slide's drawn width × 960 pt), the flagged table too;
// no text leaves its box (chart, slide, cell, page); stale figures show their date; 示例数据 is on
// the cover and every slide; the dark theme has no white card; an upright phone is told to turn.
// Before: slide charts at ≈ 10–12 px on the 1920 stage (5–6 pt), the table at 11 pt, the grid lit
// the cover too, the print button said 退出演示.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();
const AS_OF = '2024-08-31'; // the bundled 30 June actuals are stale by then: their date shows
const SLIDES = 9; // cover, summary, 18 flagged on three slides, four projects

interface Measure { minChartPt: number; minTablePt: number; charts: number; outside: string[]; sampleFoot: boolean; title: string }

/** Sizes in pt of a 16:9 slide and the texts that leave their box, on the slide now shown. */
const measureSlide = (page: Page) => page.evaluate((): Measure => {
  const slide = document.querySelector('[data-test="slide"]')!.getBoundingClientRect();
  const pt = (px: number) => (px / slide.width) * 960;
  const inside = (r: DOMRect, box: DOMRect) => r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
  const outside: string[] = [];
  let minChartPt = Infinity;
  const svgs = [...document.querySelectorAll<SVGSVGElement>('[data-test="slide"] [data-test="slide-chart"] svg')];
  for (const svg of svgs) {
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.width.baseVal.value;
    for (const t of svg.querySelectorAll('text')) {
      if (!t.textContent?.trim()) continue;
      minChartPt = Math.min(minChartPt, pt(parseFloat(getComputedStyle(t).fontSize) * scale));
      if (!inside(t.getBoundingClientRect(), box)) outside.push(`chart: ${t.textContent}`);
    }
  }
  let minTablePt = Infinity;
  const foot = document.querySelector('[data-test="slide"] footer')!.getBoundingClientRect();
  for (const el of document.querySelectorAll<HTMLElement>('[data-test="slide"] :is(h1, p, th, td, li, h2, .figure__value, .figure__label)')) {
    if (!el.textContent?.trim()) continue;
    const r = el.getBoundingClientRect();
    if (!inside(r, slide) || (!el.closest('footer') && r.bottom > foot.top + 1)) outside.push(`slide: ${el.textContent}`);
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) outside.push(`overflow: ${el.textContent}`);
    if (el.matches('td, th')) minTablePt = Math.min(minTablePt, pt(parseFloat(getComputedStyle(el).fontSize) * (slide.width / 1920)));
  }
  return {
    minChartPt, minTablePt, charts: svgs.length, outside,
    sampleFoot: !!document.querySelector('[data-test="present-sample"]'),
    title: document.querySelector('[data-test="slide-title"]')?.textContent ?? '',
  };
});

async function everySlide(page: Page, theme = '') {
  const seen: Measure[] = [];
  for (let n = 1; n <= SLIDES; n++) {
    await page.goto(`${baseURL}#/present/${n}?asOf=${AS_OF}${theme}`);
    await expect.poll(() => new URL(page.url()).hash.startsWith(`#/present/${n}?`)).toBe(true);
    await page.locator('[data-test="slide-title"]').waitFor({ timeout: 15_000 });
    const kind = n === 1 ? 'cover' : n <= 5 && n >= 3 ? 'flagged' : 'charts';
    if (kind === 'charts') await expect.poll(() => page.locator('[data-test="slide"] [data-test="slide-chart"] svg text').count(), { timeout: 15_000 }).toBeGreaterThan(5);
    seen.push(await measureSlide(page));
  }
  return seen;
}

describe('slides at 14 pt', () => {
  for (const [w, h] of [[1920, 1080], [390, 844]] as const) {
    it(`${w}×${h}: every slide's chart and table text ≥ 14 pt, none leaving its box, 示例数据 on each`, async () => {
      const { page, errors } = await openPage(browser(), `${baseURL}#/present/1?asOf=${AS_OF}`, { width: w, height: h });
      await page.locator('[data-test="slide-title"]').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-test="present-sample-cover"]').textContent()).toContain('示例数据');
      const slides = await everySlide(page);
      expect(slides.map((s) => s.charts)).toEqual([0, 2, 0, 0, 0, 1, 1, 1, 1]);
      for (const s of slides) {
        expect(s.outside, s.title).toEqual([]);
        expect(s.sampleFoot, s.title).toBe(true);
      }
      const chartPt = Math.min(...slides.map((s) => s.minChartPt));
      const tablePt = Math.min(...slides.map((s) => s.minTablePt));
      expect(chartPt).toBeGreaterThanOrEqual(13.99);
      expect(tablePt).toBeGreaterThanOrEqual(13.99);
      console.log(`${w}×${h}: smallest chart text ${chartPt.toFixed(2)} pt, smallest table text ${tablePt.toFixed(2)} pt of a 16:9 slide`);
      // A stale figure shows its date, in the chart and the table.
      await page.goto(`${baseURL}#/present/6?asOf=${AS_OF}`);
      await expect.poll(() => page.locator('[data-test="slide-chart"] svg').textContent(), { timeout: 15_000 }).toContain('27.5%（6月30日，过期） / 53.59%');
      await page.goto(`${baseURL}#/present/3?asOf=${AS_OF}`);
      await expect.poll(() => page.locator('[data-test="slide-table"]').textContent(), { timeout: 15_000 }).toContain('0.0%（6月30日，过期）');
      if (w === 390) {
        expect(await page.locator('[data-test="present-rotate"]').textContent()).toBe('横屏观看效果更佳：请把手机横过来');
        await screenshot(page, 'present-phone-portrait');
      } else {
        expect(await page.locator('[data-test="present-rotate"]').count()).toBe(0);
        await screenshot(page, 'present-flagged-14pt');
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('dark theme: charts and the flagged table on the dark slide, no white card', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/present/2?asOf=${AS_OF}&theme=dark`, { width: 1920, height: 1080 });
    await expect.poll(() => page.locator('[data-test="slide-chart"] svg').count(), { timeout: 15_000 }).toBe(2);
    const white = (sel: string) => page.locator(sel).evaluateAll((els) => els.filter((el) => {
      const fill = el.getAttribute('fill') ?? getComputedStyle(el).backgroundColor;
      return /^(#fff(fff)?|rgb\(255, 255, 255\))$/i.test(fill ?? '');
    }).length);
    expect(await page.locator('[data-test="slide-chart"] svg > rect').first().getAttribute('fill')).toBe('#1a2540');
    expect(await white('[data-test="slide-chart"], [data-test="slide-chart"] svg > rect')).toBe(0);
    await screenshot(page, 'present-dark-summary');
    await page.goto(`${baseURL}#/present/3?asOf=${AS_OF}&theme=dark`);
    await page.locator('[data-test="slide-table"]').waitFor({ timeout: 15_000 });
    expect(await white('[data-test="slide-table"], [data-test="slide-table"] td')).toBe(0);
    const measures = await everySlide(page, '&theme=dark');
    for (const s of measures) expect(s.outside, s.title).toEqual([]);
    await page.goto(`${baseURL}#/present/3?asOf=${AS_OF}&theme=dark`);
    await page.locator('[data-test="slide-table"]').waitFor({ timeout: 15_000 });
    await screenshot(page, 'present-dark-flagged');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in English the key hint is shown whole at 1920 px', async () => {
    const context = await browser().newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
    await context.addInitScript(() => localStorage.setItem('indicator-monitor:language', 'en'));
    const page = await context.newPage();
    await page.goto(`${baseURL}#/present/2?asOf=${AS_OF}`);
    const keys = page.locator('.bar__keys');
    await expect.poll(() => keys.textContent(), { timeout: 15_000 }).toBe('← → move · G all slides · F full screen · Esc leave');
    expect(await keys.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1 && el.getBoundingClientRect().width > 0)).toBe(true);
    await context.close();
  });
});

describe('the printed report', () => {
  for (const [w, h] of [[1920, 1080], [390, 844]] as const) {
    it(`${w}×${h}: the page on screen with margins, 关闭打印预览, no text out of its box; printed chart text ≥ 10 pt`, async () => {
      const { page, errors } = await openPage(browser(), `${baseURL}#/print?asOf=${AS_OF}`, { width: w, height: h });
      await expect.poll(() => page.locator('[data-test="print-section"] [data-test="slide-chart"] svg').count(), { timeout: 15_000 }).toBe(6);
      expect(await page.locator('[data-test="print-close"]').textContent()).toBe('关闭打印预览');
      const check = () => page.evaluate(() => {
        const outside: string[] = [];
        let minPx = Infinity;
        for (const svg of document.querySelectorAll<SVGSVGElement>('[data-test="print-section"] [data-test="slide-chart"] svg')) {
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.width.baseVal.value;
          for (const t of svg.querySelectorAll('text')) {
            const r = t.getBoundingClientRect();
            minPx = Math.min(minPx, parseFloat(getComputedStyle(t).fontSize) * scale);
            if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) outside.push(t.textContent ?? '');
          }
        }
        const sheet = document.querySelector('[data-test="print"]')!;
        for (const el of sheet.querySelectorAll<HTMLElement>('td, th, h1, h2, li, .figure__value, .figure__label')) {
          if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) outside.push(`overflow: ${el.textContent}`);
        }
        const pad = parseFloat(getComputedStyle(sheet).paddingLeft);
        return { outside, minPx, pad, pageFits: document.documentElement.scrollWidth <= window.innerWidth };
      });
      const screen = await check();
      expect(screen.outside).toEqual([]);
      expect(screen.pad).toBeGreaterThanOrEqual(40); // 12 mm of margin on screen
      expect(screen.pageFits).toBe(true); // a phone sees the whole sheet, scaled, not cut at the right
      expect(await page.locator('[data-test="print-section"] table').textContent()).toContain('（6月30日，过期）');
      expect(await page.locator('[data-test="print-sample-cover"]').count()).toBe(1);
      await screenshot(page, `print-${w}`);
      await page.emulateMedia({ media: 'print' });
      const printed = await check();
      expect(printed.outside).toEqual([]);
      expect(printed.minPx * 0.75).toBeGreaterThanOrEqual(10); // CSS px → pt on paper
      console.log(`print ${w}: smallest chart text ${(printed.minPx * 0.75).toFixed(2)} pt on A4`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }
});
