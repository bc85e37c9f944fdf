// Saves a chart as PNG (2×) or SVG with its title, subject and as-of date in the image
// (src/charts/exportImage). Both are drawn afresh from the image's option (no title text: the band
// has it; no on-screen hint): the SVG by ECharts' SVG renderer, so it is vector even when the chart
// on screen is a canvas, the PNG by a canvas chart off screen at 2×.
import * as echarts from 'echarts/core';
import type { EChartsOption } from 'echarts';
import { HEADER_HEIGHT, imageOption, metaLine, wrapSvg, type ImageMeta } from '../../charts/exportImage';
import { fontFamily } from '../../charts/palette';
import './echarts';

/** `locale`: ECharts' own texts and month names ({MMM}) as on screen, ZH or EN. */
function renderSvg(option: EChartsOption, width: number, height: number, locale: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height, locale });
  try {
    chart.setOption({ ...option, animation: false, backgroundColor: '#fff' });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function chartSvg(option: EChartsOption, width: number, height: number, meta: ImageMeta, locale = 'ZH'): string {
  return wrapSvg(renderSvg(imageOption(option, meta), width, height, locale), width, height, meta);
}

/** The chart drawn on a canvas off screen at `scale`×: a PNG data URL. */
function renderPng(option: EChartsOption, width: number, height: number, scale: number, locale: string): string {
  const chart = echarts.init(document.createElement('div'), null, { renderer: 'canvas', width, height, devicePixelRatio: scale, locale });
  try {
    chart.setOption({ ...option, animation: false });
    return chart.getDataURL({ type: 'png', pixelRatio: scale, backgroundColor: '#fff' });
  } finally {
    chart.dispose();
  }
}

/** PNG data URL at `scale`× of the chart under the header band. */
export async function chartPng(option: EChartsOption, width: number, height: number, meta: ImageMeta, scale = 2, locale = 'ZH'): Promise<string> {
  const img = new Image();
  img.src = renderPng(imageOption(option, meta), width, height, scale, locale);
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = (height + HEADER_HEIGHT) * scale;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height + HEADER_HEIGHT);
  ctx.fillStyle = '#1f2d3d';
  ctx.font = `bold 18px ${fontFamily}`;
  ctx.fillText(meta.title, 16, 24);
  ctx.fillStyle = '#606266';
  ctx.font = `13px ${fontFamily}`;
  ctx.fillText(metaLine(meta), 16, 45);
  ctx.drawImage(img, 0, HEADER_HEIGHT, width, height);
  return canvas.toDataURL('image/png');
}


/** `预算执行率_江苏12345在线平台运行费_2024-06-30.png`, without characters file systems reject. */
export function imageFileName(meta: ImageMeta, ext: 'png' | 'svg'): string {
  return `${meta.title}_${meta.subject}_${meta.asOf}`.replace(/[\\/:*?"<>|\s]+/g, '_') + '.' + ext;
}
