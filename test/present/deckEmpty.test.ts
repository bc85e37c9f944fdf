// The deck at the start of a year (the bundled target tables, no actual, no spend), without any
// project, and with a project that has no indicator. Before, the project slides' bullet chart threw
// in ECharts — `npm run cli -- deck data/seed-tables.txt` exited 3 — and the flagged slide said
// "没有预警或滞后的指标" as if all were well. Every chart is drawn here with the CLI's own renderer.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/present/deck';
import { slideChartTexts } from '../../src/present/slideCharts';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Deck } from '../../src/present/types';
import type { Dataset } from '../../src/domain/types';
import { renderChartSvg } from '../../src/cli/renderChart';
import { layoutBody } from '../../src/io/pptx/layout';
import { targetsOnly } from '../charts/targetsOnly';

/** The message of a slide chart's empty state: its words after the title, `headline：detail`. */
const emptyMessage = (o: import('echarts').EChartsOption) => slideChartTexts(o).slice(1).join('：');
const drawn = (deck: Deck) => deck.slides.flatMap((s) => s.charts.map((c) => renderChartSvg(c.option, c.width, c.height)));

describe('the deck of the target tables alone (no actual, no spend) at 30 June', () => {
  const { data, report } = targetsOnly('2024-06-30');
  const deck = buildDeck(data, report);
  const projects = deck.slides.filter((s) => s.kind === 'project');

  it('draws every chart, and says on each why it is empty', () => {
    expect(deck.slides.map((s) => s.kind)).toEqual(['summary', 'flagged', 'project', 'project', 'project', 'project']);
    expect(drawn(deck)).toHaveLength(6);
    const [budget, level1] = deck.slides[0].charts;
    expect(slideChartTexts(budget.option)[1]).toBe('尚无执行数：截至 6月30日 没有已填报的支出');
    expect(emptyMessage(level1.option)).toBe('尚无实际值：截至 6月30日 没有已填报的指标');
    expect(deck.slides[1].notes).toEqual(['尚无实际值：截至 6月30日 没有已填报的指标']);
    for (const s of projects) {
      expect(s.charts.map((c) => [c.title, emptyMessage(c.option)])).toEqual([
        ['量化指标达成情况', '尚无实际值：截至 6月30日 本项目没有已填报的指标'],
      ]);
    }
    expect(deck.slides[0].figures.map((f) => f.value)).toEqual(['4', '99', '0', '0', '0', '99']);
  });

  it('in English too', () => {
    const en = buildDeck(data, report, { lang: 'en' });
    expect(en.slides[1].notes).toEqual(['No actuals yet: no indicator reported by 6/30']);
    expect(emptyMessage(en.slides[2].charts[0].option)).toBe('No actuals yet: none of this project’s indicators reported by 6/30');
    expect(drawn(en)).toHaveLength(6);
  });
});

describe('a deck without projects, and a project without indicators', () => {
  it('without any project: summary charts say so, no project slide', () => {
    const data: Dataset = { projects: [], indicators: [], actuals: [], spend: [] };
    const deck = buildDeck(data, buildReport(data, '2024-06-30', defaultSettings()));
    expect(deck.slides.map((s) => s.id)).toEqual(['summary', 'flagged']);
    expect(deck.slides[0].charts.map((c) => emptyMessage(c.option))).toEqual(['没有项目：当前数据或筛选条件下没有项目', '没有指标：当前范围内的项目没有三级指标']);
    expect(deck.slides[1].notes).toEqual(['没有指标：当前范围内的项目没有三级指标']);
    expect(drawn(deck)).toHaveLength(2);
  });

  it('a project with no indicator: its charts say it has none', () => {
    const { data } = targetsOnly();
    const first = data.projects[0];
    const stripped = { ...data, indicators: data.indicators.filter((i) => i.projectId !== first.id) };
    const deck = buildDeck(stripped, buildReport(stripped, '2024-06-30', defaultSettings()));
    const slide = deck.slides.find((s) => s.id === `project-${first.id}`)!;
    expect(slide.charts.map((c) => emptyMessage(c.option))).toEqual(['本项目没有三级指标']);
    expect(drawn(deck)).toHaveLength(6);
  });
});

describe('pptx layout of a slide with notes alone', () => {
  it('gives the notes the whole body (the empty flagged slide), not the right third', () => {
    const body = { x: 0.5, y: 1.5, w: 12.3, h: 5.3 };
    expect(layoutBody(body, 0, false, true)).toEqual({ charts: [], notes: body });
    // Beside a chart, the stage's 440 px notes column at 144 px per inch.
    expect(layoutBody(body, 1, false, true).notes!.w).toBeCloseTo(440 / 144, 9);
  });
});
