// @vitest-environment jsdom
// The router's scroll rule: the shell scrolls inside .app-shell__main, so a new page must reset that
// element (a project opened from the bottom of the overview used to open scrolled to its bottom),
// while a change of query only (filters, focus, as-of date) keeps the reader's place.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { createAppRouter } from '../../src/app/router';

function shellMain() {
  const main = document.createElement('main');
  main.className = 'app-shell__main';
  const scrollTo = vi.fn();
  main.scrollTo = scrollTo as unknown as typeof main.scrollTo;
  document.body.appendChild(main);
  return scrollTo;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('router scroll', () => {
  it('scrolls the shell to the top when the page changes, not when only the query does', async () => {
    const scrollTo = shellMain();
    const router = createAppRouter(createMemoryHistory());
    await router.push('/?asOf=2024-06-30');
    await router.isReady();
    scrollTo.mockClear();

    await router.push('/project/p-fea16ad3?asOf=2024-06-30');
    await vi.waitFor(() => expect(scrollTo).toHaveBeenCalledWith({ top: 0 }));
    scrollTo.mockClear();

    await router.push('/project/p-fea16ad3?asOf=2024-06-30&ind=i-1');
    await router.push('/project/p-fea16ad3?asOf=2024-09-30&ind=i-1&only=flagged');
    await new Promise((r) => setTimeout(r, 20));
    expect(scrollTo).not.toHaveBeenCalled();

    await router.push('/flagged?asOf=2024-09-30');
    await vi.waitFor(() => expect(scrollTo).toHaveBeenCalledTimes(1));
  });
});
