// src/domain is shared by the CLI, the app and the tests: it must not depend on Vue, the DOM or
// Node. src/io and src/charts run in the browser too, so they must not import Node either.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const imports = (path: string) => [...readFileSync(path, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
const FRAMEWORK = /^(vue|pinia|vue-router|vue-i18n|element-plus|@element-plus\/|echarts|vue-echarts|@vueuse\/|pptxgenjs|papaparse)/;
const NODE = /^(node:|fs$|path$|os$|url$|child_process$)/;
/** DOM and browser globals, as used in code (not in comments or strings about them). */
const DOM = /\b(window|document|localStorage|sessionStorage|navigator|HTMLElement|XMLHttpRequest|fetch)\s*[.(]/;

describe('layer purity', () => {
  it('src/domain imports nothing but itself: no Vue, no libraries bound to the DOM, no node:*', () => {
    const bad = files('src/domain').flatMap((f) => imports(f).filter((i) => !i.startsWith('.') || FRAMEWORK.test(i) || NODE.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });

  it('src/domain uses no DOM or browser globals', () => {
    const bad = files('src/domain').flatMap((f) =>
      readFileSync(f, 'utf8').split('\n').map((line, n) => [line.replace(/\/\/.*$/, ''), n] as const)
        .filter(([code]) => DOM.test(code)).map(([, n]) => `${f}:${n + 1}`));
    expect(bad).toEqual([]);
  });

  it('src/io, src/charts and src/present run in the browser: no node:* imports', () => {
    const bad = ['src/io', 'src/charts', 'src/present'].flatMap(files).flatMap((f) => imports(f).filter((i) => NODE.test(i)).map((i) => `${f}: ${i}`));
    expect(bad).toEqual([]);
  });

  it('the check itself sees a forbidden import', () => {
    expect(FRAMEWORK.test('vue') && NODE.test('node:fs') && DOM.test('document.title')).toBe(true);
  });
});
