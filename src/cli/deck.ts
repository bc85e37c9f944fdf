// The CLI's .pptx: the same slides and deck builder as the app's button, with charts rendered by
// ECharts SSR + resvg instead of a browser canvas. Data holding the bundled 示例数据 (present/sample
// hasSampleData: 备注 示例数据, or read from sample-*.csv) makes a deck marked as such.
import type { Dataset } from '../domain/types';
import type { Report } from '../domain/report.types';
import { buildDeck } from '../present/deck';
import { hasSampleData } from '../present/sample';
import { buildPptx, type ChartImage } from '../io/pptx/deck';
import { renderChartPng } from './renderChart';

export async function writeDeck(data: Dataset, report: Report, sample = hasSampleData(data)): Promise<Uint8Array> {
  const deck = buildDeck(data, report, { sample });
  const images = new Map<string, ChartImage>();
  for (const slide of deck.slides) for (const c of slide.charts) images.set(c.id, renderChartPng(c.option, c.width, c.height));
  return buildPptx(deck, images);
}
