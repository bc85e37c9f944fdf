import { describe, expect, it } from 'vitest';
import { compareChartHeight, compareChartOption, MAX_VISIBLE, type CompareChartLabels } from '../../src/charts/compare';
import { compareGroups, compareRows, type CompareResult } from '../../src/domain/compare';
import { statusLabel } from '../../src/domain/labels';
import { statusColor } from '../../src/charts/palette';
import { bundledReport } from '../domain/flagged.data';
import { renderSvg, svgTexts } from './ssr';

const labels: CompareChartLabels = {
  title: '指标对比：预算执行率', subtitle: '截至 2024年9月30日 · 单位：%', expected: '应达值', actual: '实际值', target: '目标',
  status: statusLabel, statusName: '状态', indicator: '指标', targetApplied: '适用目标', variance: '偏差', none: '—',
};

function result(asOf: string, key: string): CompareResult {
  const b = bundledReport(asOf);
  const group = compareGroups(b.data.indicators).find((g) => g.key === key)!;
  return compareRows(group, b.judgements, b.projects, b.indicators);
}

type Series = { name: string; type: string; data: unknown[]; itemStyle?: { color: string }; markLine?: { data: unknown[] }; label?: { formatter: (p: unknown) => string } };
const seriesOf = (o: ReturnType<typeof compareChartOption>) => o.series as Series[];

describe('compare chart', () => {
  it('draws 预算执行率 at 30 September: a bar per project coloured by status, labelled with value and status, expected ticks', () => {
    const option = compareChartOption(result('2024-09-30', 'family:预算执行率'), labels);
    const series = seriesOf(option);
    expect(series.map((s) => [s.type, s.name])).toEqual([['bar', '应达值'], ['bar', '预警'], ['bar', '滞后']]);
    expect(series[1].itemStyle!.color).toBe(statusColor.warning);
    expect(series[2].itemStyle!.color).toBe(statusColor.behind);
    // The expected value is a track behind the bars, the actuals one stack (one bar per row).
    expect(series[0].data).toEqual([65, 70, 72.5, 50]);
    expect(series[1].data).toEqual([58, '-', 71, '-']);
    expect(series[2].data).toEqual(['-', 49, '-', 34.5]);

    const texts = svgTexts(renderSvg(option, 1100, compareChartHeight(4)));
    for (const t of ['指标对比：预算执行率', '截至 2024年9月30日 · 单位：%', '应达值', '预警', '滞后',
      '“一企来办”平台运营运维费', '省政务办信息系统安全运维', '58%  预警', '49%  滞后', '34.5%  滞后']) expect(texts).toContain(t);
    expect(option.dataZoom).toEqual([]);
  });

  it('marks a shared target with one line instead of ticks', () => {
    const option = compareChartOption(result('2024-06-30', 'name:服务对象满意度'), { ...labels, title: '指标对比：服务对象满意度' });
    const series = seriesOf(option);
    expect(series.map((s) => s.type)).toEqual(['line', 'bar']);
    expect(series[0].markLine!.data).toEqual([{ xAxis: 80 }]);
    const texts = svgTexts(renderSvg(option, 1100, compareChartHeight(2)));
    expect(texts).toContain('目标 ≥80%');
    expect(texts).toContain('87%  达标');
  });

  it('writes a shared target as text, not as a label template ({b} stays the target\'s words)', () => {
    const r = result('2024-06-30', 'name:服务对象满意度');
    const option = compareChartOption({ ...r, shared: { ...r.shared!, target: '{b}≥80%' } }, labels);
    const mark = seriesOf(option)[0].markLine as unknown as { label: { formatter: string } };
    expect(mark.label.formatter).toBe('目标  b ≥80%');
  });

  it('names each member in a family and leaves qualitative ones out of the chart', () => {
    const option = compareChartOption(result('2024-06-30', 'family:满意度'), labels);
    expect((option.yAxis as { data: string[] }[])[0].data).toEqual([
      '“一企来办”平台运营运维费\n服务对象满意度', '江苏12345在线平台信息系统运维费\n服务对象满意度', '江苏12345在线平台运行费\n对服务代表满意率',
    ]);
  });

  it('explains each row in an escaped tooltip', () => {
    const r = result('2024-09-30', 'family:响应时间');
    r.rows[0] = { ...r.rows[0], project: '<img src=x onerror=alert(1)>' };
    const option = compareChartOption(r, labels);
    const tooltip = option.tooltip as { formatter: (p: unknown) => string };
    const html = tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('状态：滞后');
    expect(html).toContain('适用目标：≤4小时');
    expect(html).toContain('实际值：270分钟（2024-09-30）');
    expect(html).toContain('偏差：+0.5小时（+12.5%）');
  });

  it('labels a pending row 待填报 on a zero bar', () => {
    const r = result('2024-09-30', 'family:预算执行率');
    r.rows[1] = { ...r.rows[1], status: 'pending', actual: null, actualText: '' };
    const series = seriesOf(compareChartOption(r, labels));
    const pending = series.find((s) => s.name === '待填报')!;
    expect(pending.data).toEqual(['-', 0, '-', '-']);
    expect(pending.label!.formatter({ dataIndex: 1 })).toBe('待填报');
    expect(svgTexts(renderSvg(compareChartOption(r, labels), 1100, 300))).toContain('待填报');
  });

  it('scrolls when there are more than 15 projects, and the height stops growing', () => {
    const base = result('2024-09-30', 'family:预算执行率');
    const rows = Array.from({ length: 50 }, (_, i) => ({ ...base.rows[i % 4], project: `项目${i + 1}`, indicatorId: `x${i}` }));
    const option = compareChartOption({ ...base, rows }, labels);
    const zoom = option.dataZoom as { type: string; startValue: number; endValue: number }[];
    expect(zoom.map((z) => [z.type, z.startValue, z.endValue])).toEqual([['slider', 0, MAX_VISIBLE - 1], ['inside', 0, MAX_VISIBLE - 1]]);
    expect(compareChartHeight(50)).toBe(compareChartHeight(MAX_VISIBLE));
    expect(compareChartHeight(2)).toBe(260);
    const texts = svgTexts(renderSvg(option, 1100, compareChartHeight(50)));
    expect(texts).toContain('项目1');
    expect(texts).toContain('项目15');
    expect(texts).not.toContain('项目16');
  });
});
