// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import ProjectTable from '../../src/app/components/overview/ProjectTable.vue';
import type { Dataset } from '../../src/domain/types';
import { defaultSettings } from '../../src/domain/settings';
import { emptyFilter } from '../../src/domain/aggregate';
import { Engine } from '../../src/domain/engine';
import { filterIndexes } from '../../src/domain/engine/overview';
import { projectCountsAt, projectListAt } from '../../src/domain/engine/overviewProjects';
import { appPlugins } from './helpers';

// 45 projects: execution 1%…45% of 100万元 by 2024-06-30, project k has k % 4 滞后 indicators out of 10
// (2次 of ≥10次 at the half year); judged by the engine as the overview does.
const data: Dataset = {
  projects: Array.from({ length: 45 }, (_, i) => ({
    id: `p-${i + 1}`, name: `项目${String(i + 1).padStart(2, '0')}`, year: 2024, department: '部门', unit: '单位', type: '常年安排项目', level: '省本级',
    startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [{ name: '运维', planH1: 50, budgetFY: 100 }],
  })),
  indicators: Array.from({ length: 450 }, (_, n) => ({ id: `i-${n}`, projectId: `p-${Math.floor(n / 10) + 1}`, level1: '产出指标', level2: '数量指标', level3: `指标${n % 10}`, targetH1: '≥10次', targetFY: '≥20次' })),
  actuals: Array.from({ length: 450 }, (_, n) => ({ projectId: `p-${Math.floor(n / 10) + 1}`, indicatorId: `i-${n}`, date: '2024-06-30', value: n % 10 < (Math.floor(n / 10) + 1) % 4 ? '2次' : '10次' })),
  spend: Array.from({ length: 45 }, (_, i) => ({ projectId: `p-${i + 1}`, expense: null, date: '2024-06-30', amount: i + 1 })),
};
function tableProps(lights: boolean) {
  const engine = new Engine(data, defaultSettings(lights ? 'pmkpi' : 'default')).judge('2024-06-30');
  const f = filterIndexes(engine, emptyFilter());
  return { summaries: projectListAt(engine, f.projectIndexes), counts: projectCountsAt(engine, f.indexes) };
}

const names = (w: VueWrapper) => w.findAll('.el-table__body tr').map((tr) => tr.find('td').text());

async function mountTable(lights = false) {
  const { plugins, router } = appPlugins();
  await router.push('/?asOf=2024-06-30');
  await router.isReady();
  const wrapper = mount(ProjectTable, { props: { ...tableProps(lights), lights }, global: { plugins }, attachTo: document.body });
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
    expect(wrapper.findAll('[data-light]').slice(0, 4).map((l) => l.text())).toEqual(['红灯', '红灯', '红灯', '绿灯']);
  });
});
