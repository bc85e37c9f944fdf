import { describe, expect, it } from 'vitest';
import { renderSvg, svgTexts } from './ssr';
import { asOfMark, trendOption, type TrendLabels } from '../../src/charts/trend';
import { statusColor } from '../../src/charts/palette';
import { defaultSettings } from '../../src/domain/settings';
import { indicatorTrack } from '../../src/domain/path';
import { paceFor } from '../../src/domain/pace';
import { chartLabels, judged, SAFETY, YIQI } from '../app/projectFixture';

const settings = defaultSettings();
const L = chartLabels<TrendLabels>('trend', { monthFormat: '{M}月' });

function setup(projectName: string, level3: string, asOf: string) {
  const { data, judgementOf, project } = judged(asOf);
  const { indicator, judgement } = judgementOf(projectName, level3);
  const p = project(projectName);
  const track = indicatorTrack(indicator, data.actuals, 2024, settings, { project: p, records: data.spend })!;
  return { indicator, judgement, track, pace: paceFor(indicator, judgement, settings) };
}

type Series = { name: string; data: unknown[]; itemStyle: { color: string } }[];

describe('trend chart', () => {
  it('draws a lagging cumulative indicator: actuals to the as-of date, its ramp and the pace still needed', () => {
    const { judgement, track, pace } = setup(SAFETY, '漏洞扫描', '2024-09-30');
    expect(pace!.perMonth).toBeCloseTo(2 / 3, 12);
    const option = trendOption(track, judgement, '漏洞扫描', '2024-09-30', 2024, { ...L, paceText: '还需每月 +0.67轮' }, pace);
    const series = option.series as Series;
    expect(series.map((s) => s.name)).toEqual(['应达路径', '实际值', '达成全年目标所需进度']);
    // Whole units (domain.md §3): the ramp is a staircase, up one 轮 on the day the share reaches it.
    for (const pt of [['2024-01-01', 0], ['2024-03-31', 0], ['2024-04-01', 1], ['2024-06-30', 2], ['2024-09-29', 2], ['2024-09-30', 3], ['2024-12-31', 4]])
      expect(series[0].data, String(pt)).toContainEqual(pt);
    expect(series[1].data.map((d) => (d as { value: unknown }).value)).toEqual([['2024-03-31', 1], ['2024-06-30', 2], ['2024-09-30', 2]]);
    expect((series[1].data[2] as { itemStyle: { color: string } }).itemStyle.color).toBe(statusColor.behind);
    expect(series[2].data).toEqual([['2024-09-30', 2], ['2024-12-31', 4]]);
    const texts = svgTexts(renderSvg(option, 900, 360));
    for (const t of ['全年走势', '漏洞扫描', '应达路径', '实际值', '达成全年目标所需进度', '截至 9月30日', '1轮', '2轮', '3月', '12月'])
      expect(texts, t).toContain(t);
  });

  it('marks the as-of date as the rest of the app writes it (截至 7月31日), short in English (As of 7/31)', () => {
    const { judgement, track } = setup(SAFETY, '漏洞扫描', '2024-07-31');
    const zh = svgTexts(renderSvg(trendOption(track, judgement, '漏洞扫描', '2024-07-31', 2024, L), 900, 360));
    expect(zh).toContain('截至 7月31日');
    expect(zh.some((t) => t.includes('7/31'))).toBe(false);
    const en = { ...L, asOf: 'As of', monthFormat: '{MMM}' };
    expect(svgTexts(renderSvg(trendOption(track, judgement, '漏洞扫描', '2024-07-31', 2024, en), 900, 360))).toContain('As of 7/31');
    // An explicit form wins over the default for the language.
    expect(asOfMark('2024-01-05', { asOf: 'As of', asOfDate: '{M}/{D}/2024' })).toBe('As of 1/5/2024');
    expect(asOfMark('2024-12-31', { asOf: '截至' })).toBe('截至 12月31日');
  });

  it('keeps the as-of label inside the chart at either end of the year (ends at its line in December, starts at it in January)', () => {
    const label = (asOf: string) => {
      const { judgement, track } = setup(SAFETY, '漏洞扫描', asOf);
      const svg = renderSvg(trendOption(track, judgement, '漏洞扫描', asOf, 2024, L), 900, 360);
      const m = /<text[^>]*text-anchor="(\w+)"[^>]*transform="translate\(([\d.]+) [\d.]+\)"[^>]*>截至[^<]*<\/text>/.exec(svg);
      return m ? { anchor: m[1], x: Number(m[2]) } : null;
    };
    expect(label('2024-12-31')).toMatchObject({ anchor: 'end' });
    expect(label('2024-12-31')!.x).toBeLessThanOrEqual(900);
    expect(label('2024-01-31')).toMatchObject({ anchor: 'start' });
    expect(label('2024-07-31')).toMatchObject({ anchor: 'middle' });
  });

  it('marks each month at its last day, so a 30 September figure sits on 9月 (not just before 10月)', () => {
    const { judgement, track } = setup(SAFETY, '漏洞扫描', '2024-09-30');
    const svg = renderSvg(trendOption(track, judgement, '漏洞扫描', '2024-09-30', 2024, L), 900, 360);
    const xOf = (text: string) => [...svg.matchAll(/<text[^>]*translate\(([\d.]+) [\d.]+\)[^>]*>([^<]*)<\/text>/g)].filter((m) => m[2] === text).map((m) => Number(m[1]));
    const sep = xOf('9月')[0];
    const lastActual = xOf('2轮').at(-1)!; // the 9-30 figure's label, above its point
    expect(Math.abs(sep - lastActual)).toBeLessThan(1);
    expect(xOf('6月')[0]).toBeCloseTo(xOf('2轮')[0], 0); // 6-30
  });

  it('shows all twelve months on a wide chart and the quarter ends on a narrow one', () => {
    const { judgement, track } = setup(SAFETY, '漏洞扫描', '2024-09-30');
    const months = (width: number) => svgTexts(renderSvg(trendOption(track, judgement, '漏洞扫描', '2024-09-30', 2024, L), width, 360)).filter((t) => /^\d+月$/.test(t));
    expect(months(900)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    // Narrow: the quarter ends, evenly, rather than whichever months happen not to overlap.
    expect(months(300)).toEqual(['3月', '6月', '9月', '12月']);
    expect(months(480)).toEqual(['3月', '6月', '9月', '12月']);
  });

  it('hides actuals after the as-of date and draws no pace for an indicator on track', () => {
    const { judgement, track, pace } = setup(SAFETY, '渗透测试', '2024-06-30');
    expect(pace).toBeNull();
    const option = trendOption(track, judgement, '渗透测试', '2024-06-30', 2024, L, pace);
    const series = option.series as Series;
    expect(series.map((s) => s.name)).toEqual(['应达路径', '实际值']);
    expect(series[1].data).toHaveLength(2);
    expect(svgTexts(renderSvg(option, 900, 360))).not.toContain('3轮');
    // The value axis ends on a round number above the 全年 target (no floating-point tails).
    expect((option.yAxis as { max: (v: { max: number }) => number }).max({ max: 3 })).toBe(4.6);
  });

  it('steps a level target from its 半年 to its 全年 threshold, and explains points with escaped text', () => {
    const { judgement, track } = setup(YIQI, '服务对象满意度', '2024-09-30');
    const option = trendOption(track, judgement, '<b>满意度</b>', '2024-09-30', 2024, L);
    expect((option.series as Series)[0].data).toEqual([['2024-01-01', 80], ['2024-06-30', 80], ['2024-07-01', 90], ['2024-12-31', 90]]);
    const f = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = f({ seriesIndex: 1, dataIndex: 1 });
    expect(html).toContain('&lt;b&gt;满意度&lt;/b&gt;');
    expect(html).toContain('日期：2024-09-30');
    expect(html).toContain('实际值：87%');
    expect(html).toContain('当日应达：90%');
    expect(svgTexts(renderSvg(option, 900, 360))).toContain('<b>满意度</b>');
  });

  it('takes 预算执行率 from spend when none is recorded, and says so in the tooltip', () => {
    const { judgement, track } = setup(YIQI, '预算执行率', '2024-09-30');
    const option = trendOption(track, judgement, '预算执行率', '2024-09-30', 2024, L);
    expect((option.series as Series)[1].data.map((d) => (d as { value: unknown }).value)).toEqual([['2024-03-31', 12], ['2024-06-30', 27.51], ['2024-09-30', 58]]);
    expect((option.tooltip as { formatter: (p: unknown) => string }).formatter({ seriesIndex: 1, dataIndex: 2 })).toContain('58%（由执行数推算）');
  });
});
