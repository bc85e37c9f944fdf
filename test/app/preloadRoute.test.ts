import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent } from 'vue';
import { preloadRoute } from '../../src/app/lib/preloadRoute';

const Direct = defineComponent({ name: 'Direct', render: () => null });

function setup() {
  const overview = vi.fn(() => Promise.resolve({ default: Direct }));
  const flagged = vi.fn(() => Promise.resolve({ default: Direct }));
  const failing = vi.fn(() => Promise.reject(new Error('chunk failed')));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: overview },
      { path: '/flagged', component: flagged },
      { path: '/direct', component: Direct },
      { path: '/broken', component: failing },
      { path: '/:pathMatch(.*)*', redirect: '/' },
    ],
  });
  return { router, overview, flagged, failing };
}

describe('preloadRoute', () => {
  it('starts loading the lazy view of the route the address names, and no other', () => {
    const { router, overview, flagged } = setup();
    preloadRoute(router, '/?asOf=2025-06-30');
    expect(overview).toHaveBeenCalledTimes(1);
    expect(flagged).not.toHaveBeenCalled();
  });

  it('leaves components given directly, unknown addresses and failing chunks alone (the router reports those)', async () => {
    const { router, overview, flagged, failing } = setup();
    expect(() => preloadRoute(router, '/direct')).not.toThrow();
    preloadRoute(router, '/nowhere');
    preloadRoute(router, '/broken');
    await Promise.resolve();
    expect(failing).toHaveBeenCalledTimes(1);
    expect(overview).not.toHaveBeenCalled();
    expect(flagged).not.toHaveBeenCalled();
  });
});
