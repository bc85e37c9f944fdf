// @vitest-environment jsdom
// The project page's indicator table for a seed project at 30 June 2024: rows grouped by 一级 / 二级
// (merged cells), the status each row shows, the "why" popover, the pace of a lagging indicator.
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import IndicatorTable from '../../src/app/components/project/IndicatorTable.vue';
import { indicatorTableRows } from '../../src/app/components/project/indicatorRows';
import { paceFor } from '../../src/domain/pace';
import { defaultSettings } from '../../src/domain/settings';
import { appPlugins, settle } from './helpers';
import { judged, SAFETY, ONLINE } from './projectFixture';

function rowsOf(projectName: string, asOf: string, locale = 'zh-CN') {
  const { report, byId, project } = judged(asOf);
  const id = project(projectName).id;
  const js = report.judgements.filter((j) => j.projectId === id);
  const paces = new Map(js.map((j) => [j.indicatorId, paceFor(byId.get(j.indicatorId)!, j, defaultSettings())]));
  return indicatorTableRows(js, byId, paces, locale);
}

const mounted: VueWrapper[] = [];
async function mountTable(rows: ReturnType<typeof rowsOf>) {
  const w = mount(IndicatorTable, { props: { rows }, global: { plugins: appPlugins().plugins }, attachTo: document.body });
  mounted.push(w);
  await flushPromises();
  return w;
}

/** Body rows as the user reads them: merged cells appear only on their group's first row. */
const bodyRows = (w: VueWrapper) => w.findAll('.el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));

describe('indicator table of 省政务办信息系统安全运维 at 2024-06-30', () => {
  // Unmount only: Element Plus keeps its popover container in <body> across tests.
  afterEach(() => {
    for (const w of mounted.splice(0)) w.unmount();
  });

  it('groups rows by 一级 and 二级 indicator with merged cells', async () => {
    const w = await mountTable(rowsOf(SAFETY, '2024-06-30'));
    const rows = bodyRows(w);
    expect(rows).toHaveLength(28);
    const spans = w.findAll('.el-table__body td.indicator-table__l1').map((td) => [td.text(), td.attributes('rowspan')]);
    expect(spans).toEqual([['决策', '6'], ['过程', '5'], ['产出指标', '9'], ['成本指标', '1'], ['效益指标', '6'], ['满意度指标', '1']]);
    // The first row of 产出指标 carries both group cells; the next one starts at the 三级 cell.
    const firstOutput = rows.findIndex((r) => r[0] === '产出指标');
    expect(rows[firstOutput].slice(0, 6)).toEqual(['产出指标', '数量指标', '安全培训', '≥1次', '≥2次', '1次']);
    expect(rows[firstOutput + 1].slice(0, 4)).toEqual(['渗透测试', '≥2轮', '≥4轮', '2轮']);
    const cost = rows.find((r) => r[0] === '成本指标')!;
    expect(cost.slice(0, 3)).toEqual(['成本指标', '—', '项目总成本']);
  });

  it('shows each indicator with its status label, actual and date', async () => {
    const w = await mountTable(rowsOf(SAFETY, '2024-06-30'));
    const byName = new Map(w.findAll('.el-table__body tr').map((tr) => [tr.find('[data-test="indicator-name"]').text(), tr]));
    const status = (name: string) => byName.get(name)!.find('[data-test="status-tag"]').text();
    expect(status('应急演练')).toBe('滞后');
    expect(status('系统安全风险评估')).toBe('待填报');
    expect(status('受众满意度')).toBe('待填报');
    expect(status('渗透测试')).toBe('达标');
    expect(status('预算执行率')).toBe('达标');
    const labels = w.findAll('[data-test="status-tag"]').map((t) => t.text());
    expect(labels.filter((l) => l === '达标')).toHaveLength(25);
    expect(labels.filter((l) => l === '滞后')).toHaveLength(1);
    expect(labels.filter((l) => l === '待填报')).toHaveLength(2);
    const drill = byName.get('应急演练')!.text();
    expect(drill).toContain('0次');
    expect(drill).toContain('2024-06-30');
    expect(drill).toContain('-1次（-100%）');
    expect(drill).toContain('其他：演练计划调整至三季度'); // deviation reason of the actual
  });

  it('explains a status on hover', async () => {
    const w = await mountTable(rowsOf(SAFETY, '2024-06-30'));
    const tr = w.findAll('.el-table__body tr').find((r) => r.find('[data-test="indicator-name"]').text() === '应急演练')!;
    await tr.find('[data-test="status-tag"]').trigger('mouseenter');
    await settle(300);
    const why = [...document.querySelectorAll('[data-test="status-why"]')].map((e) => e.textContent).join('');
    expect(why).toContain('适用目标半年指标值 ≥1次');
    expect(why).toContain('实际值0次（2024年6月30日 填报）');
    expect(why).toContain('滞后');
  });

  it('shows the pace a lagging cumulative indicator needs, and emits the row clicked', async () => {
    const w = await mountTable(rowsOf(ONLINE, '2024-09-30'));
    const paces = w.findAll('[data-test="pace"]').map((p) => p.text());
    // 等保测评 at 1项 meets the whole 1项 expected on 30 September (1.5 rounded down): no pace.
    expect(paces).toEqual(['需每月 +17个百分点']);
    const tr = w.findAll('.el-table__body tr').find((r) => r.find('[data-test="indicator-name"]').text() === '预算执行率')!;
    await tr.find('td:nth-child(3)').trigger('click');
    expect(w.emitted('focus')?.[0]?.[0]).toBe(rowsOf(ONLINE, '2024-09-30').find((r) => r.level3 === '预算执行率')!.id);
  });

  it('writes variances in the UI language: 个百分点 in Chinese, pp in English', () => {
    const variance = (locale: string) => rowsOf(ONLINE, '2024-06-30', locale).find((r) => r.level3 === '预算执行率')!.variance;
    expect(variance('zh-CN')).toBe('-14个百分点（-35%）');
    expect(variance('en')).toBe('-14 pp (-35%)');
  });
});

describe('numbers the indicator table shows (domain.md §3, §5)', () => {
  afterEach(() => {
    for (const w of mounted.splice(0)) w.unmount();
  });

  it('shows a stale actual with its date and 过期: at 31 August the 30 June figures are more than 31 days old', async () => {
    const w = await mountTable(rowsOf(SAFETY, '2024-08-31'));
    const pen = bodyRows(w).find((r) => r.includes('渗透测试'))!;
    expect(pen.find((c) => c.includes('过期'))).toBe('2轮（6月30日，过期）');
    // The project cost cap reads as the share used, not as a variance of −100%.
    const cost = bodyRows(w).find((r) => r.includes('项目总成本'))!;
    expect(cost).toContain('已用 0%');
  });

  it('shows no 过期 while the figure is current (30 June seen on 31 July)', async () => {
    const w = await mountTable(rowsOf(SAFETY, '2024-07-31'));
    expect(w.text()).not.toContain('过期');
  });

  it('in a round, an indicator not yet filled shows 待填报 and 上期：value（date）', async () => {
    const { data, byId, project } = judged('2024-07-31');
    const { buildReport } = await import('../../src/domain/report');
    const report = buildReport(data, '2024-07-31', defaultSettings(), { periodStart: '2024-07-01' });
    const js = report.judgements.filter((j) => j.projectId === project(SAFETY).id);
    const w = await mountTable(indicatorTableRows(js, byId, new Map()));
    const pen = bodyRows(w).find((r) => r.includes('渗透测试'))!;
    expect(pen.join('|')).toContain('—上期：2轮（6月30日）');
    expect(pen).toContain('待填报');
  });
});
