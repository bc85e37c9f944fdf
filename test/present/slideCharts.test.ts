// The slide charts are designed for the back of a meeting room: drawn at their stage size (1920 px
// = a 16:9 slide, 1 px = 0.5 pt), every word is at least 28 px = 14 pt, inside the chart and off
// every other word, in Chinese and English, light and dark, with data and empty. Rows that do not
// fit are counted, not squeezed; a figure older than the report date shows its date.
// Before: 12 px labels on 480–600 px charts (≈ 7–10 pt on the slide), the bullet's axis at 10 px.
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/present/deck';
import { slideChartTexts } from '../../src/present/slideCharts';
import { renderChartSvg } from '../../src/cli/renderChart';
import { overlappingTexts, svgTextBoxes } from '../charts/ssr';
import { bundledReport } from '../domain/flagged.data';
import { targetsOnly } from '../charts/targetsOnly';
import type { Deck } from '../../src/present/types';

const fontSizes = (svg: string) => [...svg.matchAll(/font-size:([\d.]+)px/g)].map((m) => Number(m[1]));

function expectReadable(deck: Deck) {
  const charts = deck.slides.flatMap((s) => s.charts);
  expect(charts.length).toBeGreaterThan(0);
  for (const c of charts) {
    const svg = renderChartSvg(c.option, c.width, c.height);
    const sizes = fontSizes(svg);
    expect(sizes.length, c.id).toBeGreaterThan(0);
    expect(Math.min(...sizes), c.id).toBeGreaterThanOrEqual(28);
    const boxes = svgTextBoxes(svg);
    for (const b of boxes) {
      expect(b.x0, `${c.id} ${b.text}`).toBeGreaterThanOrEqual(0);
      expect(b.x1, `${c.id} ${b.text}`).toBeLessThanOrEqual(c.width + 0.5);
      expect(b.y0, `${c.id} ${b.text}`).toBeGreaterThanOrEqual(0);
      expect(b.y1, `${c.id} ${b.text}`).toBeLessThanOrEqual(c.height);
    }
    expect(overlappingTexts(boxes), c.id).toEqual([]);
  }
}

describe('slide charts at 14 pt', () => {
  for (const asOf of ['2024-06-30', '2024-07-31', '2024-08-31', '2024-09-30']) {
    const { data, report } = bundledReport(asOf);
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${asOf} ${lang}: every word ≥ 28 stage px, inside its chart, none over another (light and dark)`, () => {
        expectReadable(buildDeck(data, report, { lang }));
        expectReadable(buildDeck(data, report, { lang, theme: 'dark' }));
      });
    }
  }

  it('the empty deck of the target tables alone says why, at the same size', () => {
    const { data, report } = targetsOnly('2024-06-30');
    const deck = buildDeck(data, report);
    expectReadable(deck);
    expect(slideChartTexts(deck.slides[0].charts[0].option)[1]).toBe('尚无执行数：截至 6月30日 没有已填报的支出');
    expect(slideChartTexts(deck.slides[2].charts[0].option)).toEqual(['量化指标达成情况', '尚无实际值', '截至 6月30日 本项目没有已填报的指标']);
  });
});

describe('fewer, larger rows', () => {
  const q3 = bundledReport('2024-09-30');
  const deck = buildDeck(q3.data, q3.report);
  const project = (name: string) => deck.slides.find((s) => s.title === name)!;

  it('shows as many indicators as fit, worst first, and says how many are left out', () => {
    const texts = slideChartTexts(project('省政务办信息系统安全运维').charts[0].option);
    expect(texts.slice(0, 2)).toEqual(['量化指标达成情况', '柱 = 实际 ÷ 应达 · 虚线 = 应达 · 右侧 = 实际 / 应达']);
    expect(texts.slice(2, 6)).toEqual(['漏洞扫描', '2轮 / 3轮  滞后', '预算执行率', '34.5% / 50%  滞后']);
    expect(texts.filter((t, i) => i > 1 && i % 2 === 0 && !t.startsWith('其余'))).toHaveLength(7);
    expect(texts.at(-1)).toBe('其余 4 项未列出（偏差较小，见项目页）');
  });

  it('writes each project name whole above its bar on the budget chart, lowest rate first', () => {
    expect(slideChartTexts(deck.slides[0].charts[0].option)).toEqual([
      '预算执行率与序时进度', '按执行率由低到高 · 红线 = 序时进度 74.9%',
      '省政务办信息系统安全运维', '34.5%', '江苏12345在线平台信息系统运维费', '49.0%',
      '“一企来办”平台运营运维费', '58.0%', '江苏12345在线平台运行费', '71.0%',
    ]);
  });

  it('draws on the dark slide in its colours: no white card', () => {
    const dark = buildDeck(q3.data, q3.report, { theme: 'dark' });
    for (const c of dark.slides.flatMap((s) => s.charts)) {
      expect((c.option as { backgroundColor: string }).backgroundColor).toBe('#1a2540');
      expect(renderChartSvg(c.option, c.width, c.height)).toContain(`<rect width="${c.width}" height="${c.height}" x="0" y="0" fill="#1a2540">`);
    }
  });
});

describe('stale figures show their date on the slides', () => {
  // On 31 August the bundled actuals of 30 June are 62 days old (stale after 31).
  const aug = bundledReport('2024-08-31');
  it('in the 量化指标 chart and the flagged table, in Chinese and English', () => {
    const zh = buildDeck(aug.data, aug.report);
    const quant = zh.slides.filter((s) => s.kind === 'project').flatMap((s) => slideChartTexts(s.charts[0].option));
    expect(quant).toContain('27.5%（6月30日，过期） / 53.59%  滞后');
    expect(quant).toContain('3.5小时（6月30日，过期） / 4小时  达标');
    const actuals = zh.slides.filter((s) => s.kind === 'flagged').flatMap((s) => s.table!.rows.map((r) => r[3]));
    expect(actuals.filter((a) => a.includes('过期')).length).toBeGreaterThan(0);
    expect(actuals.every((a) => /（6月30日，过期）$/.test(a))).toBe(true);
    const en = buildDeck(aug.data, aug.report, { lang: 'en' });
    expect(en.slides.filter((s) => s.kind === 'flagged').flatMap((s) => s.table!.rows.map((r) => r[3])).every((a) => / \(30 Jun, stale\)$/.test(a))).toBe(true);
  });
});
