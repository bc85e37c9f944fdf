import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  base: './',
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // jsdom has no layout, so ElForm's label-width="auto" measures NaN and says so on every mount:
    // known noise that would bury real warnings.
    onConsoleLog: (log) => !log.includes('[ElForm] unexpected width NaN'),
  },
});
