// Chart boxes of the printed report (打印报告): a project's figures, its chart and notes must fit one
// A4 page (≈1000 CSS px of height, 703 px = 186 mm of width inside the 12 mm margins).
import type { SlideChart } from '../../present/types';

/**
 * Width of a printed chart in CSS px: 672 px = 178 mm, 8 mm narrower than A4's printable 186 mm.
 * At 700 px the chart panel with its border filled the line to the last pixel and Chromium clipped
 * its right border (and the figure row's last card) at the page edge.
 */
export const PAGE_W = 672;

/**
 * The slide charts place every word at fixed stage pixels (present/slideCharts): a chart is drawn at
 * its design size and scaled down whole to the page width, so nothing moves or is cut off; its 28 px
 * text prints at 28 × zoom px (a project's chart, 1304 px wide: 14.4 px = 10.8 pt). `zoom` is the
 * CSS scale of the drawing.
 */
export function printBox(c: Pick<SlideChart, 'width' | 'height'>): { width: number; height: number; zoom: number } {
  const zoom = Math.min(1, PAGE_W / c.width);
  return { width: Math.round(c.width * zoom), height: Math.round(c.height * zoom), zoom };
}
