import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Actual, Dataset, Spend } from '../../../src/domain/types';
import { defaultSettings } from '../../../src/domain/settings';
import { loadFiles } from '../../../src/io/load';
import { Engine } from '../../../src/domain/engine';
import { synthesize } from '../../../scripts/gen/synthesize';
import { differences } from './compare';

// A round's edit re-judges one indicator (or one project's 预算执行率 rows after a spend change):
// the engine after the edit must equal the reference on the edited data set, counts included.

const seedData = loadFiles([{ name: 'projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
const VALUES = ['95%', '30%', '0次', '2轮', '达成', '未达成', '较高', '3小时', '120分钟'];
const DATES = ['2024-03-31', '2024-06-30', '2024-07-31', '2024-09-30'];

describe('engine edits', () => {
  it('a changed actual or spend record gives what a full reference judgement of the edited data gives', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.nat(500), fc.constantFrom(...DATES), fc.constantFrom('default', 'pmkpi') as fc.Arbitrary<'default' | 'pmkpi'>,
      fc.array(fc.record({ date: fc.constantFrom(...DATES), value: fc.constantFrom(...VALUES) }), { maxLength: 3 }),
      fc.option(fc.double({ min: 0, max: 200, noNaN: true })),
      (seed, pick, asOf, ruleSet, values, spent) => {
        const data = synthesize(seedData, 3, seed).data;
        const settings = defaultSettings(ruleSet);
        const engine = new Engine(data, settings).judge(asOf);
        // Prefer a 预算执行率 row now and then: it is the one whose edit moves the project's rate.
        const budgetRows = data.indicators.filter((i) => /执行率/.test(i.level3));
        const ind = pick % 3 === 0 && budgetRows.length ? budgetRows[pick % budgetRows.length] : data.indicators[pick % data.indicators.length];
        const actuals: Actual[] = values.map((v) => ({ projectId: ind.projectId, indicatorId: ind.id, ...v }));
        let edited: Dataset = { ...data, actuals: [...data.actuals.filter((a) => a.indicatorId !== ind.id), ...actuals] };
        engine.setActuals(ind.id, actuals);
        expect(differences(engine, edited, asOf, settings, false)).toEqual([]);
        if (spent !== null) {
          const project = data.projects.find((p) => p.id === ind.projectId)!;
          const spend: Spend[] = [{ projectId: project.id, expense: null, date: '2024-06-30', amount: spent }];
          edited = { ...edited, spend: [...edited.spend.filter((s) => s.projectId !== project.id), ...spend] };
          engine.setSpend(project.id, spend);
          expect(differences(engine, edited, asOf, settings, false)).toEqual([]);
        }
        // What the engine keeps from the data (readings, each project's latest spend) follows the edit to any other date.
        const other = DATES[(DATES.indexOf(asOf) + 1 + pick) % DATES.length];
        expect(differences(engine.judge(other), edited, other, settings, false)).toEqual([]);
      }), { numRuns: 150 });
  });
});
