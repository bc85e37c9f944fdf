import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/**
 * `virtual:bundled-sample`: the bundled 示例数据 loaded at build time — the LoadResult of io/load on
 * the sample's files (src/app/lib/bundledFiles), as the app would get parsing them at startup. An
 * empty app opening on the sample applies it at once (app/lib/bundled): no parse on the first
 * screen, and the loaders (io/loadCore, 22 kB gzip) not in it.
 */
function bundledSample(): Plugin {
  const id = 'virtual:bundled-sample';
  // The app's modules through Vite's module runner, not imported here: this file is bundled on its
  // own, where src's extensionless imports would each be warned about.
  const load = <T>(path: string) => runnerImport<T>(resolve(path), { configFile: false, logLevel: 'silent' }).then((r) => r.module);
  return {
    name: 'bundled-sample',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(source) {
      if (source !== `\0${id}`) return undefined;
      const { BUNDLED_FILES } = await load<typeof import('./src/app/lib/bundledFiles')>('src/app/lib/bundledFiles.ts');
      const io = await load<typeof import('./src/io/load')>('src/io/load.ts');
      const paths = BUNDLED_FILES.map((name) => resolve('data', name));
      for (const p of paths) this.addWatchFile(p);
      const result = io.loadFiles(BUNDLED_FILES.map((name, i) => ({ name, content: new Uint8Array(readFileSync(paths[i])) })));
      // JSON.parse of a string literal: quicker for the browser than an object literal of this size.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(result))});`;
    },
  };
}

export default defineConfig({
  plugins: [vue(), bundledSample()],
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
