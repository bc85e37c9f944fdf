// Routes. Every view is lazy-loaded (its own chunk), so the first screen carries only the shell.
// Hash history: the app is a static site (vite base './') that may live in any sub-folder.
// meta: titleKey (i18n key of the menu/title), menu (shown in the sidebar, in this order), icon,
// menuPath (which menu item a page belongs to), bare (no shell: full-screen 演示), server (a page of
// the team server's mode only — 'menu' joins the menu there; see server/guard, loaded lazily).
import type { Component } from 'vue';
import { createRouter, createWebHashHistory, type RouteLocationNormalized, type RouteRecordRaw, type RouterHistory } from 'vue-router';
import { Bell, DataAnalysis, Document, EditPen, FolderOpened, Monitor, Odometer, Setting, UserFilled, WarningFilled } from '@element-plus/icons-vue';
import { serverMode } from './server/detect';

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string;
    menu?: boolean;
    icon?: Component;
    menuPath?: string;
    bare?: boolean;
    server?: 'menu' | 'page';
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'overview', component: () => import('./views/OverviewView.vue'), meta: { titleKey: 'app.nav.overview', menu: true, icon: Odometer } },
  { path: '/flagged', name: 'flagged', component: () => import('./views/FlaggedView.vue'), meta: { titleKey: 'app.nav.flagged', menu: true, icon: WarningFilled } },
  { path: '/compare', name: 'compare', component: () => import('./views/CompareView.vue'), meta: { titleKey: 'app.nav.compare', menu: true, icon: DataAnalysis } },
  // Without an id the project page offers a choice of project.
  { path: '/project/:id?', name: 'project', component: () => import('./views/ProjectView.vue'), meta: { titleKey: 'app.nav.project', menu: true, icon: Document, menuPath: '/project' } },
  { path: '/round', name: 'round', component: () => import('./views/RoundView.vue'), meta: { titleKey: 'app.nav.round', menu: true, icon: EditPen } },
  { path: '/data', name: 'data', component: () => import('./views/DataView.vue'), meta: { titleKey: 'app.nav.data', menu: true, icon: FolderOpened } },
  { path: '/settings', name: 'settings', component: () => import('./views/SettingsView.vue'), meta: { titleKey: 'app.nav.settings', menu: true, icon: Setting } },
  { path: '/present/:n?', name: 'present', component: () => import('./views/PresentView.vue'), meta: { titleKey: 'app.nav.present', menu: true, icon: Monitor, bare: true, menuPath: '/present' } },
  { path: '/print', name: 'print', component: () => import('./views/PrintView.vue'), meta: { titleKey: 'present.print', bare: true } },
  { path: '/todo', name: 'todo', component: () => import('./server/ui').then((m) => m.TodoView), meta: { titleKey: 'server.nav.todo', server: 'menu', icon: Bell } },
  { path: '/admin', name: 'admin', component: () => import('./server/ui').then((m) => m.AdminView), meta: { titleKey: 'server.nav.admin', server: 'menu', icon: UserFilled } },
  { path: '/signin', name: 'signin', component: () => import('./server/ui').then((m) => m.SignInView), meta: { titleKey: 'server.nav.signin', server: 'page', bare: true } },
  { path: '/account', name: 'account', component: () => import('./server/ui').then((m) => m.SignInView), meta: { titleKey: 'server.nav.account', server: 'page' } },
  { path: '/:pathMatch(.*)*', redirect: (to) => ({ path: '/', query: to.query }) },
];

export interface MenuItem {
  name: string;
  path: string;
  titleKey: string;
  icon?: Component;
}

export function menuRoutes(): MenuItem[] {
  return routes
    .filter((r) => r.meta?.menu)
    .map((r) => ({ name: String(r.name), path: r.meta?.menuPath ?? r.path, titleKey: r.meta!.titleKey!, icon: r.meta?.icon }));
}

/**
 * The shell scrolls inside its main area, not the window: a page opened from the bottom of another
 * (a project from the overview's list) starts at its top. A change of query only (filters, focus,
 * as-of date) keeps the place.
 */
export function scrollShell(to: RouteLocationNormalized, from: RouteLocationNormalized): false {
  if (to.path !== from.path) document.querySelector('.app-shell__main')?.scrollTo?.({ top: 0 });
  return false;
}

export function createAppRouter(history: RouterHistory = createWebHashHistory()) {
  const router = createRouter({ history, routes, scrollBehavior: scrollShell });
  // Served by the team server (GET /api/health, asked once): its guard, loaded only then. Without
  // one, its pages do not exist.
  router.beforeEach(async (to) => {
    if (!(await serverMode())) return to.meta.server ? { path: '/', query: to.query } : true;
    const { serverGuard } = await import('./server/ui');
    return serverGuard(to, routes);
  });
  return router;
}
