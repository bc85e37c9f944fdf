// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { imageOption, metaLine, wrapSvg, HEADER_HEIGHT } from '../../src/charts/exportImage';
import { budgetExecutionOption } from '../../src/charts/budgetExecution';
import { chartLabels as deckChartLabels } from './chartLabels';
import { bundledReport } from '../domain/flagged.data';
import { byExecutionGap } from '../../src/domain/aggregate';
import { renderSvg, svgTexts } from './ssr';

const meta = { title: '预算执行率与序时进度', subject: '江苏12345在线平台运行费', asOf: '2024-06-30' };

describe('saved chart images carry title, subject and date', () => {
  it('writes the date the Chinese way', () => {
    expect(metaLine(meta)).toBe('江苏12345在线平台运行费 · 截至 2024年6月30日');
    expect(metaLine({ ...meta, lang: 'zh-CN' })).toBe('江苏12345在线平台运行费 · 截至 2024年6月30日');
  });
  it('writes the header in English when the UI is English', () => {
    const en = { ...meta, title: 'Budget execution', subject: 'All projects', lang: 'en' as const };
    expect(metaLine(en)).toBe('All projects · as of 2024-06-30');
    const chart = renderSvg({ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] }, 400, 200);
    const texts = svgTexts(wrapSvg(chart, 400, 200, en));
    expect(texts.slice(0, 2)).toEqual(['Budget execution', 'All projects · as of 2024-06-30']);
    expect(texts.join('|')).not.toMatch(/截至|年|月|日/);
  });
  it('wraps a rendered chart under a header band, escaping data', () => {
    const chart = renderSvg({ xAxis: { type: 'category', data: ['a'] }, yAxis: {}, series: [{ type: 'bar', data: [1] }] }, 400, 200);
    const svg = wrapSvg(chart, 400, 200, { ...meta, subject: '<b>项目</b> & 单位' });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="400" height="${200 + HEADER_HEIGHT}"`));
    const texts = svgTexts(svg);
    expect(texts[0]).toBe('预算执行率与序时进度');
    expect(texts[1]).toBe('<b>项目</b> & 单位 · 截至 2024年6月30日');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(`<g transform="translate(0,${HEADER_HEIGHT})"><svg`);
    // Well-formed XML, or no browser, PowerPoint or WPS opens the file.
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.getAttribute('height')).toBe(String(200 + HEADER_HEIGHT));
  });

  it("draws the image without the chart's own title (the band has it) and without on-screen hints", () => {
    const budget = deckChartLabels('zh-CN', '2024年6月30日').budget;
    const labels = { ...budget, subtitle: `${budget.subtitle} · 点击项目查看详情` };
    const option = budgetExecutionOption(byExecutionGap(bundledReport('2024-06-30').report.projects), labels);
    const texts = svgTexts(wrapSvg(renderSvg(imageOption(option, { hint: '点击项目查看详情' }), 960, 300), 960, 300, meta));
    expect(texts.filter((t) => t === '预算执行率与序时进度')).toHaveLength(1);
    expect(texts).toContain('截至 2024年6月30日 · 执行率相对序时进度由低到高');
    expect(texts.join('|')).not.toContain('点击');
    expect(texts).toContain('江苏12345在线平台运行费');
    // Without a hint only the title goes; the option on screen is left as it was.
    expect((imageOption(option, {}).title as { subtext: string }).subtext).toBe(labels.subtitle);
    expect((option.title as { text: string }).text).toBe('预算执行率与序时进度');
  });
});
