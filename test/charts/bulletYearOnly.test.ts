// @vitest-environment jsdom
// A year-only table (test/fixtures/tables/mid-term.txt: 年度指标值 only, domain.md §1/§3) on the
// project page at 30 June 2025: its bullets carry one target mark (全年) and no empty 半年 line in
// the tooltip, and the indicator table has no empty 半年指标值 column — while the seed's 半年/全年
// tables keep both.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { bulletItem, bulletOption, type BulletLabels } from '../../src/charts/bullet';
import { indicatorTrack } from '../../src/domain/path';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { paceFor } from '../../src/domain/pace';
import { loadFiles } from '../../src/io/load';
import IndicatorTable from '../../src/app/components/project/IndicatorTable.vue';
import { indicatorTableRows } from '../../src/app/components/project/indicatorRows';
import { appPlugins } from '../app/helpers';
import { chartLabels, judged, SAFETY } from '../app/projectFixture';
import { renderSvg, svgTexts } from './ssr';

const L = chartLabels<BulletLabels>('bullet');
const settings = defaultSettings();
const data = loadFiles([{ name: 'mid-term.txt', content: readFileSync('test/fixtures/tables/mid-term.txt', 'utf8') }, {
  name: 'a.csv', content: '项目名称,三级指标,日期,实际值\n农村饮水安全巩固提升,新增供水管网长度,2025-06-30,40公里\n农村饮水安全巩固提升,受益群众满意度,2025-06-30,93%\n',
}]).dataset;
const report = buildReport(data, '2025-06-30', settings);
const items = report.judgements.flatMap((j) => {
  const ind = data.indicators.find((i) => i.id === j.indicatorId)!;
  const track = indicatorTrack(ind, data.actuals, 2025, settings, { project: data.projects[0], records: data.spend });
  return track && j.actual !== null ? [bulletItem(j, track, ind.level3, settings)] : [];
});

describe('a year-only indicator on the project page', () => {
  const mounted: VueWrapper[] = [];
  afterEach(() => {
    for (const w of mounted.splice(0)) w.unmount();
  });

  it('bullet: one target mark (全年) beside 应达, no 半年 mark or tooltip line', () => {
    expect(items.map((i) => [i.name, i.h1, i.fy, Math.round(i.expected! * 100) / 100])).toEqual([['新增供水管网长度', null, 120, 59.51], ['受益群众满意度', null, 90, 90]]);
    const option = bulletOption(items, L);
    // The marks' words (the subtitle's key still explains 半年 / 全年 in general).
    const marks = svgTexts(renderSvg(option, 960, 600)).filter((t) => /^(应达|半年|全年)/.test(t));
    expect(marks).toEqual(['应达 59.51公里', '全年 120公里', '应达 / 全年 90%']);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ seriesIndex: 0 });
    expect(html).not.toContain(`${L.h1}：`);
    expect(html).toContain(`${L.fy}：120公里`);
  });

  it('table: no 半年指标值 column for a year-only project; the seed project keeps it', async () => {
    const byId = new Map(data.indicators.map((i) => [i.id, i]));
    const paces = new Map(report.judgements.map((j) => [j.indicatorId, paceFor(byId.get(j.indicatorId)!, j, settings)]));
    const mountRows = async (rows: ReturnType<typeof indicatorTableRows>) => {
      const w = mount(IndicatorTable, { props: { rows }, global: { plugins: appPlugins().plugins }, attachTo: document.body });
      mounted.push(w);
      await flushPromises();
      return w.findAll('.el-table__header th').map((th) => th.text());
    };
    const heads = await mountRows(indicatorTableRows(report.judgements, byId, paces, 'zh-CN'));
    expect(heads.slice(0, 6)).toEqual(['一级指标', '二级指标', '三级指标', '全年指标值', '截至日应达', '实际值']);
    const seed = judged('2024-06-30');
    const id = seed.project(SAFETY).id;
    const js = seed.report.judgements.filter((j) => j.projectId === id);
    const seedHeads = await mountRows(indicatorTableRows(js, seed.byId, new Map(), 'zh-CN'));
    expect(seedHeads.slice(0, 5)).toEqual(['一级指标', '二级指标', '三级指标', '半年指标值', '全年指标值']);
  });
});
