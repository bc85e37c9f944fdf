// The app's 下载 PPT: every chart of the deck drawn off-screen on a canvas at 2×, then the same
// .pptx builder as the CLI (loaded on demand: pptxgenjs is not part of the first screen). Any
// failure rejects with a reason naming the slide and chart, for the view to show; the off-screen
// charts are disposed whatever happens.
import * as echarts from 'echarts/core';
import type { Deck } from '../../present/types';
import type { ChartImage } from '../../io/pptx/deck';
import './echarts';
import { downloadBlob } from './download';

/** A chart of the deck that could not be drawn: `slide` and `chart` are their titles. */
export class DeckChartError extends Error {
  constructor(readonly slide: string, readonly chart: string, readonly reason: string) {
    super(`${slide} · ${chart}：${reason}`);
    this.name = 'DeckChartError';
  }
}

export function renderChartImages(deck: Deck): Map<string, ChartImage> {
  const images = new Map<string, ChartImage>();
  for (const slide of deck.slides) {
    for (const c of slide.charts) {
      const chart = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width: c.width, height: c.height, devicePixelRatio: 2 });
      try {
        chart.setOption({ ...c.option, animation: false });
        images.set(c.id, { data: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), width: c.width, height: c.height });
      } catch (e) {
        throw new DeckChartError(slide.title, c.title, e instanceof Error ? e.message : String(e));
      } finally {
        chart.dispose();
      }
    }
  }
  return images;
}

export async function deckBytes(deck: Deck): Promise<Uint8Array> {
  const { buildPptx } = await import('../../io/pptx/deck');
  return buildPptx(deck, renderChartImages(deck));
}

export async function downloadDeck(deck: Deck) {
  const bytes = await deckBytes(deck);
  const name = `${deck.title}.pptx`.replace(/[\\/:*?"<>|]+/g, '_');
  downloadBlob(name, bytes as BlobPart, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
}
