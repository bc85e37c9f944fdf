// @vitest-environment jsdom
// Issue 8: the flagged list filters by 主管部门 and 实施单位 (the overview's ?dept= / ?unit=), the
// overview's links to it carry the overview's filters, and its CSV has the 实施单位 column and the
// variance as numbers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import FlaggedView from '../../src/app/views/FlaggedView.vue';
import TopFlagged from '../../src/app/components/overview/TopFlagged.vue';
import SummaryCards from '../../src/app/components/overview/SummaryCards.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { emptyCounts } from '../../src/domain/report';
import { appPlugins } from './helpers';

const bundled = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({
  name, content: new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name))),
}));
const YUNGUAN = '江苏省政务服务网运管中心';
const DEPT = '江苏省数据局 (江苏省政务服务管理办公室)';

async function openFlagged(path: string) {
  const { plugins, router } = appPlugins();
  await router.push(path);
  await router.isReady();
  const wrapper = mount(FlaggedView, { global: { plugins }, attachTo: document.body });
  await useDatasetStore().loadFiles(bundled);
  useReportStore().setAsOf('2024-09-30');
  await flushPromises();
  return { wrapper, router };
}
const projectsShown = (w: VueWrapper) => w.findAll('[data-test="flagged-project"]').map((a) => a.text());

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('预警清单 by 主管部门 and 实施单位', () => {
  it('filters by 实施单位 from the URL and offers both units with their counts', async () => {
    const { wrapper } = await openFlagged(`/flagged?unit=${encodeURIComponent(YUNGUAN)}`);
    expect(projectsShown(wrapper)).toEqual(Array(3).fill('江苏12345在线平台信息系统运维费'));
    expect(wrapper.get('[data-test="flagged-shown"]').text()).toBe('筛选后 3 项');
    expect(wrapper.find('[data-test="filter-unit"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="filter-department"]').exists()).toBe(true);
    const options = [...document.body.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent?.trim());
    expect(options).toContain(`${YUNGUAN}（3）`);
    expect(options).toContain('江苏省政务服务网运营中心（11）');
    expect(options).toContain(`${DEPT}（14）`);
  });

  it('takes the overview\'s 主管部门 in the other bracket width, and exports the rows shown with 实施单位 and numeric variance', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:flagged'));
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { wrapper } = await openFlagged(`/flagged?dept=${encodeURIComponent('江苏省数据局（江苏省政务服务管理办公室）')}&unit=${encodeURIComponent(YUNGUAN)}`);
    expect(projectsShown(wrapper)).toHaveLength(3);
    await wrapper.get('[data-test="flagged-export"]').trigger('click');
    const lines = new TextDecoder().decode(new Uint8Array(await blobs[0].arrayBuffer())).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines[0].split(',').slice(0, 4)).toEqual(['序号', '项目名称', '主管部门', '实施单位']);
    expect(lines).toHaveLength(1 + 3);
    expect(lines.slice(1).every((l) => l.split(',')[3] === YUNGUAN)).toBe(true);
    expect(lines[1]).toContain(',滞后,-21,个百分点,-30,"\'-21个百分点（-30%）",');
  });
});

describe('links from the overview to the flagged list keep its filters', () => {
  const overviewQuery = { asOf: '2024-09-30', dept: DEPT, unit: YUNGUAN, type: '常年安排项目', level1: '产出指标', status: 'met,behind', q: '运维', tab: 'x' };

  async function atOverview() {
    const { plugins, router } = appPlugins();
    await router.push({ path: '/', query: overviewQuery });
    await router.isReady();
    return { plugins, router };
  }
  const query = (href: string) => Object.fromEntries(new URLSearchParams(href.split('?')[1]));

  it('查看全部 carries 主管部门, 实施单位, 项目类型, 一级指标, search and the flagged statuses', async () => {
    const { plugins } = await atOverview();
    const w = mount(TopFlagged, { props: { rows: [], limit: 10, filtered: true }, global: { plugins } });
    expect(query(w.get('[data-test="view-all-flagged"]').attributes('href')!)).toEqual({
      asOf: '2024-09-30', dept: DEPT, unit: YUNGUAN, type: '常年安排项目', level1: '产出指标', status: 'behind', q: '运维',
    });
  });

  it('a 预警 card carries the same scope with its own status', async () => {
    const { plugins } = await atOverview();
    const w = mount(SummaryCards, { props: { projects: 1, indicators: 1, counts: emptyCounts(), selected: [] }, global: { plugins } });
    expect(query(w.get('[data-test="card-warning"]').attributes('href')!)).toEqual({
      asOf: '2024-09-30', dept: DEPT, unit: YUNGUAN, type: '常年安排项目', level1: '产出指标', status: 'warning', q: '运维',
    });
  });

  it('other pages get only the as-of date and data link, as before', async () => {
    const { plugins } = await atOverview();
    const w = mount(TopFlagged, { props: { rows: [], limit: 10, filtered: true }, global: { plugins } });
    // The empty state has no project link; the list link is the only one.
    expect(w.findAll('a').map((a) => a.attributes('href'))).toHaveLength(1);
    const { carriedQuery } = await import('../../src/app/composables/useQuery');
    expect(carriedQuery('/', overviewQuery, '/project/p-1')).toEqual({ asOf: '2024-09-30' });
    expect(carriedQuery('/compare', { ...overviewQuery }, '/flagged')).toEqual({ asOf: '2024-09-30' });
  });
});
