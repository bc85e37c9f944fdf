// Status colours live in one place, src/app/styles/status.css: its fills are the charts' hues, and
// no component writes a status colour by hand or names a property that does not exist.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesColor, statusColor } from '../../src/charts/palette';
import { statusOrder } from '../../src/domain/labels';

const css = readFileSync('src/app/styles/status.css', 'utf8');
const defined = new Map([...css.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim().toLowerCase()]));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : /\.(vue|ts|css)$/.test(n) ? [join(dir, n)] : []));
const appFiles = files('src/app').filter((f) => !f.endsWith('status.css'));

describe('status colours', () => {
  it('fills are the chart palette hues, and every status has fill, text, background and border', () => {
    for (const s of statusOrder) {
      expect(defined.get(`--status-${s}`)).toBe(statusColor[s]);
      for (const part of ['text', 'bg', 'border']) expect(defined.get(`--status-${s}-${part}`)).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(defined.get('--time-progress')).toBe(seriesColor.timeProgress);
  });

  it('the status tag draws each status from the properties', () => {
    const tag = readFileSync('src/app/components/StatusTag.vue', 'utf8');
    for (const s of statusOrder)
      expect(tag).toContain(`.status-tag--${s} { color: var(--status-${s}-text); background: var(--status-${s}-bg); border-color: var(--status-${s}-border); }`);
  });

  it('no file of the app repeats a status colour value', () => {
    const values = [...new Set(defined.values())];
    const repeats = appFiles.flatMap((f) => {
      const text = readFileSync(f, 'utf8').toLowerCase();
      return values.filter((v) => text.includes(v)).map((v) => `${f}: ${v}`);
    });
    expect(repeats).toEqual([]);
  });

  it('every status property the app uses is defined', () => {
    const used = new Set(appFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/var\((--(?:status|time-progress)[\w-]*)\)/g)].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((v) => !defined.has(v))).toEqual([]);
  });
});
