import { describe, expect, it } from 'vitest';
import { overlappingTexts, renderSvg, svgTextBoxes, svgTexts } from './ssr';
import { bulletHeight, bulletItem, bulletOption, bulletZones, defaultBulletLayout, zoneColor, type BulletItem, type BulletLabels } from '../../src/charts/bullet';
import { placeMarkLabels, placeValueLabel } from '../../src/charts/bulletLayout';
import { quantityText } from '../../src/charts/numbers';
import { chartLabels as deckChartLabels } from './chartLabels';
import { statusColor } from '../../src/charts/palette';
import { defaultSettings } from '../../src/domain/settings';
import { indicatorTrack } from '../../src/domain/path';
import { chartLabels, judged, ONLINE, RUNNING, SAFETY, YIQI } from '../app/projectFixture';

const L = chartLabels<BulletLabels>('bullet');
const settings = defaultSettings();
const lights = defaultSettings('pmkpi');
const shape = { direction: 'positive' as const, progressRate: false, budgetExecution: false, proRated: true };

describe('status zones of a bullet (the tolerance band of the rule set)', () => {
  it('正向: behind below 90% of expected, warning up to it, met above', () => {
    expect(bulletZones(shape, 3, settings)).toEqual([
      { status: 'behind', from: 0, to: 2.7 }, { status: 'warning', from: 2.7, to: 3 }, { status: 'met', from: 3, to: null },
    ]);
  });
  it('progress rates in points, 反向 by ratio, =0 caps with no warning room', () => {
    expect(bulletZones({ ...shape, progressRate: true }, 70, settings)).toEqual([
      { status: 'behind', from: 0, to: 60 }, { status: 'warning', from: 60, to: 70 }, { status: 'met', from: 70, to: null },
    ]);
    const neg = bulletZones({ ...shape, direction: 'negative' }, 5, settings);
    expect(neg.map((z) => [z.status, z.from, z.to === null ? null : Math.round(z.to * 100) / 100])).toEqual([
      ['met', 0, 5], ['warning', 5, 5.5], ['behind', 5.5, null],
    ]);
    expect(bulletZones({ ...shape, direction: 'negative' }, 0, settings)).toEqual([{ status: 'behind', from: 0, to: null }]);
    expect(bulletZones(shape, 0, settings)).toEqual([{ status: 'met', from: 0, to: null }]);
  });
  it('uses the tolerances of the settings, and the 一体化系统 bands under that rule set', () => {
    const loose = { ...settings, tolerances: { ...settings.tolerances, positiveRatio: 0.8 } };
    expect(bulletZones(shape, 10, loose)[0]).toEqual({ status: 'behind', from: 0, to: 8 });
    expect(bulletZones(shape, 50, lights)).toEqual([
      { status: 'behind', from: 0, to: 30 }, { status: 'warning', from: 30, to: 40 }, { status: 'met', from: 40, to: null },
    ]);
    expect(bulletZones({ ...shape, proRated: false }, 98, lights)).toEqual([{ status: 'behind', from: 0, to: 98 }, { status: 'met', from: 98, to: null }]);
    expect(bulletZones({ ...shape, direction: 'negative' }, 2, lights)).toEqual([{ status: 'met', from: 0, to: 2 }, { status: 'behind', from: 2, to: null }]);
  });
});

function items(projectName: string, asOf: string, s = settings) {
  const { data, report, byId, project } = judged(asOf, s);
  const p = project(projectName);
  return report.judgements.filter((j) => j.projectId === p.id).flatMap((j) => {
    const ind = byId.get(j.indicatorId)!;
    const track = indicatorTrack(ind, data.actuals, 2024, s, { project: p, records: data.spend });
    return track ? [bulletItem(j, track, ind.level3, s)] : [];
  });
}

describe('bullet chart', () => {
  it('draws one bullet per quantitative indicator: actual bar by status, expected / 半年 / 全年 marks, zones', () => {
    const list = items(SAFETY, '2024-09-30');
    expect(list.map((i) => i.name)).toEqual([
      '资金到位率', '预算执行率', '安全培训', '渗透测试', '基线核查', '日常维护信息系统数量', '系统安全风险评估', '应急演练', '漏洞扫描', '驻场人数', '系统运行事故发生频率', '项目总成本',
    ]);
    const scan = list.find((i) => i.name === '漏洞扫描')!;
    expect([scan.actual, scan.expected, scan.h1, scan.fy, scan.status]).toEqual([2, 3, 2, 4, 'behind']);
    const option = bulletOption(list, L);
    const texts = svgTexts(renderSvg(option, 960, 1000));
    expect(texts).toContain('量化指标达成情况');
    expect(texts).toContain('2轮 滞后');
    expect(texts).toContain('应达 3轮');
    expect(texts).toContain('全年 4轮');
    expect(texts).toContain('半年 2轮');
    expect(texts).toContain('待填报'); // 系统安全风险评估 has no actual
    for (const z of ['达标区', '预警区（容差）', '滞后区']) expect(texts).toContain(z);
    const series = option.series as { data: { itemStyle?: { color: string } }[]; markArea?: { data: [{ itemStyle: { color: string } }, unknown][] } }[];
    const i = list.indexOf(scan);
    expect(series[i].data[0].itemStyle!.color).toBe(statusColor.behind);
    expect(series[i].markArea!.data.map((d) => d[0].itemStyle.color)).toEqual([zoneColor.behind, zoneColor.warning, zoneColor.met]);
    expect((option.grid as unknown[]).length).toBe(12);
  });

  it('merges marks that fall together (a level target: 应达 = 半年 = 全年)', () => {
    const one = items(RUNNING, '2024-09-30').filter((i) => i.name === '服务合格率');
    expect(svgTexts(renderSvg(bulletOption(one, L), 800, 200))).toContain('应达 / 半年 / 全年 98%');
  });

  it('explains a bullet in its tooltip, names escaped', () => {
    const list = items(ONLINE, '2024-09-30').map((i) => (i.name === '系统运行事故发生频率' ? { ...i, name: '<b>事故</b>' } : i));
    const k = list.findIndex((i) => i.name === '<b>事故</b>');
    const html = (bulletOption(list, L).tooltip as { formatter: (p: unknown) => string }).formatter({ seriesIndex: k });
    expect(html).toContain('&lt;b&gt;事故&lt;/b&gt;');
    expect(html).toContain('状态：预警');
    expect(html).toContain('实际：5.4%（5.4%）');
    expect(html).toContain('所在区间：预警区（容差） 5% – 5.5%');
    expect(svgTexts(renderSvg(bulletOption(list, L), 960, 900))).toContain('<b>事故</b>');
  });
});

describe('placing the words of a bullet row (px, at the drawn width)', () => {
  it('puts the value label right of the bar end, past a mark line in the way, or inside the bar end, whichever is nearer', () => {
    expect(placeValueLabel(300, [50, 30], [400], 190, 480)).toEqual({ text: 0, x0: 304, x1: 354 });
    // 应达 line 6px past the bar end: the label starts past it (inside the bar, a 半年 line is in the way).
    expect(placeValueLabel(300, [50, 30], [250, 306, 420], 190, 480)).toEqual({ text: 0, x0: 310, x1: 360 });
    // Lines right of the end leave no room: inside the bar's end, left of it.
    expect(placeValueLabel(300, [50, 30], [310, 350], 190, 480)).toEqual({ text: 0, x0: 246, x1: 296 });
    // Nowhere for the full text near the end: the figure alone fits between the lines.
    expect(placeValueLabel(300, [60, 28], [230, 280, 315, 360], 190, 420)).toEqual({ text: 1, x0: 319, x1: 347 });
    // Never past the chart's right edge.
    const edge = placeValueLabel(460, [60, 30], [], 190, 480);
    expect(edge.x1).toBeLessThanOrEqual(478);
  });

  it('keeps mark labels inside the chart and off each other, centred on their line when there is room', () => {
    expect(placeMarkLabels([250, 400], [50, 60], 480)).toEqual([{ x0: 225, x1: 275, level: 0 }, { x0: 370, x1: 430, level: 0 }]);
    // Near the right edge: pulled in, not cut ("…/ 全年 1").
    const [right] = placeMarkLabels([460], [180], 480);
    expect(right.x1).toBeLessThanOrEqual(478);
    // Close together: the second goes one level up.
    expect(placeMarkLabels([300, 320], [60, 60], 480).map((m) => m.level)).toEqual([0, 1]);
    // Three close marks: the third finds room beside its line on one of the two levels.
    const three = placeMarkLabels([300, 320, 340], [60, 60, 60], 480);
    for (const level of [0, 1]) {
      const row = three.filter((m) => m.level === level).sort((a, b) => a.x0 - b.x0);
      row.slice(1).forEach((m, i) => expect(m.x0).toBeGreaterThanOrEqual(row[i].x1));
    }
  });
});

describe('bullet labels at the sizes drawn (project page 420 and 700 px; slides have their own charts, present/slideCharts)', () => {
  /** The x of each mark line of row i, from the option (grid left = label column, right 36). */
  const lineXs = (option: ReturnType<typeof bulletOption>, i: number, width: number, labelWidth: number) => {
    const s = (option.series as { markLine?: { data: { xAxis: number }[] } }[])[i];
    const max = (option.xAxis as { max: number }[])[i].max;
    return s.markLine!.data.map((d) => labelWidth + (d.xAxis / max) * (width - labelWidth - 36));
  };
  const valueTexts = (it: BulletItem, L: BulletLabels) =>
    it.actual === null ? [L.noActual] : [`${quantityText(it.actual, it.unit)} ${L.statusNames[it.status]}`, quantityText(it.actual, it.unit)];

  function check(list: BulletItem[], L: BulletLabels, width: number) {
    const layout = defaultBulletLayout;
    const option = bulletOption(list, L, layout);
    const boxes = svgTextBoxes(renderSvg(option, width, bulletHeight(list.length)));
    for (const b of boxes) {
      expect(b.x0, `${b.text} at ${width}px`).toBeGreaterThanOrEqual(0);
      expect(b.x1, `${b.text} at ${width}px`).toBeLessThanOrEqual(width);
    }
    expect(overlappingTexts(boxes), `${width}px`).toEqual([]);
    list.forEach((it, i) => {
      const top = layout.top + i * layout.rowHeight + 26;
      const value = boxes.find((b) => valueTexts(it, L).includes(b.text) && b.y0 >= top - 2 && b.y1 <= top + 22);
      expect(value, `${it.name} value label at ${width}px`).toBeDefined();
      for (const x of lineXs(option, i, width, layout.labelWidth)) {
        expect(x <= value!.x0 || x >= value!.x1, `${value!.text} [${value!.x0}, ${value!.x1}] crossed by the mark at ${x} (${width}px)`).toBe(true);
      }
    });
  }

  it('draws every label inside the chart, none over another, no value label across a mark line', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const L = deckChartLabels(lang, '2024-09-30').bullet;
      for (const project of [SAFETY, ONLINE, RUNNING, YIQI]) {
        const list = items(project, '2024-09-30');
        check(list, L, 420);
        check(list, L, 700);
      }
    }
  });
});
