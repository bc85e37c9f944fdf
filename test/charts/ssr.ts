// Renders an option with ECharts SSR (SVG, no DOM): proves an option is valid and lets tests read
// the text a viewer would see.
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

export function renderSvg(option: EChartsOption, width = 960, height = 480): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** The text nodes of an SVG string, decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
}
