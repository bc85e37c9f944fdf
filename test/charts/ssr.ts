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

export interface TextBox { text: string; x0: number; x1: number; y0: number; y1: number }

/**
 * Approximate boxes of the drawn texts, from their position, anchor and font size (CJK ≈ 1em wide,
 * others ≈ 0.58em). Segments of one rich-text line share a transform and y, and merge into one box.
 */
export function svgTextBoxes(svg: string): TextBox[] {
  const groups = new Map<string, TextBox>();
  for (const m of svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)) {
    const attrs = m[1];
    const text = m[2].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
    const t = /translate\(([-\d.]+)[ ,]([-\d.]+)\)/.exec(attrs);
    const num = (name: string) => Number(new RegExp(`\\s${name}="([-\\d.]+)"`).exec(attrs)?.[1] ?? 0);
    const size = Number(/font-size:(\d+)px|\s(\d+)px\s/.exec(attrs)?.slice(1).find(Boolean) ?? 12);
    const anchor = /text-anchor="(\w+)"/.exec(attrs)?.[1] ?? 'start';
    const x = (t ? Number(t[1]) : 0) + num('x');
    const y = (t ? Number(t[2]) : 0) + num('y');
    let w = 0;
    for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.58;
    const x0 = anchor === 'end' ? x - w : anchor === 'middle' ? x - w / 2 : x;
    const box = { text, x0, x1: x0 + w, y0: y - size / 2, y1: y + size / 2 };
    // Title and subtitle share a transform too, on different lines (y).
    const key = t ? `${t[0]}|${num('y')}` : `${x},${y},${text}`;
    const prev = groups.get(key);
    groups.set(key, prev
      ? { text: prev.text + text, x0: Math.min(prev.x0, box.x0), x1: Math.max(prev.x1, box.x1), y0: Math.min(prev.y0, box.y0), y1: Math.max(prev.y1, box.y1) }
      : box);
  }
  return [...groups.values()].filter((b) => b.text.trim() !== '');
}

/** Pairs of boxes that overlap by more than `slack` px both ways. */
export function overlappingTexts(boxes: TextBox[], slack = 0.5): [string, string][] {
  const out: [string, string][] = [];
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > slack && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > slack) out.push([a.text, b.text]);
  }));
  return out;
}
