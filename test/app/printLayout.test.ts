// Chart boxes of the printed report on the bundled data at 1–7月: the bullet chart (fixed pixel rows)
// used to be drawn at 62% of its design height and lost its last rows on paper; it is now drawn at
// its design height and scaled down whole. Charts that lay out in any height keep full type size.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/present/deck';
import { PAGE_W, printBox, printHeight } from '../../src/app/lib/printLayout';
import { bulletHeight } from '../../src/charts/bullet';
import { bundledReport } from '../domain/flagged.data';

const { data, report } = bundledReport('2024-07-31');
const deck = buildDeck(data, report, { flaggedPerSlide: 100_000, flaggedSlides: 1 });
const project = deck.slides.find((s) => s.kind === 'project' && s.title === '“一企来办”平台运营运维费')!;
const chart = (suffix: string) => project.charts.find((c) => c.id.endsWith(suffix))!;

describe('printBox', () => {
  it('scales the bullet chart whole so every row fits its box, within a page', () => {
    const bullet = chart('-bullet');
    const rows = (bullet.option.grid as unknown[]).length;
    expect(rows).toBe(5);
    const box = printBox(bullet);
    // The drawing keeps its design height (rows at fixed pixel positions), the box shows all of it.
    expect(box.zoom).toBeCloseTo(390 / bullet.height, 6);
    expect(box.height / box.zoom).toBeGreaterThanOrEqual(bulletHeight(rows));
    expect(box.height).toBeLessThanOrEqual(390);
    expect(box.width).toBe(PAGE_W);
  });

  it('draws a chart with one grid at the print height without scaling', () => {
    const variance = chart('-variance');
    expect(printBox(variance)).toEqual({ width: PAGE_W, height: printHeight(variance.height), zoom: 1 });
    expect(printBox(variance).height).toBe(285); // 62% of the 460 px design height
    const summary = deck.slides[0].charts[0];
    expect(printBox(summary).zoom).toBe(1);
  });

  it('never magnifies a short fixed-row chart', () => {
    const one = { option: { grid: [{}, {}] }, height: 200 };
    expect(printBox(one)).toEqual({ width: PAGE_W, height: 200, zoom: 1 });
  });
});
