// Charts without a browser, for the CLI deck: ECharts server-side rendering to SVG, then resvg
// to PNG at 2× with the system's CJK fonts (fonts-wqy-microhei on Debian).
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { Resvg } from '@resvg/resvg-js';
import type { ChartImage } from '../io/pptx/deck';

export function renderChartSvg(option: EChartsOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, backgroundColor: '#fff', ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

export function renderChartPng(option: EChartsOption, width: number, height: number, scale = 2): ChartImage {
  const svg = renderChartSvg(option, width, height);
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'WenQuanYi Micro Hei', sansSerifFamily: 'WenQuanYi Micro Hei' },
    background: '#ffffff',
  }).render().asPng();
  return { data: `image/png;base64,${Buffer.from(png).toString('base64')}`, width, height };
}
