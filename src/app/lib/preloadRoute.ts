// Starts downloading the lazily loaded view(s) of a route before the router gets to them. The
// router loads a view only after its guards have run, and the first navigation's guard waits for
// the server-mode probe (GET /api/health): a round trip that the first screen need not wait for.
// Calling the loader here only starts the import; the router's own call then finds the module.
import type { RouteComponent, Router } from 'vue-router';

type Lazy = () => Promise<unknown>;

/** A lazy view (`() => import(…)`), as opposed to a component given directly (an object, or a functional component). */
const isLazy = (c: unknown): c is Lazy =>
  typeof c === 'function' && !('displayName' in c) && !('props' in c) && !('__vccOpts' in c);

export function preloadRoute(router: Router, path: string): void {
  let matched;
  try {
    matched = router.resolve(path).matched;
  } catch {
    return; // a malformed address: the router says so when it navigates
  }
  for (const record of matched) {
    for (const view of Object.values(record.components ?? {}) as (RouteComponent | Lazy)[]) {
      if (isLazy(view)) view().catch(() => undefined); // a failure shows when the router loads it
    }
  }
}
