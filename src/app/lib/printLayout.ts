// Chart boxes of the printed report (打印报告): a project's figures, two charts and notes must fit one
// A4 page (≈1000 CSS px of height, 703 px = 186 mm of width inside the 12 mm margins).
import type { SlideChart } from '../../present/types';

/**
 * Width of a printed chart in CSS px: 672 px = 178 mm, 8 mm narrower than A4's printable 186 mm.
 * At 700 px the chart panel with its border filled the line to the last pixel and Chromium clipped
 * its right border (and the figure row's last card) at the page edge.
 */
export const PAGE_W = 672;
/** Charts that lay out in any height are drawn shorter than on a slide, at full type size. */
export const printHeight = (h: number) => Math.round(Math.min(h, 560) * 0.62);
const FIXED_ROWS_MAX_H = 390;

/**
 * A chart laid out in fixed pixel rows (one grid per row: the bullets) cannot be drawn shorter than
 * designed — its last rows were cut off — so it is drawn at its design height and scaled down as a
 * whole. Other charts are drawn at the print height. `zoom` is the CSS scale of the drawing.
 */
export function printBox(c: Pick<SlideChart, 'option' | 'height'>): { width: number; height: number; zoom: number } {
  const fixedRows = Array.isArray(c.option.grid) && c.option.grid.length > 1;
  if (!fixedRows) return { width: PAGE_W, height: printHeight(c.height), zoom: 1 };
  const zoom = Math.min(1, FIXED_ROWS_MAX_H / c.height);
  return { width: PAGE_W, height: Math.round(c.height * zoom), zoom };
}
