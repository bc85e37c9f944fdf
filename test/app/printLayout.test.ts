// Chart boxes of the printed report: a slide chart is drawn at its design size and scaled whole to
// the page width, so its words keep their places (they are laid out in fixed pixels).
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/present/deck';
import { PAGE_W, printBox } from '../../src/app/lib/printLayout';
import { bundledReport } from '../domain/flagged.data';

const { data, report } = bundledReport('2024-07-31');
const deck = buildDeck(data, report, { flaggedPerSlide: 100_000, flaggedSlides: 1 });
const project = deck.slides.find((s) => s.kind === 'project' && s.title === '“一企来办”平台运营运维费')!;

describe('printBox', () => {
  it("scales a project's chart whole to the page width: 28 px text prints at 14.4 px (10.8 pt)", () => {
    const [quant] = project.charts;
    expect([quant.width, quant.height]).toEqual([1304, 620]);
    const box = printBox(quant);
    expect(box).toEqual({ width: PAGE_W, height: Math.round(620 * (672 / 1304)), zoom: 672 / 1304 });
    expect(28 * box.zoom * 0.75).toBeCloseTo(10.82, 2); // CSS px → pt
  });

  it('scales a summary chart the same way, and never magnifies a narrow one', () => {
    expect(printBox(deck.slides[0].charts[0])).toEqual({ width: PAGE_W, height: Math.round(620 * (672 / 872)), zoom: 672 / 872 });
    expect(printBox({ width: 500, height: 200 })).toEqual({ width: 500, height: 200, zoom: 1 });
  });
});
