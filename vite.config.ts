import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  base: './',
  resolve: {
    // vue-i18n without its message compiler (and self-contained, so the full @intlify packages stay
    // out): ~5 kB gzip off the first screen. src/app/i18n/compile.ts compiles our messages.
    alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.esm-browser.prod.js' }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // jsdom has no layout, so ElForm's label-width="auto" measures NaN and says so on every mount:
    // known noise that would bury real warnings.
    onConsoleLog: (log) => !log.includes('[ElForm] unexpected width NaN'),
  },
});
