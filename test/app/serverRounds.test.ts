// @vitest-environment jsdom
// Rounds on the team server in 待办: every round listed with its scope and 进行中 / 已关闭; finance
// closes an open one after a confirmation (取消 sends nothing) and opens one with a scope — 重点监控
// with its bounds, or 主管部门 chosen from the projects' — as POST /api/rounds takes it. A unit
// sees the list without the close button.
import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { ElDatePicker, ElSelect } from 'element-plus';
import TodoView from '../../src/app/views/TodoView.vue';
import { useSessionStore } from '../../src/app/stores/session';
import { mergeServerMessages } from '../../src/app/i18n/lazy/useServerI18n';
import { appPlugins, fakeTeamServer, inMemoryMounts, settle } from './helpers';

const project = (id: string, department: string) => ({ id, name: `项目${id}`, department, unit: '某中心', year: 2024, funds: { total: 300, lines: {} } });
const PROJECTS = [project('a', '江苏省数据局'), project('b', '江苏省财政厅'), project('c', '江苏省数据局')];
let rounds: { id: string; name: string; periodEnd: string; deadline: string | null; scope: unknown; closed: boolean }[];
let role: string;
let posts: { url: string; body: unknown }[];

const answer = (json: unknown, status = 200) => new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
function server(url: string, init: RequestInit = {}) {
  const method = init.method ?? 'GET';
  if (method === 'POST') posts.push({ url, body: init.body ? JSON.parse(String(init.body)) : null });
  if (url === '/api/health') return answer({ ok: true, db: 'sqlite' });
  if (url === '/api/session') return answer({ user: { id: 'f', username: 'demo-finance', displayName: '财政', role, unitId: 'r', unitName: '江苏省财政厅', mustChange: false }, csrf: 'tok' });
  if (url === '/api/dataset') return answer({ dataset: { projects: PROJECTS, indicators: [], actuals: [], spend: [], rounds: [], forms: [] }, versions: {}, reviews: {} });
  if (url === '/api/todo') return answer([]);
  if (url === '/api/rounds' && method === 'GET') return answer(rounds);
  if (url === '/api/rounds' && method === 'POST') return answer({ id: 'r2', name: '2024年1–9月监控' });
  if (url === '/api/rounds/r1/close') {
    rounds = rounds.map((r) => (r.id === 'r1' ? { ...r, closed: true } : r));
    return answer({ ok: true });
  }
  if (url.endsWith('/status')) return answer({ forms: [], notSubmitted: [] });
  return answer({ error: '没有找到' }, 404);
}

let wrapper: VueWrapper | undefined;
inMemoryMounts(() => wrapper);
beforeEach(() => {
  role = 'finance';
  posts = [];
  rounds = [
    { id: 'r1', name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' }, closed: false },
    { id: 'r0', name: '2024年1–6月监控', periodEnd: '2024-06-30', deadline: null, scope: { kind: 'filter', minBudget: 200, maxExecutionRate: 0.6 }, closed: true },
  ];
});
fakeTeamServer(server);

async function mounted() {
  const env = appPlugins();
  mergeServerMessages(env.i18n.global as never);
  await useSessionStore().start();
  wrapper = mount(TodoView, { global: { plugins: env.plugins }, attachTo: document.body });
  await flushPromises();
  await settle();
  return wrapper;
}
const listed = (w: VueWrapper) => w.findAll('[data-test="round-list-table"] .el-table__body tr').map((r) => r.findAll('td').map((td) => td.text().trim()).filter(Boolean).join(' | '));
const messageBoxButton = (primary: boolean) => document.querySelector<HTMLButtonElement>(`.el-message-box__btns .el-button${primary ? '--primary' : ':not(.el-button--primary)'}`)!;

describe('rounds in 待办 on the team server', () => {
  it('lists every round with its scope and state; finance closes an open one after confirming', async () => {
    const w = await mounted();
    expect(listed(w)).toEqual([
      '2024年1–7月监控 | 2024-07-31 | 2024-08-07 | 一般监控：全部项目 | 进行中 | 关闭轮次',
      '2024年1–6月监控 | 2024-06-30 | 重点监控：资金总额 ≥ 200 万元，执行率 < 60% | 已关闭',
    ]);
    await w.get('[data-test="round-close"]').trigger('click');
    await settle(50);
    expect(document.querySelector('.el-message-box__message')!.textContent).toBe('关闭“2024年1–7月监控”后各单位不能再填报或送审。确定关闭吗？');
    messageBoxButton(false).click(); // 取消
    await settle(50);
    expect(posts).toEqual([]);

    await w.get('[data-test="round-close"]').trigger('click');
    await settle(50);
    messageBoxButton(true).click();
    await settle(50);
    await flushPromises();
    expect(posts).toEqual([{ url: '/api/rounds/r1/close', body: null }]);
    expect(listed(w).map((r) => r.split(' | ').slice(-1)[0])).toEqual(['已关闭', '已关闭']);
    expect(w.find('[data-test="round-close"]').exists()).toBe(false);
  });

  it('a unit sees the rounds, not the close button nor 开启监控轮次', async () => {
    role = 'unit';
    const w = await mounted();
    expect(listed(w)).toHaveLength(2);
    expect(w.find('[data-test="round-close"]').exists()).toBe(false);
    expect(w.find('[data-test="open-round"]').exists()).toBe(false);
  });

  it('opens a round with the scope chosen: 重点监控 bounds, or 主管部门', async () => {
    const w = await mounted();
    const open = w.get('[data-test="open-round"]');
    const fill = async (name: string) => {
      // Element Plus puts data-test on the <input> itself.
      await open.get('input[data-test="open-round-name"]').setValue(name);
      open.findComponent(ElDatePicker).vm.$emit('update:modelValue', '2024-09-30');
      await settle();
    };
    await fill('重点');
    await open.get('[data-test="open-round-scope"] input[value="filter"]').setValue(true);
    await open.get('[data-test="open-round-submit"]').trigger('submit');
    await flushPromises();
    expect(posts.at(-1)).toEqual({ url: '/api/rounds', body: { name: '重点', periodEnd: '2024-09-30', deadline: null, scope: { kind: 'filter', minBudget: 200, maxExecutionRate: 0.6 } } });

    await fill('数据局');
    await open.get('[data-test="open-round-scope"] input[value="departments"]').setValue(true);
    const select = open.findComponent(ElSelect);
    // Nothing chosen yet: said, nothing sent.
    const before = posts.length;
    await open.get('[data-test="open-round-submit"]').trigger('submit');
    await flushPromises();
    expect([posts.length, open.get('[data-test="open-round-error"]').text()]).toEqual([before, '请填写名称和监控截止日期，并选定范围（项目、主管部门或重点监控的条件）']);
    select.vm.$emit('update:modelValue', ['江苏省数据局']);
    await settle();
    expect(open.get('[data-test="open-round-covered"]').text()).toBe('涉及 2 个项目');
    await open.get('[data-test="open-round-submit"]').trigger('submit');
    await flushPromises();
    expect(posts.at(-1)).toEqual({ url: '/api/rounds', body: { name: '数据局', periodEnd: '2024-09-30', deadline: null, scope: { kind: 'filter', departments: ['江苏省数据局'] } } });
  });
});
