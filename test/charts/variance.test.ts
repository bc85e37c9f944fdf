import { describe, expect, it } from 'vitest';
import { renderSvg, svgTexts } from './ssr';
import { varianceBars, varianceOption, type VarianceLabels } from '../../src/charts/variance';
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
      ['等保测评及安全运维服务成果', -33.3, 'behind'],
      ['预算执行率', -30, 'behind'],
      ['系统运行事故发生频率', -8, 'warning'], // ≤5%, actual 5.4%: +8% over the cap is bad → drawn as −8
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
    expect(texts).toContain('-33.3% 滞后');
    expect(texts).toContain('-8% 预警');
    expect(texts).toContain('+15% 达标');
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
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ dataIndex: i });
    expect(html).toContain('&lt;b&gt;漏洞扫描&lt;/b&gt;');
    expect(html).not.toContain('<b>漏洞扫描');
    expect(html).toContain('状态：滞后');
    expect(html).toContain('截至日应达：3轮');
    expect(html).toContain('实际值：2轮（2024-09-30）');
    expect(html).toContain('偏差：-1轮（-33.33%）');
    expect(svgTexts(renderSvg(option))).toContain('<b>漏洞扫描</b>'); // drawn as text
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
