// @vitest-environment jsdom
// The left menu on the team server is the signed-in user's: the administrator sees only 单位与账号,
// a unit has no 数据 (units do not load target tables) and no 单位与账号, departments and finance
// have the app's menu with 待办. Signing out and in as another user, without a reload, gives the
// new user's menu.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { useRoute } from 'vue-router';
import { mount, type VueWrapper } from '@vue/test-utils';
import AppSidebar from '../../src/app/components/layout/AppSidebar.vue';
import { useSessionStore } from '../../src/app/stores/session';
import { resetServerMode } from '../../src/app/server/detect';
import { mergeServerMessages } from '../../src/app/i18n/lazy/useServerI18n';
import type { Role } from '../../src/domain/round/review';
import { appPlugins, inMemoryMounts, settle } from './helpers';

const user = (role: Role) => ({ id: `u-${role}`, username: `demo-${role}`, displayName: role, role, unitId: 'x', unitName: '江苏省数据局', mustChange: false });
const EMPTY = { dataset: { projects: [], indicators: [], actuals: [], spend: [], rounds: [], forms: [] }, versions: {}, reviews: {} };

let signedIn: Role | null = null;
function fakeServer() {
  return vi.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const answer = (json: unknown, status = 200) => new Response(JSON.stringify(json), { status, headers: { 'content-type': 'application/json' } });
    if (url === '/api/health') return answer({ ok: true, db: 'sqlite' });
    if (url === '/api/session' && method === 'GET') return answer(signedIn ? { user: user(signedIn), csrf: 't' } : { user: null });
    if (url === '/api/session' && method === 'POST') {
      signedIn = JSON.parse(String(init.body)).username.slice(5) as Role;
      return answer({ user: user(signedIn), csrf: 't' });
    }
    if (url === '/api/session' && method === 'DELETE') return answer({ ok: true });
    if (url === '/api/dataset') return answer(EMPTY);
    return answer({ error: '没有找到，或无权查看' }, 404);
  });
}

const ALL = ['menu-overview', 'menu-flagged', 'menu-compare', 'menu-project', 'menu-round', 'menu-data', 'menu-settings', 'menu-present', 'menu-todo'];
const MENUS: Record<Role, string[]> = {
  admin: ['menu-admin'],
  unit: ALL.filter((m) => m !== 'menu-data'),
  department: ALL,
  finance: ALL,
};

let wrapper: VueWrapper | undefined;
inMemoryMounts(() => wrapper);
beforeEach(() => {
  wrapper = undefined; // the last test's, unmounted by inMemoryMounts
  resetServerMode();
  vi.stubGlobal('fetch', fakeServer());
});
afterEach(() => {
  vi.unstubAllGlobals();
  resetServerMode();
  signedIn = null;
});

// As App.vue: the shell with its menu is not shown on a bare page (登录), so it is built again after.
const Shell = defineComponent(() => {
  const route = useRoute();
  return () => (route.meta.bare || !route.name ? h('p', 'bare') : h(AppSidebar));
});

/** The menu the shell shows after navigating to `path`. */
async function menuAfter(env: ReturnType<typeof appPlugins>, path: string): Promise<string[]> {
  wrapper ??= mount(Shell, { global: { plugins: env.plugins } });
  await env.router.push(path);
  await settle();
  return wrapper.findAll('[data-test^="menu-"]').map((w) => w.attributes('data-test')!);
}

describe('the menu on the team server', () => {
  it.each(Object.keys(MENUS) as Role[])('is the %s\'s own', async (role) => {
    signedIn = role;
    const env = appPlugins();
    mergeServerMessages(env.i18n.global as never);
    expect(await menuAfter(env, '/settings')).toEqual(MENUS[role]);
    if (role === 'admin') expect(wrapper!.text()).toBe('单位与账号');
  });

  it('changes with the user signed in, without a reload', async () => {
    signedIn = 'admin';
    const env = appPlugins();
    expect(await menuAfter(env, '/settings')).toEqual(MENUS.admin);
    const session = useSessionStore();
    for (const next of ['unit', 'finance', 'admin'] as Role[]) {
      await session.signOut();
      signedIn = null;
      await env.router.push('/signin');
      await settle();
      expect(wrapper!.text()).toBe('bare');
      expect(env.router.currentRoute.value.name).toBe('signin');
      await session.signIn(`demo-${next}`, 'pw');
      expect(await menuAfter(env, '/settings')).toEqual(MENUS[next]);
    }
  });
});
