// End-to-end tests: the built app (dist/, from `vite build`) served by `vite preview` and driven by
// Chromium through playwright-core. Run with `npm run test:e2e`; kept apart from the unit config
// (vite.config.ts) so unit runs never pick these up.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/globalSetup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll's default of 1 s is too little for a search's debounce plus a table redraw, or
    // the charts chunk, on a loaded 2-core machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
