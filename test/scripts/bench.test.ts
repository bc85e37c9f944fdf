import { describe, expect, it } from 'vitest';
import { generate } from '../../scripts/gen';
import { domainBench } from '../../scripts/bench/domain';
import { loadFiles } from '../../src/io/load';

// The CI-sized benchmark (300 projects): the generator is deterministic and realistic (its files
// load without a problem, with a province's proportions), and the engine's re-judge beats the
// reference by a wide margin. Ratios and counts only: this machine's absolute times are noise.

describe('npm run gen / npm run bench at 300 projects', () => {
  const gen = generate(300, 7);

  it('writes the same bytes for the same seed and different ones for another', () => {
    const again = generate(300, 7);
    expect(again.files).toEqual(gen.files);
    expect(generate(300, 8).files.actuals).not.toEqual(gen.files.actuals);
  });

  it('writes CSV, JSON and raw tables that load without a problem, with ~30 indicators, ~2 actuals and ~7 spend records a project', () => {
    const csv = loadFiles((['projects', 'actuals', 'spend'] as const).map((k) => ({ name: `${k}.csv`, content: gen.files[k] })));
    expect(csv.problems).toEqual([]);
    expect(csv.dataset.projects).toHaveLength(300);
    expect(csv.dataset.indicators).toHaveLength(gen.data.indicators.length);
    expect(csv.dataset.actuals).toHaveLength(gen.data.actuals.length);
    expect(csv.dataset.indicators.length / 300).toBeGreaterThan(25);
    expect(csv.dataset.indicators.length / 300).toBeLessThan(35);
    expect(csv.dataset.actuals.length / csv.dataset.indicators.length).toBeGreaterThan(1.8);
    expect(csv.dataset.spend.length / 300).toBeGreaterThan(5);
    const json = loadFiles([{ name: 'dataset.json', content: gen.files.json }]);
    expect(json.problems).toEqual([]);
    expect(json.dataset.actuals).toHaveLength(gen.data.actuals.length);
    const tables = loadFiles([{ name: 'tables.txt', content: gen.files.tables }]);
    expect(tables.problems).toEqual([]);
    expect(tables.dataset.projects.map((p) => p.name)).toEqual(gen.data.projects.map((p) => p.name));
    // Variety: several departments and their own units, a few projects of another year, unreadable targets.
    expect(new Set(gen.data.projects.map((p) => p.department)).size).toBeGreaterThan(30);
    expect(gen.data.projects.some((p) => p.year === 2023)).toBe(true);
    expect(gen.data.indicators.some((i) => i.targetFY === '详见实施方案')).toBe(true);
  });

  it('prints every figure, and the engine re-judges many times faster than the reference builds a report', () => {
    const f = domainBench(gen, 1);
    expect(f.projects).toBe(300);
    expect(f.indicators).toBe(gen.data.indicators.length);
    expect(f.csvBytes).toBe(['projects', 'actuals', 'spend'].reduce((n, k) => n + Buffer.byteLength(gen.files[k as 'projects']), 0));
    expect(f.tableProjects).toBe(300);
    for (const k of ['papaparseMs', 'ingestMs', 'judgeMs', 'rejudgeMs', 'referenceJudgeMs', 'tableImportMs'] as const) expect(f[k]).toBeGreaterThanOrEqual(0);
    expect(f.referenceJudgeMs / Math.max(1, f.rejudgeMs)).toBeGreaterThan(3);
  });
});
