// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { nextTick } from 'vue';
import DataView from '../../src/app/views/DataView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { appPlugins, settle } from './helpers';
import { toIsoDate } from '../../src/app/lib/asOf';
import { memoryBackend, setSavedDataBackend, writeSaved, type SavedDataBackend } from '../../src/app/lib/savedData';

// The real 2024 seed tables (4 projects, 99 indicators) and a GBK actuals CSV as Excel saves it.
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io', name)));
const seed = fixture('targets-2024.txt');
const gbkActuals = fixture('actuals-gbk.csv');
// Row 3 names an indicator the project does not have; row 4 has an impossible date.
const actualsCsv = [
  '项目名称,三级指标,日期,实际值',
  '“一企来办”平台运营运维费,预算执行率,2024-06-30,28%',
  '“一企来办”平台运营运维费,不存在的指标,2024-06-30,5',
  '“一企来办”平台运营运维费,预算执行率,2024-06-31,30%',
].join('\n');

const rowTexts = (w: VueWrapper, table: string) =>
  w.findAll(`[data-test="${table}"] .el-table__body tr`).map((tr) => tr.findAll('td').map((td) => td.text()));

describe('data page', () => {
  beforeEach(() => localStorage.clear());

  it('lists each loaded file with its recognised kind, encoding and counts', async () => {
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const data = useDatasetStore();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.loadFiles([{ name: '实际值.csv', content: actualsCsv }]);
    await flushPromises();

    const rows = rowTexts(wrapper, 'files-table');
    expect(rows).toEqual([
      ['1', '2024年绩效目标表.txt', '绩效目标表（文本）', 'UTF-8', '4', '99', '0', '0', '0'],
      ['2', '实际值.csv', '实际值（CSV）', '文本', '0', '0', '1', '0', '2'],
    ]);
    // The second load merged into the first: nothing was lost.
    expect(wrapper.find('[data-test="count-projects"]').text()).toContain('4');
    expect(wrapper.find('[data-test="count-indicators"]').text()).toContain('99');
    expect(wrapper.find('[data-test="count-actuals"]').text()).toContain('1');
  });

  it('shows each problem with its file, row and message, as text', async () => {
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const data = useDatasetStore();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }, { name: '实际值.csv', content: actualsCsv }]);
    await flushPromises();

    const rows = rowTexts(wrapper, 'problems-table');
    expect(rows.length).toBe(2);
    const [unknown, badDate] = rows;
    expect(unknown.slice(0, 3)).toEqual(['错误', '实际值.csv', '3']);
    expect(unknown[4]).toContain('不存在的指标');
    expect(badDate.slice(0, 3)).toEqual(['错误', '实际值.csv', '4']);
    expect(badDate[3]).toBe('日期');
    expect(badDate[4]).toContain('此行未导入');
  });

  it('loads files chosen in the file picker (bytes, so GBK is recognised)', async () => {
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const input = wrapper.find('[data-test="file-input"]');
    const files = [new File([seed], 'seed.txt', { type: 'text/plain' }), new File([gbkActuals], '实际值-GBK.csv', { type: 'text/csv' })];
    Object.defineProperty(input.element, 'files', { value: files, configurable: true });
    await input.trigger('change');
    await settle(50);
    await flushPromises();
    const rows = rowTexts(wrapper, 'files-table');
    expect(rows.map((r) => r.slice(1, 4))).toEqual([
      ['seed.txt', '绩效目标表（文本）', 'UTF-8'],
      ['实际值-GBK.csv', '实际值（CSV）', 'GBK/GB18030'],
    ]);
  });

  it('clear empties the data, files and problems', async () => {
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const data = useDatasetStore();
    await data.loadFiles([{ name: '实际值.csv', content: actualsCsv }]);
    data.clear();
    await flushPromises();
    expect(rowTexts(wrapper, 'files-table')).toEqual([]);
    expect(wrapper.find('[data-test="files-table"]').text()).toContain('尚未载入文件');
    expect(wrapper.find('[data-test="count-projects"]').text()).toContain('0');
  });
});

describe('data page: kept in this browser', () => {
  let backend: ReturnType<typeof memoryBackend>;
  let prev: SavedDataBackend;
  beforeEach(() => {
    localStorage.clear();
    prev = setSavedDataBackend((backend = memoryBackend()));
  });
  afterEach(() => {
    setSavedDataBackend(prev);
    vi.restoreAllMocks();
  });
  const status = (w: VueWrapper) => w.find('[data-test="saved-status"]');

  it('says the data was restored, when it was saved and that it stays in this browser', async () => {
    const savedAt = new Date(2024, 6, 15, 14, 5).toISOString();
    const dataset = { projects: [], indicators: [], actuals: [], spend: [] };
    await writeSaved(backend, { version: 1, savedAt, origin: 'user', originUrl: null, dataset, files: [], problems: [] });
    const zh = mount(DataView, { global: { plugins: appPlugins().plugins } });
    await useDatasetStore().init(null);
    await flushPromises();
    expect(zh.find('.summary__origin').text()).toContain('当前数据：本地载入');
    expect(status(zh).text()).toBe('已恢复上次载入的数据（保存于 2024年7月15日 14:05，仅保存在本浏览器）');

    const en = mount(DataView, { global: { plugins: appPlugins('en').plugins } });
    await useDatasetStore().init(null);
    await flushPromises();
    expect(status(en).text()).toBe('Restored the data loaded last time (saved July 15, 2024 at 14:05, kept in this browser only)');
  });

  it('says nothing is kept for the sample, then that a load was saved', async () => {
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const data = useDatasetStore();
    await data.init(null);
    await flushPromises();
    expect(status(wrapper).exists()).toBe(false);
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    // Only Vue's re-render: the save itself starts 50 ms later, which a loaded machine may reach within a macrotask.
    await nextTick();
    expect(status(wrapper).text()).toBe('正在保存到本浏览器…');
    await data.saved();
    await flushPromises();
    expect(status(wrapper).text()).toMatch(/^已保存在本浏览器（\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}），刷新页面后仍在$/);
  });

  it('says when the data could not be kept, and still shows it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    backend.replaceAll = async () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const data = useDatasetStore();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }]);
    await data.saved();
    await flushPromises();
    expect(status(wrapper).text()).toBe('本浏览器留给本网站的存储空间已满，未能保存数据，本次载入的数据只在此页面中，刷新后会丢失');
    expect(status(wrapper).classes()).toContain('summary__saved--failed');
    expect(rowTexts(wrapper, 'files-table').map((r) => r[1])).toEqual(['2024年绩效目标表.txt']);
    expect(wrapper.find('[data-test="count-indicators"]').text()).toContain('99');
  });

  it('says, from the start, that this browser does not allow saving when IndexedDB will not open, and why', async () => {
    backend.fault = 'open';
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins } });
    const data = useDatasetStore();
    await data.init(null);
    await flushPromises();
    expect(status(wrapper).text()).toBe('本浏览器不允许保存数据（浏览器的隐私设置或无痕模式禁止网站保存数据），本次载入的数据只在此页面中，刷新后会丢失');
    expect(wrapper.find('[data-test="count-indicators"]').text()).toContain('99');
    await data.loadFiles([{ name: '实际值.csv', content: actualsCsv }]);
    await data.saved();
    await flushPromises();
    expect(status(wrapper).text()).toBe('本浏览器不允许保存数据（浏览器的隐私设置或无痕模式禁止网站保存数据），本次载入的数据只在此页面中，刷新后会丢失');
    expect(rowTexts(wrapper, 'files-table').at(-1)![1]).toBe('实际值.csv');
  });
});

describe('data page CSV exports', () => {
  let blobs: Blob[] = [];
  let names: string[] = [];
  beforeEach(() => {
    localStorage.clear();
    blobs = [];
    names = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:data'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });
  // ignoreBOM keeps the BOM in the text, so the test sees it.
  const text = async (b: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array(await b.arrayBuffer()));

  it('writes projects with indicators and the actuals as the CSV formats the app loads: BOM, protected =30%, loads back', async () => {
    const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins }, attachTo: document.body });
    const data = useDatasetStore();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seed }, { name: '实际值.csv', content: actualsCsv }]);
    await flushPromises();
    // Nothing to write without spend records.
    expect(wrapper.find('[data-test="export-csv-spend"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="export-csv-projects"]').trigger('click');
    await wrapper.find('[data-test="export-csv-actuals"]').trigger('click');
    const today = toIsoDate(new Date());
    expect(names).toEqual([`项目与指标_${today}.csv`, `实际值_${today}.csv`]);
    const [projects, actuals] = [await text(blobs[0]), await text(blobs[1])];
    expect(projects.startsWith('\uFEFF')).toBe(true);
    const lines = projects.slice(1).split('\r\n');
    expect(lines[0]).toBe('项目编号,项目名称,年度,主管部门,实施单位,项目类型,项目级次,开始时间,完成时间,项目负责人/联系电话,资金总额,'
      + '一般公共预算资金,政府性基金,国有资本金,社保基金,财政专户管理资金,上年结转资金,其他资金,'
      + '一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值,指标编号,进度模型,权重,支出项目,半年（程）计划执行数,全年（程）预算数');
    // A target that starts with = is written as text for Excel.
    const rate = lines.find((l) => l.includes('“一企来办”平台运营运维费') && l.includes(',预算执行率,'))!;
    expect(rate).toContain(',过程,资金管理,预算执行率,"\'=30%","\'=100%",');
    expect(actuals.slice(1).split('\r\n').slice(0, 2)).toEqual([
      '项目编号,项目名称,指标编号,一级指标,二级指标,三级指标,日期,实际值,偏差原因,完成可能性,备注',
      expect.stringMatching(/^p-[0-9a-f]+,“一企来办”平台运营运维费,p-[0-9a-f]+-i-[0-9a-f]+,过程,资金管理,预算执行率,2024-06-30,28%,,,$/),
    ]);
    expect(document.body.textContent).toContain(`已导出 1 行：实际值_${today}.csv`);

    // The two files load back into the same projects, indicators and actuals.
    const before = { ...data.counts };
    data.clear();
    await data.loadFiles([{ name: 'p.csv', content: projects }, { name: 'a.csv', content: actuals }]);
    expect(data.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect({ ...data.counts }).toEqual({ ...before, problems: 0 });
  });
});

