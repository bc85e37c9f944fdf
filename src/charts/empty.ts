// The empty state of a chart: its title, and in the plot's place a message saying why there is
// nothing to draw (尚无实际值 … at the start of a year, no project under the filters). No axes, no
// series: ECharts cannot throw over an axis that a series refers to and nobody drew ("xAxis "0" not
// found"), and no empty grid pretends to be a result.
import type { EChartsOption } from 'echarts';
import { fontFamily } from './palette';
import { chartTitle } from './frame';

/** Width (px) the message wraps at: fits a phone (420 px) and a slide's project chart (480 px). */
export const EMPTY_MESSAGE_WIDTH = 400;
const CJK = /[\u2e80-\u9fff]/;

/** The words when a caller gives none, in the language of the chart's title. */
export const fallbackEmpty = (title: string) => (CJK.test(title) ? '暂无可绘制的数据' : 'Nothing to chart yet');

/**
 * `message` is `headline：detail` (尚无实际值：截至 6月30日 没有已填报的指标): the headline is drawn
 * large, the detail under it, wrapped to the width; a message without `：` is drawn as the detail.
 */
export function emptyChartOption(title: string, message: string): EChartsOption {
  const cut = message.indexOf('：');
  const headline = cut > 0 ? message.slice(0, cut) : '';
  const detail = cut > 0 ? message.slice(cut + 1) : message;
  const text = (y: number, t: string, big: boolean) => ({
    type: 'text' as const, x: 0, y, silent: true,
    style: {
      text: t, width: EMPTY_MESSAGE_WIDTH, overflow: 'break' as const, align: 'center' as const, fontFamily,
      fontSize: big ? 20 : 15, lineHeight: big ? 28 : 22, fontWeight: big ? ('bold' as const) : ('normal' as const), fill: big ? '#303133' : '#606266',
    },
  });
  return {
    textStyle: { fontFamily },
    title: chartTitle({ title }),
    graphic: [{
      type: 'group', left: 'center', top: 'middle', silent: true,
      children: headline ? [text(0, headline, true), text(36, detail, false)] : [text(0, detail, false)],
    }],
    series: [],
  };
}

/** The words an empty option draws, `headline：detail` as given; null for a chart with data. */
export function emptyMessage(option: EChartsOption): string | null {
  if (option.xAxis || option.yAxis) return null;
  const g = option.graphic as { children?: { style: { text: string } }[] }[] | undefined;
  const texts = Array.isArray(g) ? (g[0]?.children ?? []).map((c) => c.style.text) : [];
  return texts.length ? texts.join('：') : null;
}
