// @vitest-environment jsdom
// The app on the team server does nothing that only changes this browser, and offers each user only
// what the server lets them do: a file dropped on the page goes to the 数据 page's server import
// (finance, departments) or is refused with who loads target tables (a unit) — never loaded here;
// the 数据 page has no 重置为示例数据 / 清空数据; the 填报 form takes its 佐证材料 from GET /api/dataset
// (no request per project); 新建监控轮次 is finance's; a page not in the user's menu, opened by its
// URL, leads to 待办 (the menu then highlights what is shown).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { useRoute } from 'vue-router';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import App from '../../src/app/App.vue';
import AppSidebar from '../../src/app/components/layout/AppSidebar.vue';
import DatasetSummary from '../../src/app/components/data/DatasetSummary.vue';
import RoundForm from '../../src/app/components/round/RoundForm.vue';
import RoundView from '../../src/app/views/RoundView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useRoundStore } from '../../src/app/stores/round';
import { mergeServerMessages } from '../../src/app/i18n/lazy/useServerI18n';
import type { Role } from '../../src/domain/round/review';
import type { Dataset } from '../../src/domain/types';
import { appPlugins, fakeTeamServer, inMemoryMounts, settle } from './helpers';
import { bundledInputs } from './projectFixture';

const ROUND = { id: 'r1', name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' as const }, createdAt: '2024-07-01T00:00:00Z' };
const PREVIEW = { committed: false, added: ['新项目'], updated: [], refused: [], problems: [] };

let serverData: Dataset;
let pid: string;
let iid: string;
let role: Role;
let rounds: (typeof ROUND)[];
let calls: { method: string; url: string; body: { files?: { name: string }[] } | null }[];

beforeAll(async () => {
  setActivePinia(createPinia());
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  serverData = { ...data.dataset, rounds: [], forms: [] };
  pid = serverData.projects.find((x) => x.name === '“一企来办”平台运营运维费')!.id;
  iid = serverData.indicators.find((i) => i.projectId === pid && /满意/.test(i.level3))!.id;
});

const answer = (json: unknown, status = 200) => new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
function server(url: string, init: RequestInit = {}) {
  const method = init.method ?? 'GET';
  calls.push({ method, url, body: typeof init.body === 'string' ? JSON.parse(init.body) : null });
  if (url === '/api/health') return answer({ ok: true, db: 'sqlite' });
  if (url === '/api/session') return answer({ user: { id: 'u', username: `demo-${role}`, displayName: role, role, unitId: 'x', unitName: '江苏省数据局', mustChange: false }, csrf: 'tok' });
  if (url === '/api/dataset') {
    const file = { id: 'a1', name: '满意度调查.pdf', size: 1200, type: 'application/pdf', uploadedAt: '2024-08-01T00:00:00Z', uploadedBy: 'demo-unit' };
    return answer({ dataset: { ...serverData, rounds }, versions: {}, reviews: {}, attachments: { [`r1|${pid}|${iid}`]: [file] } });
  }
  if (url === '/api/import') return answer(PREVIEW);
  if (url === '/api/todo' || url === '/api/rounds') return answer([]);
  return answer({ error: '没有找到，或无权查看' }, 404);
}

let wrapper: VueWrapper | undefined;
inMemoryMounts(() => wrapper);
beforeEach(() => {
  wrapper = undefined;
  calls = [];
  role = 'finance';
  rounds = [ROUND];
});
fakeTeamServer(server);

/** Signed in as `role` on the app's router at `path`, server messages merged. */
async function signedIn(path: string) {
  const env = appPlugins();
  mergeServerMessages(env.i18n.global as never);
  await env.router.push(path);
  await env.router.isReady();
  await flushPromises();
  useRoundStore().today = '2024-08-01';
  return env;
}

const toasts = () => [...document.querySelectorAll('.el-message__content')].map((m) => m.textContent);
/** A drop of files on the page, as the browser sends it (jsdom has no DataTransfer). */
function drop(files: File[]) {
  const e = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files } });
  window.dispatchEvent(e);
}

describe('a file dropped on the page on the team server', () => {
  const table = () => new File(['项目名称,一级指标,二级指标,三级指标,指标值\n新项目,产出指标,数量指标,培训人次,≥100人次'], '本地表.csv', { type: 'text/csv' });

  it('goes to the 数据 page\'s import into the server for finance (a preview), not into this browser', async () => {
    const env = await signedIn('/settings');
    wrapper = mount(App, { global: { plugins: env.plugins }, attachTo: document.body });
    await flushPromises();
    const data = useDatasetStore();
    expect(data.counts.projects).toBe(serverData.projects.length);
    drop([table()]);
    await vi.waitFor(() => expect(wrapper!.find('[data-test="import-preview"]').exists()).toBe(true), { timeout: 5000 });
    expect(env.router.currentRoute.value.name).toBe('data');
    expect(data.counts.projects).toBe(serverData.projects.length);
    expect(calls.filter((c) => c.url === '/api/import').map((c) => c.body!.files!.map((f) => f.name))).toEqual([['本地表.csv']]);
    expect(wrapper.find('[data-test="import-preview"]').text()).toContain('新项目');
    expect(toasts()).toEqual(['文件已交给“数据”页载入服务器：先看预览，确认导入后才写入服务器。']);
  });

  it('is refused for a unit, saying who loads target tables', async () => {
    role = 'unit';
    const env = await signedIn('/settings');
    wrapper = mount(App, { global: { plugins: env.plugins }, attachTo: document.body });
    await flushPromises();
    drop([table()]);
    await vi.waitFor(() => expect(toasts()).toEqual(['拖入的文件没有载入：目标表由本单位的主管部门或财政部门载入服务器，本单位的项目请在“待办”中填报。']), { timeout: 5000 });
    await settle(50);
    expect(useDatasetStore().counts.projects).toBe(serverData.projects.length);
    expect(env.router.currentRoute.value.name).toBe('settings');
    expect(calls.filter((c) => c.url === '/api/import')).toEqual([]);
  });
});

describe('the 数据 page\'s summary on the team server', () => {
  it('has no 重置为示例数据 nor 清空数据 (they would change this browser\'s view only)', async () => {
    const env = await signedIn('/data');
    wrapper = mount(DatasetSummary, { global: { plugins: env.plugins } });
    await flushPromises();
    expect(wrapper.find('[data-test="export-json"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="reset-data"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="clear-data"]').exists()).toBe(false);
  });
});

describe('the 填报 form on the team server', () => {
  it('shows the 佐证材料 GET /api/dataset lists, with no request of its own', async () => {
    role = 'unit';
    const env = await signedIn('/round');
    const before = calls.length;
    wrapper = mount(RoundForm, { props: { projectId: pid }, global: { plugins: env.plugins }, attachTo: document.body });
    await flushPromises();
    await settle(20);
    expect(calls.slice(before).map((c) => `${c.method} ${c.url}`)).toEqual([]);
    expect(useRoundStore().record(iid)?.attachments?.map((a) => a.name)).toEqual(['满意度调查.pdf']);
  });
});

describe('新建监控轮次 on the team server', () => {
  const offered = async (who: Role, withRound: boolean) => {
    role = who;
    rounds = withRound ? [ROUND] : [];
    const env = await signedIn('/round');
    wrapper = mount(RoundView, { global: { plugins: env.plugins }, attachTo: document.body });
    await flushPromises();
    const shown: (boolean | string)[] = [wrapper.find(withRound ? '[data-test="round-header"]' : '[data-test="round-none"]').exists(), wrapper.find('[data-test="new-round"]').exists()];
    if (!withRound) shown.push(wrapper.find('[data-test="round-none"] .el-empty__description').text());
    wrapper.unmount();
    wrapper = undefined;
    return shown;
  };

  it('is finance\'s only (the server refuses it to units and departments), with a round or none yet', async () => {
    expect([await offered('finance', true), await offered('department', true), await offered('unit', true)]).toEqual([[true, true], [true, false], [true, false]]);
    // Without a round, those who cannot open one are told who does.
    const none = '还没有监控轮次：新建一轮，各项目即可在“填报”页逐项填写';
    const noneServer = '还没有监控轮次：监控轮次由财政部门开启，开启后要填报或审核的项目会出现在“待办”中';
    expect([await offered('finance', false), await offered('department', false), await offered('unit', false)])
      .toEqual([[true, true, none], [true, false, noneServer], [true, false, noneServer]]);
  });
});

describe('a page not in the user\'s menu, opened by its URL', () => {
  const Shell = defineComponent(() => {
    const route = useRoute();
    return () => (route.meta.bare || !route.name ? h('p', 'bare') : h(AppSidebar));
  });
  const landing = async (who: Role, path: string) => {
    role = who;
    const env = await signedIn('/settings');
    wrapper = mount(Shell, { global: { plugins: env.plugins } });
    await env.router.push(`${path}?asOf=2024-07-31`);
    await flushPromises();
    const route = env.router.currentRoute.value;
    const active = wrapper.find('.el-menu-item.is-active').attributes('data-test');
    wrapper.unmount();
    wrapper = undefined;
    return [route.name, route.query.asOf, active];
  };

  it('leads to 待办, highlighted, keeping the as-of date; pages in the menu open as asked', async () => {
    expect(await landing('unit', '/data')).toEqual(['todo', '2024-07-31', 'menu-todo']);
    expect(await landing('unit', '/admin')).toEqual(['todo', '2024-07-31', 'menu-todo']);
    expect(await landing('department', '/admin')).toEqual(['todo', '2024-07-31', 'menu-todo']);
    expect(await landing('finance', '/data')).toEqual(['data', '2024-07-31', 'menu-data']);
    expect(await landing('unit', '/round')).toEqual(['round', '2024-07-31', 'menu-round']);
  });
});
