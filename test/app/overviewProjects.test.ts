// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import ProjectTable from '../../src/app/components/overview/ProjectTable.vue';
import type { Status } from '../../src/domain/judge/types';
import type { ProjectSummary } from '../../src/domain/report.types';
import { appPlugins } from './helpers';

// 45 projects: execution 1%…45%, project k has k % 4 滞后 indicators out of 10.
const summaries: ProjectSummary[] = Array.from({ length: 45 }, (_, i) => ({
  projectId: `p-${i + 1}`,
  name: `项目${String(i + 1).padStart(2, '0')}`,
  counts: { met: 10, warning: 0, behind: 0, pending: 0, unparsed: 0 },
  worst: 'met',
  light: i % 2 ? 'green' : 'red',
  budget: { spent: i + 1, spentDate: '2024-06-30', total: 100, executionRate: (i + 1) / 100, timeProgress: 0.5, planH1Share: 0.5, targetRate: 0.5, light: 'red', lines: [],
    rateSource: 'spend', rateDate: '2024-06-30', linesBudget: null },
}));
const counts = new Map<string, Record<Status, number>>(summaries.map((s, i) => [s.projectId, { met: 10 - ((i + 1) % 4), warning: 0, behind: (i + 1) % 4, pending: 0, unparsed: 0 }]));

const names = (w: VueWrapper) => w.findAll('.el-table__body tr').map((tr) => tr.find('td').text());

async function mountTable(lights = false) {
  const { plugins, router } = appPlugins();
  await router.push('/?asOf=2024-06-30');
  await router.isReady();
  const wrapper = mount(ProjectTable, { props: { summaries, counts, lights }, global: { plugins }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('项目一览', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('pages 45 projects 20 at a time, in the order given', async () => {
    const wrapper = await mountTable();
    expect(names(wrapper)).toEqual(Array.from({ length: 20 }, (_, i) => `项目${String(i + 1).padStart(2, '0')}`));
    expect(wrapper.find('[data-test="project-pages"]').text()).toContain('45');
    await wrapper.findAll('[data-test="project-pages"] .number').at(-1)!.trigger('click');
    await flushPromises();
    expect(names(wrapper)).toEqual(['项目41', '项目42', '项目43', '项目44', '项目45']);
  });

  it('sorts over all projects, not just the page shown (execution rate, highest first)', async () => {
    const wrapper = await mountTable();
    wrapper.findComponent({ name: 'ElTable' }).vm.$emit('sort-change', { prop: 'rate', order: 'descending' });
    await flushPromises();
    expect(names(wrapper).slice(0, 3)).toEqual(['项目45', '项目44', '项目43']);
    expect(wrapper.findAll('.el-table__body tr')[0].findAll('td').map((td) => td.text()).slice(3, 7)).toEqual(['10', '1 / 0', '滞后', '45.0%']);
  });

  it('links each name to its project, keeping the as-of date, and shows lights when asked', async () => {
    const wrapper = await mountTable(true);
    expect(wrapper.find('.project-table__name').attributes('href')).toBe('/project/p-1?asOf=2024-06-30');
    expect(wrapper.findAll('[data-light]').slice(0, 2).map((l) => l.text())).toEqual(['红灯', '绿灯']);
  });
});
