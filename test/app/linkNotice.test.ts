// @vitest-environment jsdom
// Issue 8: a shared link opened in a browser that does not hold the sender's data — typically one
// showing only the bundled sample — says so, with the way to the 数据 page, instead of a blank page
// or silently other data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import LinkNotice from '../../src/app/components/layout/LinkNotice.vue';
import { missingLinkTargets } from '../../src/app/components/layout/linkTargets';
import { useDatasetStore, type DataOrigin } from '../../src/app/stores/dataset';
import type { InputFile } from '../../src/io/load';
import { bundled as bundledData } from './projectFixture';
import { appPlugins } from './helpers';

const file = (name: string) => new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name)));
const bundled: InputFile[] = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: file(name) }));
const SAMPLE_TEXT = '此链接指向的项目不在本浏览器的数据中（本浏览器显示的是示例数据）。请向发送者索取数据文件并在“数据”页载入。';

async function open(path: string, inputs: InputFile[] | null = bundled, from: DataOrigin = 'bundled') {
  const { plugins, router } = appPlugins();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(LinkNotice, { global: { plugins }, attachTo: document.body });
  if (inputs) await useDatasetStore().loadFiles(inputs, from);
  await flushPromises();
  return { wrapper, router };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a shared link to data this browser does not hold', () => {
  it('/project/<unknown id> on the sample: says so, names the id, links to the 数据 page keeping the date', async () => {
    const { wrapper } = await open('/project/p-0badc0de?asOf=2024-07-31');
    expect(wrapper.get('[data-test="link-notice-text"]').text()).toBe(SAMPLE_TEXT);
    expect(wrapper.text()).toContain('链接中未找到：p-0badc0de');
    expect(wrapper.get('[data-test="link-notice-data"]').attributes('href')).toBe('/data?asOf=2024-07-31');
  });

  it('a filter naming a 主管部门 or 实施单位 this data does not have says so too', async () => {
    const { wrapper } = await open(`/?dept=${encodeURIComponent('江苏省财政厅')}&unit=${encodeURIComponent('江苏省政务服务网运营中心')}`);
    expect(wrapper.get('[data-test="link-notice-text"]').text()).toBe(SAMPLE_TEXT);
    expect(wrapper.text()).toContain('链接中未找到：江苏省财政厅');
    expect(wrapper.text()).not.toContain('运营中心');
  });

  it('without the sample, the same words without it', async () => {
    const own: InputFile[] = [{ name: 'projects.json', content: file('projects.json') }];
    const { wrapper } = await open('/project/p-0badc0de', own, 'user');
    expect(wrapper.get('[data-test="link-notice-text"]').text()).toBe('此链接指向的项目不在本浏览器的数据中。请向发送者索取数据文件并在“数据”页载入。');
  });

  it('says nothing for a project that is here, before the data has loaded, or without any data', async () => {
    const id = bundledData().projects[0].id;
    expect((await open(`/project/${id}?dept=${encodeURIComponent('江苏省数据局（江苏省政务服务管理办公室）')}`)).wrapper.find('[data-test="link-notice"]').exists()).toBe(false);
    document.body.innerHTML = '';
    expect((await open('/project/p-0badc0de', null)).wrapper.find('[data-test="link-notice"]').exists()).toBe(false);
  });

  it('follows navigation: leaving the unknown project removes the notice', async () => {
    const { wrapper, router } = await open('/project/p-0badc0de');
    expect(wrapper.find('[data-test="link-notice"]').exists()).toBe(true);
    await router.push(`/project/${bundledData().projects[1].id}`);
    await flushPromises();
    expect(wrapper.find('[data-test="link-notice"]').exists()).toBe(false);
  });
});

describe('missingLinkTargets', () => {
  const projects = bundledData().projects;
  const at = (path: string, query: Record<string, string> = {}, id?: string) => missingLinkTargets({ path, params: id ? { id } : {}, query }, projects);

  it('names the unknown project id, ?project= ids and 主管部门 / 实施单位 / 项目类型 names, in the link\'s order', () => {
    expect(at('/project/p-x', {}, 'p-x')).toEqual(['p-x']);
    expect(at('/flagged', { project: `${projects[0].id},p-y`, dept: '江苏省数据局(江苏省政务服务管理办公室),省财政厅', unit: '某中心', type: '新增项目' }))
      .toEqual(['p-y', '省财政厅', '某中心', '新增项目']);
  });

  it('finds nothing when every name is here (either bracket width) or none is given', () => {
    expect(at('/', { dept: '江苏省数据局（江苏省政务服务管理办公室）', unit: '江苏省政务服务网运管中心', type: '常年安排项目' })).toEqual([]);
    expect(at('/project')).toEqual([]);
    expect(at('/flagged', { status: 'behind', q: '不存在的词' })).toEqual([]);
  });
});
