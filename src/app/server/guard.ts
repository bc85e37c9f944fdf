// The router's guard in server mode (loaded only when /api/health answered): signed-out users go to
// 登录, a forced password change comes first, the administrator (who sees no project data) lands on
// 管理, and the menu is the signed-in user's before the shell renders (serverMenu). A page of the app's
// menu left out of the user's (a unit's 数据, anyone's 单位与账号), opened by a link or typed URL, leads
// to their start page 待办: the menu would otherwise highlight a page not shown.
import type { RouteLocationNormalized, RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import type { Role } from '../../domain/round/review';
import { useSessionStore } from '../stores/session';
import { i18n } from '../i18n';
import { mergeServerMessages } from '../i18n/lazy/useServerI18n';
import { globalQuery } from '../composables/useQuery';

// The administrator sees no project data, so only their page; a unit may not load target tables
// (POST /api/import is finance's and the departments'), so 数据 is not theirs (its URL leads to
// 待办; a file they drop is refused with who loads target tables: server/drop). Everyone else keeps the app's menu, with 待办.
const HIDDEN: Record<Role, (name: string) => boolean> = {
  admin: (name) => name !== 'admin',
  unit: (name) => name === 'admin' || name === 'data',
  department: (name) => name === 'admin',
  finance: (name) => name === 'admin',
};

// The app's own menu flag of each route, remembered the first time: a sign-out and another user's
// sign-in start from it, not from the last user's menu.
const localMenu = new WeakMap<RouteRecordRaw, boolean>();

/** Sets the routes' `meta.menu` for the user signed in (null: signed out — the 登录 page has no menu). */
export function serverMenu(routes: RouteRecordRaw[], role: Role | null): void {
  for (const r of routes) {
    if (!r.meta) continue;
    if (!localMenu.has(r)) localMenu.set(r, !!r.meta.menu);
    const base = r.meta.server === 'menu' || localMenu.get(r)!;
    r.meta.menu = base && !!role && !HIDDEN[role](String(r.name));
  }
}

/** A page of a menu (the app's or the server's) that is not in this role's. */
function leftOut(routes: RouteRecordRaw[], role: Role, name: string): boolean {
  const r = routes.find((x) => x.name === name);
  return !!r?.meta && (localMenu.get(r) || r.meta.server === 'menu') && HIDDEN[role](name);
}

let messagesMerged = false;

export async function serverGuard(to: RouteLocationNormalized, routes: RouteRecordRaw[]): Promise<true | RouteLocationRaw> {
  const session = useSessionStore();
  await session.start();
  if (!messagesMerged) {
    messagesMerged = true;
    mergeServerMessages(i18n.global as never);
  }
  const user = session.user;
  // On every navigation: cheap, and the sign-in of another user (no reload) gets their menu. The
  // shell is not shown on 登录, so the menu it builds next is this one.
  serverMenu(routes, user?.role ?? null);
  if (!user) return to.name === 'signin' ? true : { name: 'signin', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if (to.name === 'signin') return { name: user.role === 'admin' ? 'admin' : 'todo' };
  if (user.mustChange && to.name !== 'account') return { name: 'account' };
  if (user.role === 'admin' && to.name !== 'admin' && to.name !== 'account') return { name: 'admin' };
  if (leftOut(routes, user.role, String(to.name))) return { name: 'todo', query: globalQuery(to.query) };
  return true;
}
