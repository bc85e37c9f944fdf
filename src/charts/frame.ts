// The heading of every chart, laid out in one place: the title at the top left, the subtitle under
// it and the legend on a row of its own under both. A legend beside the title ran into it once the
// card was narrow or the words long (English), and the top right of a card holds its save buttons.
import type { EChartsOption } from 'echarts';
import { fontFamily } from './palette';

export interface Heading {
  title: string;
  subtitle?: string;
}

/** Height of the legend row (14px symbols and 12px text, with a little air). */
const LEGEND_ROW = 26;

/** Top of the legend row: under the subtitle, under a lone title, or at the very top without a title. */
export function legendTop(h: Heading): number {
  if (!h.title) return h.subtitle ? 26 : 4;
  return h.subtitle ? 52 : 32;
}

/** First pixel row free under the heading (title, subtitle, legend row when there is one). */
export function headingBottom(h: Heading, legend = true): number {
  if (legend) return legendTop(h) + LEGEND_ROW;
  if (!h.title) return h.subtitle ? 26 : 4;
  return h.subtitle ? 52 : 30;
}

/** Title and subtitle at the top left; `subtitleWidth` truncates a subtitle that holds data (a name). */
export function chartTitle(h: Heading, subtitleWidth?: number): EChartsOption['title'] {
  return {
    text: h.title,
    subtext: h.subtitle ?? '',
    left: 8,
    top: 4,
    itemGap: 8,
    textStyle: { fontSize: 15, fontFamily, color: '#1f2937' },
    subtextStyle: { fontSize: 12, fontFamily, color: '#606266', ...(subtitleWidth ? { width: subtitleWidth, overflow: 'truncate' as const } : {}) },
  };
}

type LegendData = NonNullable<Extract<EChartsOption['legend'], { data?: unknown }>['data']>;

/**
 * The legend on its own row under the heading, starting at the left like the title. A scroll
 * legend keeps to one row on a narrow chart (paging arrows) instead of wrapping into the plot.
 */
export function legendRow(h: Heading, data: LegendData, extra: Record<string, unknown> = {}): EChartsOption['legend'] {
  return {
    type: 'scroll',
    top: legendTop(h),
    left: 8,
    right: 8,
    itemGap: 14,
    itemWidth: 18,
    itemHeight: 11,
    textStyle: { fontSize: 12, color: '#303133' },
    pageIconSize: 10,
    pageTextStyle: { fontSize: 11, color: '#606266' },
    data,
    ...extra,
  } as EChartsOption['legend'];
}
