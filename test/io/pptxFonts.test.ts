// The .pptx read from the back of the room: every text run is 14 pt or more (the flagged table was
// 10 pt, the footer 9), and each chart image is placed at 144 of its stage pixels per inch, so its
// smallest text (28 px, present/slideCharts) is 14 pt on the slide — read back from the slide XML.
// Before: charts drawn 480–600 px wide with 12 px labels were fitted into their boxes at ≈ 7–10 pt.
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildDeck } from '../../src/present/deck';
import { buildPptx, type ChartImage } from '../../src/io/pptx/deck';
import { bundledReport } from '../domain/flagged.data';

const EMU_PER_PT = 12700;

async function slideXml(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  return Promise.all(names.map((n) => zip.file(n)!.async('string')));
}

describe('the .pptx at 14 pt', () => {
  for (const asOf of ['2024-07-31', '2024-09-30']) {
    it(`${asOf}: no text run under 14 pt; every chart at 0.5 pt per stage px, so its 28 px words are 14 pt`, async () => {
      const { data, report } = bundledReport(asOf);
      const deck = buildDeck(data, report, { sample: true });
      const images = new Map<string, ChartImage>();
      // The placement depends on the image's design size only; the pixels are the renderer's business.
      const png = 'image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
      for (const c of deck.slides.flatMap((s) => s.charts)) images.set(c.id, { data: png, width: c.width, height: c.height });
      const xml = await slideXml(await buildPptx(deck, images));
      expect(xml).toHaveLength(deck.slides.length + 1);
      const sizes = xml.flatMap((x) => [...x.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100));
      expect(sizes.length).toBeGreaterThan(100);
      expect(Math.min(...sizes)).toBe(14);
      // The flagged table's cells.
      const flagged = xml[deck.slides.findIndex((s) => s.kind === 'flagged') + 1];
      const cells = [...flagged.matchAll(/<a:tc>[\s\S]*?<\/a:tc>/g)].map((m) => m[0]);
      expect(cells.length).toBe(7 * 7); // header + 6 rows, 7 columns
      for (const cell of cells) expect(cell, cell).toMatch(/sz="1400"/);
      let pictures = 0;
      deck.slides.forEach((s, i) => {
        for (const c of s.charts) {
          const pic = new RegExp(`<p:pic>(?:(?!</p:pic>)[\\s\\S])*descr="${c.title}"(?:(?!</p:pic>)[\\s\\S])*</p:pic>`).exec(xml[i + 1]);
          expect(pic, `${s.id} ${c.title}`).not.toBeNull();
          const [, cx, cy] = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic![0])!.map(Number);
          const ptPerPx = cx / EMU_PER_PT / c.width;
          expect(ptPerPx).toBeCloseTo(0.5, 3);
          expect(cy / EMU_PER_PT / c.height).toBeCloseTo(0.5, 3);
          expect(28 * ptPerPx).toBeGreaterThanOrEqual(14 - 1e-3);
          pictures++;
        }
      });
      expect(pictures).toBe(2 + 4);
    });
  }
});
