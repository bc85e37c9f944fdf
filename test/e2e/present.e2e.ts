// Review meetings in a real browser: the presentation moves by keyboard with the slide number in
// the URL, the grid jumps to a slide, the PPT button downloads a deck whose slides, images and text
// are checked, and the print layout renders to an A4 PDF whose pages and text are checked.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';
import { useBrowser, openPage, screenshot } from './browser';

const baseURL = inject('baseURL');
const browser = useBrowser();

const PROJECTS = ['“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维'];
const title = (page: Page) => page.locator('[data-test="slide-title"]').textContent();
const slideNo = (page: Page) => new URL(page.url()).hash.match(/#\/present\/(\d+)/)?.[1];

describe('presentation mode', () => {
  it('moves through the slides by keyboard, with the slide number in the URL', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/present/1?asOf=2024-06-30`, { width: 1920, height: 1080 });
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('2024年半年绩效目标执行监控');
    await screenshot(page, 'present-1-cover');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title(page)).toBe('总体情况');
    expect(slideNo(page)).toBe('2');
    const figures = await page.locator('[data-test="slide-figures"]').textContent();
    expect(figures).toMatch(/4\s*项目\s*99\s*指标\s*88\s*达标\s*4\s*预警\s*5\s*滞后\s*2\s*待填报/);
    await page.waitForTimeout(800);
    await screenshot(page, 'present-2-summary');
    await page.keyboard.press('PageDown');
    // 9 flagged at 14 pt: six rows a slide.
    await expect.poll(() => title(page)).toBe('预警指标（1/2）');
    expect(await page.locator('[data-test="slide-table"] tbody tr').count()).toBe(6);
    await screenshot(page, 'present-3-flagged');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title(page)).toBe('预警指标（2/2）');
    expect(await page.locator('[data-test="slide-table"] tbody tr').count()).toBe(3);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => title(page)).toBe(PROJECTS[i]);
      expect(slideNo(page)).toBe(String(5 + i));
    }
    await page.waitForTimeout(800);
    await screenshot(page, 'present-8-project');
    await page.keyboard.press('ArrowRight'); // already the last slide
    expect(slideNo(page)).toBe('8');
    await page.keyboard.press('Home');
    await expect.poll(() => slideNo(page)).toBe('1');
    await page.keyboard.press('End');
    await expect.poll(() => title(page)).toBe(PROJECTS[3]);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => title(page)).toBe(PROJECTS[2]);
    // Clickers and habits differ: ↑/↓ and P/N move too.
    await page.keyboard.press('p');
    await expect.poll(() => title(page)).toBe(PROJECTS[1]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => title(page)).toBe(PROJECTS[2]);
    // A link past the end opens the last slide and the URL says which it is.
    await page.goto(`${baseURL}#/present/99?asOf=2024-06-30`);
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe(PROJECTS[3]);
    await expect.poll(() => slideNo(page)).toBe('8');
    // A sideways swipe back must not be the browser's "back": the page opts out of overscroll.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overscrollBehaviorX)).toBe('none');
    expect(errors).toEqual([]);
  });

  it('opens a slide from its URL, jumps from the grid, and leaves with Esc', async () => {
    // On 30 Sep 14 indicators are flagged: the list takes three slides, so slide 6 is the first project.
    const { page } = await openPage(browser(), `${baseURL}#/present/6?asOf=2024-09-30&theme=dark`, { width: 1440, height: 900 });
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe(PROJECTS[0]);
    await page.waitForTimeout(800);
    await screenshot(page, 'present-dark');
    await page.keyboard.press('g');
    await expect.poll(() => page.locator('[data-test="slide-tile"]').count()).toBe(8); // + the cover
    // Only the current slide stands out (the cover tile used to be filled blue as well).
    expect(await page.locator('[data-test="slide-grid"] [aria-current="true"]').allTextContents()).toEqual([expect.stringContaining(PROJECTS[0])]);
    const fills = await page.locator('[data-test="slide-grid"] button').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).backgroundColor))]);
    expect(fills).toHaveLength(1);
    await page.locator('[data-test="slide-tile"]').filter({ hasText: '预警指标（3/3）' }).click();
    await expect.poll(() => title(page)).toBe('预警指标（3/3）');
    expect(slideNo(page)).toBe('5');
    expect(await page.locator('[data-test="slide-table"] tbody tr').count()).toBe(2); // 14 flagged: 6 + 6 + 2
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#\/\?.*asOf=2024-09-30/);
  });

  it('starts from the overview with its filters carried in', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-06-30&q=12345`);
    await page.locator('[data-test="start-present"]').click();
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('2024年半年绩效目标执行监控');
    expect(new URL(page.url()).hash).toMatch(/^#\/present\/1\?.*q=12345/);
    await page.keyboard.press('g');
    const tiles = page.locator('[data-test="slide-tile"]');
    await expect.poll(() => tiles.count()).toBe(4); // summary, flagged, the two 12345 projects
    expect(await tiles.nth(2).textContent()).toContain(PROJECTS[1]);
    expect(await tiles.nth(3).textContent()).toContain(PROJECTS[2]);
    expect(errors).toEqual([]);
  });

  it('downloads the deck as .pptx: cover + 7 slides, charts as images, figures and the flagged list as text', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/present/2?asOf=2024-06-30`);
    await expect.poll(() => title(page), { timeout: 15_000 }).toBe('总体情况');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test="download-pptx"]').click()]);
    expect(download.suggestedFilename()).toBe('2024年半年绩效目标执行监控.pptx');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    expect(slides).toHaveLength(8);
    const text = async (n: string) => [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|');
    expect(await text(slides[1])).toMatch(/99\|指标\|88\|达标/);
    expect(await text(slides[2])).toContain('等保测评及安全运维服务成果');
    expect(await text(slides[5])).toContain('26.0%|预算执行率');
    expect(Object.keys(zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n))).toHaveLength(6);
    expect(errors).toEqual([]);
  });
});

describe('chart images', () => {
  it('saves a chart as PNG at 2× and as SVG, with title, subject and as-of date in the image', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/?asOf=2024-06-30`);
    const chart = page.locator('[data-test="budget-chart"] [data-test="echart"]');
    await chart.locator('canvas').first().waitFor({ timeout: 15_000 });
    await chart.hover();
    const box = (await chart.boundingBox())!;
    const [png] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-test="save-png"]').click()]);
    expect(png.suggestedFilename()).toBe('预算执行率与序时进度_全部_4_个项目_2024-06-30.png');
    const bytes = readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.readUInt32BE(16)).toBe(Math.round(box.width) * 2);
    expect(bytes.readUInt32BE(20)).toBe((Math.round(box.height) + 56) * 2);
    const [svg] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-test="save-svg"]').click()]);
    const text = readFileSync((await svg.path())!, 'utf8');
    expect(text.startsWith('<svg')).toBe(true);
    // The title once (the band's; the chart's own is left out), and no on-screen 点击 hint.
    expect(text.split('>预算执行率与序时进度</text>')).toHaveLength(2);
    expect(text).not.toContain('点击');
    expect(text).toContain('>全部 4 个项目 · 截至 2024年6月30日</text>');
    expect(text).toContain('江苏12345在线平台运行费');
    const parses = await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').getElementsByTagName('parsererror').length === 0, text);
    expect(parses).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('printable report', () => {
  it('prints to A4: cover, summary, flagged list, one page per project, no navigation chrome', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/print?asOf=2024-09-30`, { width: 1240, height: 1754 });
    await expect.poll(() => page.locator('[data-test="print-section"]').count(), { timeout: 15_000 }).toBe(6);
    await expect.poll(() => page.locator('[data-test="print-section"] [data-test="slide-chart"] svg').count()).toBe(6);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/print-report.pdf', pdf);
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { totalPages, text } = await extractText(doc, { mergePages: false });
    // The summary's two slide charts, scaled whole to the page width, take two pages.
    expect(totalPages).toBe(8);
    const pages = (text as string[]).map((t) => t.replace(/\s+/g, ''));
    expect(pages[0]).toContain('2024年三季度绩效目标执行监控');
    expect(pages[1]).toContain('总体情况');
    expect(pages[2]).toContain('各一级指标状态分布');
    expect(pages[3]).toContain('预警指标');
    PROJECTS.forEach((name, i) => expect(pages[4 + i]).toContain(name));
    expect(pages.join('')).not.toContain('打印报告'); // the toolbar is screen-only
    expect(errors).toEqual([]);
  });
});
