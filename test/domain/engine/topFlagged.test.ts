import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { defaultSettings } from '../../../src/domain/settings';
import { loadFiles } from '../../../src/io/load';
import { buildReport } from '../../../src/domain/report';
import { worstFlagged } from '../../../src/domain/aggregate';
import { indicatorRows, worstFirst } from '../../../src/domain/rows';
import { Engine } from '../../../src/domain/engine';
import { synthesize } from '../../../scripts/gen/synthesize';

// The overview's 最需关注 list by partial selection (the engine's topFlagged and aggregate.worstFlagged)
// gives the rows, in the order, that sorting every flagged row gives: severity, then relative gap, ties in data order.
const seedData = loadFiles([{ name: 'projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;

describe('engine top flagged', () => {
  it('equals sorting every flagged row, for any limit, with and without a filter', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('2024-03-31', '2024-07-31', '2024-09-30'), fc.boolean(),
      (seed, limit, asOf, onlyFirstProject) => {
        const data = synthesize(seedData, 8, seed).data;
        const settings = defaultSettings();
        const report = buildReport(data, asOf, settings);
        const byId = new Map(data.indicators.map((i) => [i.id, i]));
        const first = data.projects[0].id;
        const judgements = onlyFirstProject ? report.judgements.filter((j) => j.projectId === first) : report.judgements;
        // The definition: every flagged row, sorted worst first (a stable sort keeps data order on ties).
        const flagged = judgements.filter((j) => j.status === 'warning' || j.status === 'behind');
        const expected = indicatorRows(data, { ...report, judgements: flagged }).sort(worstFirst).slice(0, limit).map((r) => r.indicatorId);
        expect(worstFlagged(data, byId, report, judgements, limit).map((r) => r.indicatorId)).toEqual(expected);
        const engine = new Engine(data, settings).judge(asOf);
        const keep = onlyFirstProject ? (i: number) => engine.columns.project[i] === 0 : undefined;
        expect(engine.topFlagged(limit, keep).map((i) => data.indicators[i].id)).toEqual(expected);
      }), { numRuns: 60 });
  });
});
