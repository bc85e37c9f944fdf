import { describe, expect, it } from 'vitest';
import { overlappingTexts, renderSvg, svgTextBoxes, svgTexts } from './ssr';
import { NAME_COLUMN_MAX, signedPercent, varianceBars, varianceOption, type VarianceLabels } from '../../src/charts/variance';
import { statusColor } from '../../src/charts/palette';
import { directionLabel } from '../../src/domain/labels';
import { chartLabels, judged, ONLINE, SAFETY } from '../app/projectFixture';

const L = chartLabels<VarianceLabels>('variance', { directionNames: directionLabel });

function entries(projectName: string, asOf: string) {
  const { report, byId, project } = judged(asOf);
  const id = project(projectName).id;
  return report.judgements.filter((j) => j.projectId === id).map((j) => ({ judgement: j, name: byId.get(j.indicatorId)!.level3 }));
}

describe('variance chart', () => {
  it('has one bar per quantitative indicator with a relative variance, worst first, 反向 negated', () => {
    const bars = varianceBars(entries(ONLINE, '2024-09-30'));
    expect(bars.map((b) => [b.name, Math.round(b.performance * 10) / 10, b.status])).toEqual([
      ['预算执行率', -30, 'behind'],
      ['系统运行事故发生频率', -8, 'warning'], // ≤5%, actual 5.4%: +8% over the cap is bad → drawn as −8
      ['等保测评及安全运维服务成果', 0, 'met'], // 1项 of a whole 1项 expected (1.5 rounded down)
      ['日常维护信息系统数量', 0, 'met'],
      ['项目覆盖单位或市区县数量', 0, 'met'],
      ['信息系统故障修复响应时间', 0, 'met'],
      ['资金到位率', 0.2, 'met'],
      ['信息系统日常维护周期', 14.3, 'met'], // ≤1周, 6天: under the cap is good → positive
      ['服务对象满意度', 15, 'met'],
    ]);
  });

  it('renders title, subtitle, a legend per status, coloured bars with figure and status word', () => {
    const option = varianceOption(entries(ONLINE, '2024-09-30'), L);
    const svg = renderSvg(option, 960, 420);
    const texts = svgTexts(svg);
    expect(texts).toContain('偏差一览');
    expect(texts.some((t) => t.includes('反向指标（越低越好）已取反'))).toBe(true);
    for (const s of ['滞后', '预警', '达标']) expect(texts).toContain(s);
    // Each row's figure: the variance with one decimal, a coloured dot and the status word.
    const boxes = svgTextBoxes(svg);
    for (const f of ['-30.0%  ● 滞后', '-8.0%  ● 预警', '+15.0%  ● 达标', '0.0%  ● 达标']) expect(boxes.map((b) => b.text), f).toContain(f);
    expect(svg).toContain(`fill="${statusColor.warning}">●</text>`);
    const series = option.series as { name: string; itemStyle: { color: string }; data: unknown[] }[];
    expect(series.map((s) => [s.name, s.itemStyle.color])).toEqual([
      ['滞后', statusColor.behind], ['预警', statusColor.warning], ['达标', statusColor.met],
    ]);
    // One bar per indicator: each category is filled by exactly one status series.
    const filled = series[0].data.map((_, i) => series.filter((s) => s.data[i] !== null).length);
    expect(filled).toEqual(Array(9).fill(1));
    expect(svg.match(new RegExp(`fill="${statusColor.behind}"`, 'g'))!.length).toBeGreaterThanOrEqual(2);
  });

  it('explains each bar in the tooltip with exact figures, names escaped', () => {
    const list = entries(SAFETY, '2024-09-30');
    const e = list.find((x) => x.name === '漏洞扫描')!;
    e.name = '<b>漏洞扫描</b>';
    const option = varianceOption(list, L);
    const bars = varianceBars(list);
    const i = bars.findIndex((b) => b.name === '<b>漏洞扫描</b>');
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter([{ dataIndex: i }]);
    expect(html).toContain('&lt;b&gt;漏洞扫描&lt;/b&gt;');
    expect(html).not.toContain('<b>漏洞扫描');
    expect(html).toContain('状态：滞后');
    expect(html).toContain('截至日应达：3轮');
    expect(html).toContain('实际值：2轮（2024-09-30）');
    expect(html).toContain('偏差：-1轮（-33.33%）');
    expect(svgTexts(renderSvg(option))).toContain('<b>漏洞扫描</b>'); // drawn as text
  });

  it('never runs a figure into an indicator name, at slide (420, 600 px) and desktop (960 px) widths', () => {
    const list = entries(ONLINE, '2024-09-30');
    // The walkthrough's case: a long name beside a long red bar (预算执行率 34.2% 滞后) …
    const long = [...list, { ...list[1], name: '政务服务事项网上可办率和全流程网办比例提升情况', judgement: { ...list[1].judgement, indicatorId: 'x-long' } }];
    const option = varianceOption(long, L);
    const bars = varianceBars(long);
    for (const [w, h] of [[420, 520], [600, 520], [960, 480]]) {
      const svg = renderSvg(option, w, h);
      const boxes = svgTextBoxes(svg).filter((b) => b.y0 > 60); // the plot, below the heading
      expect(overlappingTexts(boxes), `${w}px`).toEqual([]);
      // Names end left of the plot, figures start right of it, each figure on its name's row.
      const names = bars.map((b) => boxes.find((x) => x.text === b.name || (b.name.length > 12 && x.text.endsWith('...') && b.name.startsWith(x.text.slice(0, 6))))!);
      const figures = bars.map((b) => boxes.find((x) => x.text.startsWith(signedPercent(b.performance)) && x.text.includes('●') && Math.abs(x.y0 - names[bars.indexOf(b)].y0) < 1)!);
      expect(names.every(Boolean) && figures.every(Boolean), `${w}px`).toBe(true);
      const plotLeft = Math.max(...names.map((n) => n.x1));
      const plotRight = Math.min(...figures.map((f) => f.x0));
      expect(plotLeft, `${w}px`).toBeLessThanOrEqual(NAME_COLUMN_MAX);
      expect(plotRight - plotLeft, `${w}px: room for the bars`).toBeGreaterThan(w === 420 ? 80 : 250);
      expect(Math.max(...figures.map((f) => f.x1)), `${w}px`).toBeLessThanOrEqual(w);
    }
    // … is truncated in its column and shows whole on hover.
    expect(svgTexts(renderSvg(option, 420, 520))).not.toContain('政务服务事项网上可办率和全流程网办比例提升情况');
    expect((option.yAxis as { tooltip?: { show: boolean } }[])[0].tooltip).toEqual({ show: true });
  });

  it('names every bar and gives every figure in a short box, as the printed report draws it (672×285)', () => {
    const list = entries(SAFETY, '2024-09-30');
    const svg = renderSvg(varianceOption(list, L), 672, 285);
    const texts = svgTexts(svg);
    const bars = varianceBars(list);
    expect(bars).toHaveLength(11);
    for (const b of bars) {
      expect(texts.some((t) => t === b.name || (t.endsWith('...') && b.name.startsWith(t.slice(0, 6)))), b.name).toBe(true);
      expect(texts.some((t) => t.startsWith(signedPercent(b.performance))), b.name).toBe(true);
    }
    expect(overlappingTexts(svgTextBoxes(svg).filter((b) => b.y0 > 60))).toEqual([]);
  });

  it('writes variances with a sign and one decimal', () => {
    expect([-33.333, -8, 15, 0, -0.04, 0.04, 14.25].map(signedPercent)).toEqual(['-33.3%', '-8.0%', '+15.0%', '0.0%', '0.0%', '0.0%', '+14.3%']);
  });

  it('says what is missing when nothing can be drawn, and scrolls past 16 bars', () => {
    const option = varianceOption([], L);
    expect(svgTexts(renderSvg(option))).toContain(L.empty);
    const many = Array.from({ length: 30 }, (_, k) => entries(ONLINE, '2024-09-30').map((x) => ({ ...x, name: `${x.name}${k}` }))).flat();
    const zoomed = varianceOption(many, L);
    expect(Array.isArray(zoomed.dataZoom) && zoomed.dataZoom.length).toBe(2);
    renderSvg(zoomed);
  });
});

describe('a money cap in the variance chart (domain.md §3 caps)', () => {
  it('draws no bar for a cap at 0 in the variance chart (not a big positive bar); its figure is 已用 0%', () => {
    const { report, byId, project } = judged('2024-06-30');
    const id = project(SAFETY).id;
    const entries = report.judgements.filter((j) => j.projectId === id).map((j) => ({ judgement: j, name: byId.get(j.indicatorId)!.level3 }));
    const cap = varianceBars(entries).find((b) => b.name === '项目总成本')!;
    expect(cap.performance).toBe(0);
    const option = varianceOption(entries, L) as { yAxis: { axisLabel: { formatter: (i: string) => string } }[] };
    const index = varianceBars(entries).findIndex((b) => b.name === '项目总成本');
    expect(option.yAxis[1].axisLabel.formatter(String(index))).toBe('{v|已用 0%}  {met|●} 达标');
  });
});
