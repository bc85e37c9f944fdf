// The router's guard in server mode (loaded only when /api/health answered): signed-out users go to
// 登录, a forced password change comes first, the administrator (who sees no project data) lands on
// 管理, and the server's pages join the menu before the shell first renders.
import type { RouteLocationNormalized, RouteLocationRaw, RouteRecordRaw } from 'vue-router';
import { useSessionStore } from '../stores/session';
import { i18n } from '../i18n';
import { mergeServerMessages } from '../i18n/lazy/useServerI18n';

let menusShown = false;

export async function serverGuard(to: RouteLocationNormalized, routes: RouteRecordRaw[]): Promise<true | RouteLocationRaw> {
  const session = useSessionStore();
  await session.start();
  if (!menusShown) {
    menusShown = true;
    mergeServerMessages(i18n.global as never);
    for (const r of routes) if (r.meta?.server === 'menu') r.meta.menu = true;
  }
  const user = session.user;
  if (!user) return to.name === 'signin' ? true : { name: 'signin', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if (to.name === 'signin') return { name: user.role === 'admin' ? 'admin' : 'todo' };
  if (user.mustChange && to.name !== 'account') return { name: 'account' };
  if (user.role === 'admin' && to.name !== 'admin' && to.name !== 'account') return { name: 'admin' };
  return true;
}
