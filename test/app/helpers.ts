// Shared setup for component tests: fresh Pinia, i18n and (memory-history) router per test.
import { afterEach, beforeEach, vi } from 'vitest';
import type { VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { createMemoryHistory } from 'vue-router';
import { createAppI18n, type Language } from '../../src/app/i18n';
import { createAppRouter } from '../../src/app/router';
import { memoryBackend, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import { resetServerMode } from '../../src/app/server/detect';

// jsdom has no scrollTo; the router's scrollBehavior calls it on navigation.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

export function appPlugins(locale: Language = 'zh-CN') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const i18n = createAppI18n(locale);
  const router = createAppRouter(createMemoryHistory());
  return { pinia, i18n, router, plugins: [pinia, i18n, router] };
}

/** Waits for promises, timers of popovers and Vue's re-render. */
export const settle = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/**
 * Per test: saved data kept in memory (restored afterwards), and the test's mounted component
 * (`current()`) unmounted with whatever it attached to the page.
 */
export function inMemoryMounts(current: () => VueWrapper | undefined) {
  let prev: SavedDataBackend;
  beforeEach(() => {
    prev = setSavedDataBackend(memoryBackend());
  });
  afterEach(() => {
    current()?.unmount();
    setSavedDataBackend(prev);
    document.body.innerHTML = '';
  });
}

/**
 * Per test: the app on a fake team server — `server` answers every fetch — with server mode
 * detected afresh before and forgotten after.
 */
export function fakeTeamServer(server: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  beforeEach(() => {
    resetServerMode();
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => server(url, init)));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    resetServerMode();
  });
}
