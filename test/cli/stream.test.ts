import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { Engine } from '../../src/domain/engine';
import { formatCsv, formatJson } from '../../src/cli/format';
import { engineSource, streamCsv, streamJson } from '../../src/cli/stream';
import { synthesize } from '../../scripts/gen/synthesize';

// report --format json|csv streams from the engine: the same bytes as the whole report formatted at
// once, written in pieces of about 64 kB (never one string of the whole output).
const seed = loadFiles([{ name: 'projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;

describe('streamed CLI reports', () => {
  for (const ruleSet of ['default', 'pmkpi'] as const)
    it(`equal the whole report's JSON and CSV (${ruleSet}), in pieces`, () => {
      const data = synthesize(seed, 60, 5).data;
      const settings = defaultSettings(ruleSet);
      const report = buildReport(data, '2024-07-31', settings);
      const engine = new Engine(data, settings).judge('2024-07-31');
      const source = engineSource(data, engine, ruleSet, engine.warnings());
      const json: string[] = [];
      streamJson(source, (s) => json.push(s));
      expect(json.join('')).toBe(formatJson(data, report));
      expect(json.length).toBeGreaterThan(3);
      expect(Math.max(...json.map((s) => s.length))).toBeLessThan(80_000);
      const csv: string[] = [];
      streamCsv(source, (s) => csv.push(s));
      expect(csv.join('')).toBe(formatCsv(data, report));
      expect(csv.length).toBeGreaterThan(1);
    });

  it('writes empty arrays as JSON.stringify does', () => {
    const data = { projects: [], indicators: [], actuals: [], spend: [] };
    const engine = new Engine(data, defaultSettings()).judge('2024-06-30');
    const out: string[] = [];
    streamJson(engineSource(data, engine, 'default', []), (s) => out.push(s));
    expect(out.join('')).toBe(JSON.stringify({ asOf: '2024-06-30', ruleSet: 'default', indicators: [], projects: [], warnings: [] }, null, 2) + '\n');
  });
});
