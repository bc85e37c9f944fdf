// @vitest-environment jsdom
// The 监控轮次 page on the bundled data: no round yet → 新建监控轮次 (1–7月 named 2024年1–7月监控, the
// 重点监控 filter counting the projects it covers), then the round's facts, totals and per-project
// progress with the missing indicators; after the deadline the projects not done are overdue.
import { describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import RoundView from '../../src/app/views/RoundView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useRoundStore } from '../../src/app/stores/round';
import { appPlugins, inMemoryMounts, settle } from './helpers';
import { bundledInputs } from './projectFixture';

let wrapper: VueWrapper;
const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const text = (sel: string) => q(sel)?.textContent?.trim();

async function open(today: string) {
  const { plugins, router } = appPlugins();
  await router.push('/round');
  await router.isReady();
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  const store = useRoundStore();
  store.today = today;
  wrapper = mount(RoundView, { global: { plugins }, attachTo: document.body });
  await flushPromises();
  return store;
}

async function create() {
  await wrapper.find('[data-test="round-none"] [data-test="new-round"]').trigger('click');
  await flushPromises();
  await settle(50);
}

describe('监控轮次 page', () => {
  inMemoryMounts(() => wrapper);

  it('creates a 1–7月 round and shows its facts and progress, with the missing indicators per project', async () => {
    const store = await open('2024-08-01');
    expect(text('[data-test="round-none"]')).toContain('还没有监控轮次');
    await create();
    expect((q('[data-test="round-name"]') as HTMLInputElement).value).toBe('2024年1–7月监控');
    expect(text('[data-test="scope-count"]')).toBe('本轮将覆盖 4 个项目');
    // 重点监控: ≥200万元 and execution below 60 % at 31 July covers only 江苏12345在线平台运行费 (1,325.06万元).
    const filter = [...document.querySelectorAll<HTMLElement>('[data-test="scope-kind"] label')].find((l) => l.textContent?.includes('重点监控'))!;
    filter.click();
    await flushPromises();
    expect(text('[data-test="scope-count"]')).toBe('本轮将覆盖 1 个项目');
    q('[data-test="create-round"]')!.click();
    await flushPromises();
    expect(store.rounds.map((r) => [r.name, r.periodEnd, r.deadline, r.scope])).toEqual([['2024年1–7月监控', '2024-07-31', '2024-08-07', { kind: 'filter', minBudget: 200, maxExecutionRate: 0.6 }]]);
    expect(wrapper.find('[data-test="round-title"]').text()).toBe('2024年1–7月监控');
    expect(wrapper.find('[data-test="round-scope"]').text()).toBe('重点监控：资金总额 ≥ 200 万元，执行率 < 60%');
    expect(wrapper.find('[data-test="round-deadline"]').text()).toBe('截止日期：2024-08-07');
    expect(wrapper.find('[data-test="total-filled"]').text()).toBe('24 / 24');
    expect(wrapper.find('[data-test="total-done"]').text()).toBe('0 / 1');
    expect(wrapper.find('[data-test="total-overdue"]').text()).toBe('0');
    const rows = wrapper.findAll('[data-test="round-projects"] .el-table__body tr').map((tr) => tr.findAll('td').map((td) => td.text()));
    expect(rows.map((r) => [r[0].split('江苏省数据局')[0], r[1], r[2], r[3]])).toEqual([['江苏12345在线平台运行费', '24 / 24', '—', '填报中']]);
  });

  it('lists missing indicators, and after the deadline flags the projects not done as overdue, in red', async () => {
    const store = await open('2024-08-10');
    store.createRound({ name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' } });
    const pid = store.progress!.projects[0].projectId;
    store.setDone(pid, true);
    await flushPromises();
    expect(wrapper.find('[data-test="round-deadline"]').text()).toBe('截止日期：2024-08-07（已过截止日期）');
    expect(wrapper.find('[data-test="total-overdue"]').text()).toBe('3');
    expect(wrapper.find('[data-test="total-overdue"]').classes()).toContain('rv__late');
    const rows = wrapper.findAll('[data-test="round-projects"] .el-table__body tr');
    expect(rows.map((tr) => tr.find('.el-tag').text())).toEqual(['已完成', '逾期未完成', '逾期未完成', '逾期未完成']);
    expect(rows.map((tr) => tr.classes().includes('rv__row--late'))).toEqual([false, true, true, true]);
    expect(rows[3].findAll('td')[2].text()).toBe('系统安全风险评估、受众满意度');
    // The project link opens its 填报 tab.
    expect(rows[0].find('a').attributes('href')).toContain(`/project/${pid}?tab=round`);
  });
});
