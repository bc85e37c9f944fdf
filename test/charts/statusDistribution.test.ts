import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import type { Status } from '../../src/domain/judge/types';
import type { StatusGroup } from '../../src/domain/aggregate';
import { statusChartHeight, statusDistributionOption, type StatusDistributionLabels } from '../../src/charts/statusDistribution';
import { statusColor } from '../../src/charts/palette';
import { overlappingTexts, renderSvg, svgTextBoxes, svgTexts } from './ssr';

const labels: StatusDistributionLabels = {
  title: '各一级指标状态分布',
  status: { met: '达标', warning: '预警', behind: '滞后', pending: '待填报', unparsed: '无法判断' },
  total: '合计',
  count: '个',
  unnamed: '（未填写）',
};

const group = (label: string, c: Partial<Record<Status, number>>): StatusGroup => {
  const counts = { met: 0, warning: 0, behind: 0, pending: 0, unparsed: 0, ...c };
  return { label, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
};

// The bundled data at 30 September, by 一级指标 (see test/domain/aggregate.test.ts).
const level1 = [
  group('决策', { met: 24 }),
  group('过程', { met: 16, warning: 2, behind: 2 }),
  group('产出指标', { met: 17, warning: 4, behind: 5, pending: 1 }),
  group('成本指标', { met: 1 }),
  group('效益指标', { met: 21, warning: 2 }),
  group('满意度指标', { met: 3, warning: 1 }),
];

type Series = { name: string; stack: string; data: number[]; itemStyle: { color: string } };
const tooltipOf = (o: EChartsOption, name: string) => (o.tooltip as { formatter: (p: unknown) => string }).formatter([{ axisValue: name }]);

describe('status distribution chart', () => {
  it('stacks one labelled, coloured segment per status for each 一级指标', () => {
    const option = statusDistributionOption(level1, labels);
    const series = option.series as Series[];
    expect(series.map((s) => [s.name, s.stack, s.itemStyle.color])).toEqual([
      ['达标', 'status', statusColor.met], ['预警', 'status', statusColor.warning], ['滞后', 'status', statusColor.behind],
      ['待填报', 'status', statusColor.pending], ['无法判断', 'status', statusColor.unparsed],
    ]);
    expect(series[2].data).toEqual([0, 2, 5, 0, 0, 0]);
    const texts = svgTexts(renderSvg(option, 640, statusChartHeight(level1.length)));
    expect(texts).toEqual(expect.arrayContaining(['各一级指标状态分布', '达标', '预警', '滞后', '待填报', '无法判断', '决策', '过程', '产出指标', '满意度指标', '24', '17', '5']));
    // Segment labels show counts; a zero segment has no label (no stray "0" over the bars).
    const segmentTexts = texts.filter((t) => /^\d+$/.test(t));
    expect(segmentTexts.filter((t) => t === '0')).toEqual(['0']); // the x axis' own 0 only
  });

  it('leaves a segment too narrow for its number unlabelled (the tooltip still has it)', () => {
    const option = statusDistributionOption([group('运营中心', { met: 1000, warning: 30, behind: 40 }), group('运管中心', { met: 20 })], labels);
    const texts = svgTexts(renderSvg(option, 640, statusChartHeight(2)));
    expect(texts).toContain('1000');
    expect(texts).toContain('40'); // 40 ≥ 3.5% of 1070
    expect(texts).not.toContain('30');
    expect(texts).not.toContain('20');
    expect(tooltipOf(option, '运管中心')).toContain('达标：20 个');
  });

  it('gives each group exact counts and shares in the tooltip, escaped', () => {
    const option = statusDistributionOption([...level1, group('<b>其他</b>', { met: 1 })], labels);
    expect(tooltipOf(option, '产出指标')).toBe('<b>产出指标</b><br/>达标：17 个（63.0%）<br/>预警：4 个（14.8%）<br/>滞后：5 个（18.5%）<br/>待填报：1 个（3.7%）<br/>合计：27 个');
    expect(tooltipOf(option, '<b>其他</b>')).toBe('<b>&lt;b&gt;其他&lt;/b&gt;</b><br/>达标：1 个（100.0%）<br/>合计：1 个');
    expect(tooltipOf(option, 'nothing')).toBe('');
  });

  it('names a group without a name and keeps the legend when everything is met', () => {
    const option = statusDistributionOption([group('', { met: 2 })], labels);
    expect((option.yAxis as { data: string[] }).data).toEqual(['（未填写）']);
    expect(svgTexts(renderSvg(option, 640, statusChartHeight(1)))).toEqual(expect.arrayContaining(['（未填写）', '2', '滞后']));
  });

  it('scrolls instead of squeezing 50 实施单位', () => {
    const units = Array.from({ length: 50 }, (_, i) => group(`实施单位${String(i + 1).padStart(2, '0')}`, { met: 10, behind: i % 3 }));
    const option = statusDistributionOption(units, { ...labels, title: '各实施单位状态分布' });
    expect(option.dataZoom).toEqual([expect.objectContaining({ type: 'slider', endValue: 14 }), expect.objectContaining({ type: 'inside', endValue: 14 })]);
    const names = svgTexts(renderSvg(option, 640, statusChartHeight(50))).filter((t) => t.startsWith('实施单位'));
    expect(names).toHaveLength(15);
    expect(statusChartHeight(50)).toBe(86 + 30 + 34 * 15);
  });

  it('fits the name column to the names: short 一级指标, long 主管部门 truncated at 220px', () => {
    const grid = (o: EChartsOption) => (o.grid as { left: number }).left;
    expect(grid(statusDistributionOption(level1, labels))).toBe(5 * 12 + 18);
    const long = statusDistributionOption([group('江苏省数据局 (江苏省政务服务管理办公室)', { met: 82, warning: 9 })], labels);
    expect(grid(long)).toBe(220);
    expect((long.yAxis as { axisLabel: { width: number; overflow: string } }).axisLabel).toMatchObject({ width: 206, overflow: 'truncate' });
  });

  it('moves the legend row and the grid down for a subtitle', () => {
    const option = statusDistributionOption(level1, { ...labels, subtitle: '截至 2024年9月30日' });
    expect((option.grid as { top: number }).top).toBe(86);
    expect((option.legend as { top: number }).top).toBe(52);
    const plain = statusDistributionOption(level1, labels);
    expect((plain.grid as { top: number }).top).toBe(66);
    expect((plain.legend as { top: number }).top).toBe(32);
    expect(svgTexts(renderSvg(option, 640, 400))).toContain('截至 2024年9月30日');
  });

  it('on a phone gives the bars the width and keeps the count axis readable (no "2080")', () => {
    // The bundled data at 30 September by 主管部门: one department with a long name.
    const departments = [group('江苏省数据局 (江苏省政务服务管理办公室)', { met: 82, warning: 9, behind: 7, pending: 1 })];
    const option = statusDistributionOption(departments, { ...labels, title: '各主管部门状态分布' });
    const axis = (width: number) => {
      const boxes = svgTextBoxes(renderSvg(option, width, statusChartHeight(1)));
      const ticks = boxes.filter((b) => /^\d+$/.test(b.text) && b.y0 > statusChartHeight(1) - 40);
      return { boxes, ticks, name: boxes.find((b) => b.text.startsWith('江苏省'))! };
    };
    // 390 px phone: the card leaves the chart about 290 px.
    const phone = axis(290);
    expect(phone.ticks.map((b) => b.text)).toEqual(['0', '30', '60', '90', '120']);
    expect(overlappingTexts(phone.ticks)).toEqual([]);
    expect(phone.ticks[4].x0 - phone.ticks[0].x1).toBeGreaterThan(120); // the bars span most of the chart
    expect(phone.name.x1 - phone.name.x0).toBeLessThan(115); // name column narrowed to 110 px (206 px of text on a desktop)
    expect(phone.name.text).toMatch(/^江苏省数据局.*\.\.\.$/); // truncated, the tooltip has it whole
    // A desktop card keeps the wide name column and the finer ticks.
    const desktop = axis(640);
    expect(desktop.ticks.map((b) => b.text)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(desktop.name.x1 - desktop.name.x0).toBeGreaterThan(150);
    expect(overlappingTexts(desktop.ticks)).toEqual([]);
  });
});
