// No import cycles in src/ (the guide's standard), type-only imports included: a cycle of types
// still ties two files' changes together (judge/evaluate ↔ judge/explain was one).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(path) ? [path] : [];
  });
}

const SPEC = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Relative imports of a file, resolved to files (x → x.ts, x.vue, x/index.ts). */
function edges(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(SPEC)].map((m) => {
    const base = resolve(dirname(file), m[1] ?? m[2]);
    return [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
  }).filter((p): p is string => !!p);
}

/** Every cycle found by a depth-first search, each as the files around it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string) => {
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      if (state.get(m) === 'open') found.push(stack.slice(stack.indexOf(m)));
      else if (!state.has(m)) visit(m);
    }
    stack.pop();
    state.set(n, 'done');
  };
  for (const n of graph.keys()) if (!state.has(n)) visit(n);
  return found;
}

describe('import graph', () => {
  it('src/ has no import cycle', () => {
    const all = files(resolve('src'));
    const graph = new Map(all.map((f) => [f, edges(f)]));
    expect(cycles(graph).map((c) => c.map((f) => f.slice(resolve('.').length + 1)).join(' → '))).toEqual([]);
  });

  it('the search sees a cycle, type-only imports included', () => {
    expect(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect([...'import type { X } from \'./evaluate\';'.matchAll(SPEC)].map((m) => m[1])).toEqual(['./evaluate']);
  });
});
