import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { overlappingTexts, renderSvg, svgTextBoxes, type TextBox } from './ssr';
import { chartTitle, headingBottom, legendRow, legendTop } from '../../src/charts/frame';
import { budgetExecutionOption, budgetChartHeight } from '../../src/charts/budgetExecution';
import { statusDistributionOption, statusChartHeight } from '../../src/charts/statusDistribution';
import { varianceOption, type VarianceLabels } from '../../src/charts/variance';
import { bulletItem, bulletOption, bulletHeight, type BulletLabels } from '../../src/charts/bullet';
import { fundsOption, type FundsLabels } from '../../src/charts/funds';
import { trendOption, type TrendLabels } from '../../src/charts/trend';
import { compareChartOption, compareChartHeight } from '../../src/charts/compare';
import { compareGroups, compareRows } from '../../src/domain/compare';
import { countByLevel1 } from '../../src/domain/aggregate';
import { indicatorTrack } from '../../src/domain/path';
import { defaultSettings } from '../../src/domain/settings';
import type { Status } from '../../src/domain/judge/types';
import { messages, type Messages } from '../../src/app/i18n';
import { judged, ONLINE, RUNNING, SAFETY } from '../app/projectFixture';
import { bundledReport } from '../domain/flagged.data';

// English: the longest legend words, the case where the funds legend ran into its title.
const en = ((messages.en.project as Messages).chart as Messages) as Record<string, Record<string, unknown>>;
const statusNames: Record<Status, string> = { met: 'Met', warning: 'Warning', behind: 'Behind', pending: 'Pending', unparsed: 'Cannot judge' };
const directionNames = { positive: 'Higher is better', negative: 'Lower is better' };
const asOf = '2024-09-30';
const settings = defaultSettings();

/** Every builder that has a legend, in English, with the height it is drawn at. */
function charts(): [name: string, option: EChartsOption, height: number][] {
  const { data, report, byId, project } = judged(asOf);
  const entries = (name: string) => report.judgements.filter((j) => j.projectId === project(name).id).map((j) => ({ judgement: j, name: byId.get(j.indicatorId)!.level3 }));
  const track = (id: string) => {
    const ind = byId.get(id)!;
    return indicatorTrack(ind, data.actuals, 2024, settings, { project: data.projects.find((p) => p.id === ind.projectId)!, records: data.spend })!;
  };
  const safety = entries(SAFETY).filter((e) => e.judgement.actual !== null).slice(0, 4);
  const bullets = safety.map((e) => bulletItem(e.judgement, track(e.judgement.indicatorId), e.name, settings));
  const scan = entries(SAFETY).find((e) => e.name === '漏洞扫描')!;
  const b = bundledReport(asOf);
  const group = compareGroups(b.data.indicators).find((g) => g.key === 'family:预算执行率')!;
  const budgetLabels = {
    title: 'Budget execution vs time elapsed', subtitle: 'As of 2024-09-30 · lowest rate first', executionRate: 'Execution rate', timeProgress: 'Time elapsed',
    planH1Share: 'Half-year plan share', targetRate: 'Execution target', spent: 'Spent', total: 'Total', spentDate: 'Spend date', noSpend: 'No spend',
    wan: '10k CNY', budgetLight: 'Light', lights: { green: 'Green', yellow: 'Yellow', red: 'Red', blue: 'Blue' },
  };
  return [
    ['budgetExecution', budgetExecutionOption(report.projects, budgetLabels, { lights: true }), budgetChartHeight(4)],
    ['statusDistribution', statusDistributionOption(countByLevel1(report.judgements, byId), { title: 'Status by level-1 indicator', subtitle: 'Click a bar to list its indicators', status: statusNames, total: 'Total', count: '', unnamed: '(blank)' }), statusChartHeight(6)],
    ['variance', varianceOption(entries(ONLINE), { ...en.variance, statusNames, directionNames } as unknown as VarianceLabels), 520],
    ['bullet', bulletOption(bullets, { ...en.bullet, statusNames } as unknown as BulletLabels), bulletHeight(bullets.length)],
    ['funds', fundsOption(report.projects.find((s) => s.projectId === project(RUNNING).id)!.budget, en.funds as unknown as FundsLabels), 480],
    ['trend', trendOption(track(scan.judgement.indicatorId), scan.judgement, scan.name, asOf, 2024, { ...en.trend, statusNames, monthFormat: '{MMM}' } as unknown as TrendLabels), 360],
    ['compare', compareChartOption(compareRows(group, b.judgements, b.projects, b.indicators), {
      title: 'Compare: budget execution rate', subtitle: 'As of 2024-09-30 · unit: %', expected: 'Expected by the date', actual: 'Actual', target: 'Target',
      status: statusNames, statusName: 'Status', indicator: 'Indicator', targetApplied: 'Target applied', variance: 'Variance', none: '—',
    }), compareChartHeight(4)],
  ];
}

const inBand = (boxes: TextBox[], y0: number, y1: number) => boxes.filter((x) => x.y0 >= y0 && x.y1 <= y1);

describe('chart headings: the legend on its own row under the title and subtitle', () => {
  it('places the row under the subtitle, under a lone title, or at the top without a title', () => {
    expect(legendTop({ title: 'T', subtitle: 'S' })).toBe(52);
    expect(legendTop({ title: 'T' })).toBe(32);
    expect(legendTop({ title: 'T', subtitle: '' })).toBe(32);
    expect(legendTop({ title: '' })).toBe(4);
    expect(headingBottom({ title: 'T', subtitle: 'S' })).toBe(78);
    expect(headingBottom({ title: 'T' }, false)).toBe(30);
    expect(legendRow({ title: 'T', subtitle: 'S' }, ['a'])).toMatchObject({ type: 'scroll', top: 52, left: 8, data: ['a'] });
    expect(chartTitle({ title: 'T', subtitle: 'S' })).toMatchObject({ text: 'T', subtext: 'S', left: 8, top: 4 });
  });

  it('uses one placement in every builder: a left-aligned row below the heading, never beside the title', () => {
    for (const [name, option] of charts()) {
      const legend = option.legend as { top: number; left: number; right?: number; type: string };
      const title = option.title as { text: string; subtext?: string };
      expect(legend, name).toMatchObject({ type: 'scroll', left: 8, top: legendTop({ title: title.text, subtitle: title.subtext }) });
      expect(legend.right, name).toBe(8);
    }
  });

  it('draws no legend word over the title or subtitle, in English at 420, 960 and 1440 px', () => {
    for (const [name, option, height] of charts()) {
      const title = option.title as { text: string; subtext?: string };
      for (const width of [420, 960, 1440]) {
        const boxes = svgTextBoxes(renderSvg(option, width, height));
        const heading = boxes.filter((x) => x.text === title.text || (title.subtext && title.subtext.startsWith(x.text.replace(/\.\.\.$/, ''))));
        expect(heading.length, `${name} ${width}px: title and subtitle drawn`).toBeGreaterThanOrEqual(title.subtext ? 2 : 1);
        const headingBottomY = Math.max(...heading.map((x) => x.y1));
        const legendWords = (option.legend as { data: (string | { name: string })[] }).data.map((d) => (typeof d === 'string' ? d : d.name));
        const legend = boxes.filter((x) => legendWords.includes(x.text));
        expect(legend.length, `${name} ${width}px: legend drawn`).toBeGreaterThan(0);
        expect(Math.min(...legend.map((x) => x.y0)), `${name} ${width}px: legend below the heading`).toBeGreaterThanOrEqual(headingBottomY);
        // Nothing else in the heading band touches the title or subtitle (a scroll legend clips its last item at the pager).
        const band = inBand(boxes, 0, headingBottom({ title: title.text, subtitle: title.subtext }) + 2);
        expect(overlappingTexts(band).filter(([a, b]) => heading.some((x) => x.text === a || x.text === b)), `${name} ${width}px`).toEqual([]);
      }
    }
  });
});
