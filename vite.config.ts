import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin, type Rollup } from 'vite';

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

/**
 * The overview's chunks, the sample and ECharts start downloading while the HTML is parsed: without
 * this, the route's chunk is asked for only once the entry and its ~30 imports have loaded and run
 * (0.5–0.7 s after navigation, measured), and ECharts only once that chunk has run. A modulepreload
 * fetches one module, not its imports, so each chunk of the closure is listed, less what the entry
 * loads itself. Only for the overview (an empty hash or `#/`), and the sample only without ?data=.
 */
function preloadFirstView(): Plugin {
  const closure = (bundle: Rollup.OutputBundle, roots: string[]) => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const chunk = bundle[stack.pop()!];
      if (chunk?.type !== 'chunk' || seen.has(chunk.fileName)) continue;
      seen.add(chunk.fileName);
      stack.push(...chunk.imports);
    }
    return seen;
  };
  return {
    name: 'preload-first-view',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return undefined;
        const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
        const named = (end: string) => chunks.filter((c) => c.facadeModuleId?.endsWith(end)).map((c) => c.fileName);
        const entry = closure(bundle, chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        // Each chunk with the stylesheets it brings (Vite's preload helper adds those when the chunk is imported).
        const list = (roots: string[]) => [...closure(bundle, roots)].filter((f) => !entry.has(f))
          .flatMap((f) => [f, ...((bundle[f] as Rollup.OutputChunk).viteMetadata?.importedCss ?? [])]).map((f) => `./${f}`);
        const view = list([...named('/src/app/views/OverviewView.vue'), ...named('/src/app/components/overview/OverviewCharts.vue')]);
        const sample = list(named('\0virtual:bundled-sample'));
        const code = `(function(){var h=location.hash.slice(1).split('?'),q=new URLSearchParams(h[1]),d=q.get('data')||new URLSearchParams(location.search).get('data');if(h[0]&&h[0]!=='/')return;`
          + `var l=${JSON.stringify(view)};if(!d)l=l.concat(${JSON.stringify(sample)});`
          + `l.forEach(function(u){var e=document.createElement('link'),c=/\\.css$/.test(u);e.rel=c?'preload':'modulepreload';if(c)e.as='style';e.href=u;document.head.appendChild(e);});})();`;
        // After <meta charset> (it must stay within the first 1,024 bytes), before the stylesheet (an
        // inline script after one waits for it to load).
        return html.replace('<script type="module"', `<script>${code}</script>\n    <script type="module"`);
      },
    },
  };
}

export default defineConfig({
  plugins: [vue(), bundledSample(), preloadFirstView()],
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
