// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import FlaggedView from '../../src/app/views/FlaggedView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import type { Language } from '../../src/app/i18n';
import { appPlugins, settle } from './helpers';

const bundled = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({
  name, content: new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name))),
}));

async function open(path: string, { asOf = '2024-09-30', load = true, locale = 'zh-CN' as Language } = {}) {
  const { plugins, router } = appPlugins(locale);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(FlaggedView, { global: { plugins }, attachTo: document.body });
  if (load) await useDatasetStore().loadFiles(bundled);
  useReportStore().setAsOf(asOf);
  await flushPromises();
  return { wrapper, router };
}

const rowTexts = (w: VueWrapper) =>
  w.findAll('[data-test="flagged-table"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
const summary = (w: VueWrapper) => w.find('[data-test="flagged-summary"]').text();

describe('预警清单', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists every warning and behind indicator, worst first, with path, target, expected, actual, gap, status, reason and likelihood', async () => {
    const { wrapper } = await open('/flagged');
    expect(summary(wrapper)).toContain('截至 2024年9月30日，共 14 项指标预警或滞后');
    expect(summary(wrapper)).toContain('滞后 5 项 · 预警 9 项');
    const rows = rowTexts(wrapper);
    expect(rows.length).toBe(14);
    expect(rows[0]).toEqual([
      '1', '省政务办信息系统安全运维', '漏洞扫描产出指标 / 数量指标', '半年 ≥2轮全年 ≥4轮', '3轮', '2轮2024-09-30',
      '-1轮（-33.33%）', '滞后', '人员保障：驻场人员休假，第三轮扫描推迟到10月', '确定能',
    ]);
    expect(rows[4].slice(2, 8)).toEqual(['信息系统故障修复响应时间产出指标 / 时效指标', '≤4小时', '4小时', '270分钟（4.5小时）2024-09-30', '+0.5小时（+12.5%）', '滞后']);
    // No reason or likelihood recorded: said so, not left blank.
    expect(rows[1].slice(8)).toEqual(['未填写', '未填写']);
    expect(rows.map((r) => r[7])).toEqual([...Array(5).fill('滞后'), ...Array(9).fill('预警')]);
  });

  it('links each project to its page, keeping the as-of date', async () => {
    const { wrapper } = await open('/flagged?asOf=2024-09-30');
    const link = wrapper.find('[data-test="flagged-project"]');
    expect(link.attributes('href')).toMatch(/^\/project\/p-[0-9a-f]+\?asOf=2024-09-30$/);
  });

  it('shows a status tag whose popover explains the judgement', async () => {
    const { wrapper } = await open('/flagged');
    const tag = wrapper.find('[data-test="flagged-table"] [data-test="status-tag"]');
    expect(tag.text()).toBe('滞后');
    await tag.trigger('focus');
    await settle(200);
    const why = document.body.querySelector('[data-test="status-why"]');
    expect(why?.textContent).toContain('完成应达值的 66.67%');
  });

  it('filters from the URL: status, project, search', async () => {
    const { wrapper, router } = await open('/flagged?status=behind');
    expect(rowTexts(wrapper).length).toBe(5);
    expect(wrapper.find('[data-test="flagged-shown"]').text()).toBe('筛选后 5 项');

    await router.replace({ query: { q: '机房空调' } });
    await flushPromises();
    expect(rowTexts(wrapper).map((r) => r[2])).toEqual(['信息系统故障修复响应时间产出指标 / 时效指标']);

    const yiqi = useReportStore().report.projects.find((p) => p.name === '“一企来办”平台运营运维费')!.projectId;
    await router.replace({ query: { project: yiqi, status: 'warning' } });
    await flushPromises();
    expect(rowTexts(wrapper).map((r) => r[2].split('产出')[0].split('过程')[0].split('满意度指标')[0].split('效益指标')[0])).toEqual([
      '预算执行率', '系统功能达标率', '服务对象满意度', '对信息系统安全性能的改善或提升程度',
    ]);
  });

  it('writes a clicked status filter into the URL, and clears all filters in one go', async () => {
    const { wrapper, router } = await open('/flagged?asOf=2024-09-30&likelihood=none');
    expect(rowTexts(wrapper).length).toBe(5);
    await wrapper.find('[data-test="filter-status-behind"] input').setValue(true);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ asOf: '2024-09-30', likelihood: 'none', status: 'behind' });
    expect(rowTexts(wrapper).map((r) => r[0])).toEqual(['2']); // 3, the other 预算执行率, keeps the unit's 有可能
    await wrapper.find('[data-test="filter-clear"]').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ asOf: '2024-09-30' });
    expect(rowTexts(wrapper).length).toBe(14);
  });

  it('sorts the whole list by a column and keeps the order in the URL', async () => {
    const { wrapper, router } = await open('/flagged');
    await wrapper.find('[data-test="sort-gap"] .sort-caret.ascending').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'gap' });
    expect(rowTexts(wrapper).slice(0, 3).map((r) => r[6])).toEqual(['—', '—', '-0.4个百分点（-0.4%）']);
    await wrapper.find('[data-test="sort-project"] .sort-caret.descending').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'project', order: 'descending' });
    expect(rowTexts(wrapper)[0][1]).toBe('省政务办信息系统安全运维');
    // The same caret again: back to worst first.
    await wrapper.find('[data-test="sort-project"] .sort-caret.descending').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
    expect(rowTexts(wrapper)[0][0]).toBe('1');
  });

  it('says what to do when there is no data, nothing flagged, or nothing matching', async () => {
    const none = await open('/flagged', { load: false });
    expect(none.wrapper.find('[data-test="flagged-empty"]').text()).toContain('请到“数据”页导入');
    none.wrapper.unmount();

    const early = await open('/flagged', { asOf: '2024-01-31' });
    expect(early.wrapper.find('[data-test="flagged-empty"]').text()).toContain('没有预警指标：截至 2024年1月31日，已填报的指标均达标');
    early.wrapper.unmount();

    const { wrapper, router } = await open('/flagged?q=不存在的词');
    expect(wrapper.find('[data-test="flagged-empty"]').text()).toContain('没有符合筛选条件的指标');
    await wrapper.find('[data-test="flagged-empty"] button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({});
  });

  it('speaks English when switched', async () => {
    const { wrapper } = await open('/flagged', { locale: 'en' });
    expect(wrapper.text()).toContain('Flagged indicators');
    expect(summary(wrapper)).toContain('As of Sep 30, 2024: 14 indicators in warning or behind');
    expect(wrapper.find('[data-test="filter-status-behind"]').text()).toBe('Behind（5）');
    // Variances in points read 'pp' in English, on two lines (difference, then the relative part).
    const gaps = wrapper.findAll('[data-test="flagged-table"] .el-table__body tr').map((tr) => tr.findAll('td')[6].findAll('[class^="flagged-table__gap"] > div').map((d) => d.text()));
    expect(gaps.slice(0, 3)).toEqual([['-1轮', '(-33.33%)'], ['-15.5 pp', '(-31%)'], ['-21 pp', '(-30%)']]);
    expect(gaps.flat().join(' ')).not.toContain('百分点');
    // A cumulative target path in English, one half per line.
    const targets = wrapper.findAll('[data-test="flagged-table"] .el-table__body tr').map((tr) => tr.findAll('td')[3].findAll('div > div').map((d) => d.text()));
    expect(targets).toContainEqual(['half-year ≥2轮', 'full-year ≥4轮']);
    expect(targets.flat().join(' ')).not.toMatch(/半年|全年/);
  });
});

describe('预警清单 export', () => {
  let blobs: Blob[] = [];
  let names: string[] = [];
  beforeEach(() => {
    blobs = [];
    names = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:flagged'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('downloads the rows shown as 预警清单_<asOf>.csv: UTF-8 with BOM, protected formula-like cells', async () => {
    const { wrapper } = await open('/flagged?status=warning&asOf=2024-09-30');
    await wrapper.find('[data-test="flagged-export"]').trigger('click');
    expect(names).toEqual(['预警清单_2024-09-30.csv']);
    const bytes = new Uint8Array(await blobs[0].arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('序号,项目名称,主管部门,实施单位,一级指标,二级指标,三级指标,适用目标,应达值,实际值,实际值日期,状态,偏差,偏差单位,偏差率（%）,偏差说明,偏差原因,完成可能性,判断依据');
    expect(lines.filter(Boolean).length).toBe(1 + 9);
    const connect = lines.find((l) => l.includes('接通率'))!;
    expect(connect).toContain(",\"'=100%\",100%,99.1%,");
    expect(document.body.textContent).toContain('已导出 9 行：预警清单_2024-09-30.csv');
  });
});
