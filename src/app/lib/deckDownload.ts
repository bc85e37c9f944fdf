// The app's 下载 PPT: every chart of the deck drawn off-screen on a canvas at 2×, then the same
// .pptx builder as the CLI (loaded on demand: pptxgenjs is not part of the first screen).
import * as echarts from 'echarts/core';
import type { Deck } from '../../present/types';
import type { ChartImage } from '../../io/pptx/deck';
import './echarts';
import { downloadBlob } from './download';

export function renderChartImages(deck: Deck): Map<string, ChartImage> {
  const images = new Map<string, ChartImage>();
  for (const slide of deck.slides) {
    for (const c of slide.charts) {
      const chart = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width: c.width, height: c.height, devicePixelRatio: 2 });
      chart.setOption({ ...c.option, animation: false });
      images.set(c.id, { data: chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), width: c.width, height: c.height });
      chart.dispose();
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
