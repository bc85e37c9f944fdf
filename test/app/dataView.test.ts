// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import DataView from '../../src/app/views/DataView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { appPlugins, settle } from './helpers';

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
