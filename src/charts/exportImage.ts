// Saved chart images carry their context: a header band with the chart's title and a line naming
// the project (or 全部项目) and the as-of date, so an image pasted into a slide still says what it is.
// The image is drawn from its own option (imageOption): the band carries the title, so the chart's
// own title is left out, and so are on-screen hints (点击…) that mean nothing on a slide.
import type { EChartsOption } from 'echarts';
import { chineseDate } from '../domain/calendar';
import { escapeHtml } from './escape';
import { fontFamily } from './palette';

export interface ImageMeta {
  title: string;
  /** Project name, or 全部项目 / a filter description. */
  subject: string;
  asOf: string;
  /** Language of the header line, as the UI's; Chinese when absent. */
  lang?: 'zh-CN' | 'en';
  /** An on-screen hint in the chart's subtitle (点击项目查看详情), left out of the image. */
  hint?: string;
}

/** The option a saved image is drawn from: no title text (the band has it), no on-screen hint. */
export function imageOption(option: EChartsOption, meta: Pick<ImageMeta, 'hint'>): EChartsOption {
  const title = option.title;
  if (!title || Array.isArray(title)) return option;
  const subtext = (title as { subtext?: string }).subtext ?? '';
  const hint = meta.hint;
  const kept = hint ? subtext.split(' · ').filter((part) => part !== hint).join(' · ') : subtext;
  return { ...option, title: { ...title, text: '', subtext: kept } };
}

export const HEADER_HEIGHT = 56;

/** `江苏12345在线平台运行费 · 截至 2024年6月30日`; in English `… · as of 2024-06-30`. */
export function metaLine(meta: ImageMeta): string {
  return meta.lang === 'en' ? `${meta.subject} · as of ${meta.asOf}` : `${meta.subject} · 截至 ${chineseDate(meta.asOf)}`;
}

/** Wraps an ECharts SVG (width × height) under a header band; all text escaped. */
export function wrapSvg(chartSvg: string, width: number, height: number, meta: ImageMeta): string {
  const inner = chartSvg.replace(/^<\?xml[^>]*>\s*/, '');
  const total = height + HEADER_HEIGHT;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`
    + `<rect width="100%" height="100%" fill="#ffffff"/>`
    + `<text x="16" y="24" font-family="${escapeHtml(fontFamily)}" font-size="18" font-weight="bold" fill="#1f2d3d">${escapeHtml(meta.title)}</text>`
    + `<text x="16" y="45" font-family="${escapeHtml(fontFamily)}" font-size="13" fill="#606266">${escapeHtml(metaLine(meta))}</text>`
    + `<g transform="translate(0,${HEADER_HEIGHT})">${inner}</g></svg>`;
}
