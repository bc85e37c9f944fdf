import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actual, Dataset, Spend } from '../../../src/domain/types';
import { defaultSettings } from '../../../src/domain/settings';
import { Engine } from '../../../src/domain/engine';
import { followEdit } from '../../../src/domain/engine/follow';
import { synthesize } from '../../../scripts/gen/synthesize';
import { differences } from './compare';
import { seedData } from './arbitraries';

// The engine following an edited data set (a round's edit: a few actuals or spend records added,
// changed or removed anywhere in the arrays) equals the reference on the edited data, warnings and
// counts included; what it cannot follow it refuses, unchanged.

const VALUES = ['95%', '30%', '0次', '2轮', '达成', '未达成', '较高', '3小时', '', 'abc'];
const DATES = ['2024-03-31', '2024-06-30', '2024-07-31', '2024-09-30'];

const edit = fc.record({
  kind: fc.constantFrom('add', 'change', 'remove', 'spend-add', 'spend-change', 'spend-remove'),
  at: fc.nat(),
  value: fc.constantFrom(...VALUES),
  date: fc.constantFrom(...DATES),
  amount: fc.double({ min: 0, max: 200, noNaN: true }),
});

type Edit = { kind: string; at: number; value: string; date: string; amount: number };

function apply(d: Dataset, e: Edit): Dataset {
  const ind = d.indicators[e.at % d.indicators.length];
  const project = d.projects[e.at % d.projects.length];
  const insert = <T>(list: T[], item: T) => { const k = e.at % (list.length + 1); return [...list.slice(0, k), item, ...list.slice(k)]; };
  switch (e.kind) {
    case 'add': return { ...d, actuals: insert<Actual>(d.actuals, { projectId: ind.projectId, indicatorId: ind.id, date: e.date, value: e.value, reason: '资金拨付滞后' }) };
    case 'change': return d.actuals.length ? { ...d, actuals: d.actuals.map((a, k) => (k === e.at % d.actuals.length ? { ...a, value: e.value } : a)) } : d;
    case 'remove': return { ...d, actuals: d.actuals.filter((_, k) => k !== e.at % Math.max(1, d.actuals.length)) };
    case 'spend-add': return { ...d, spend: insert<Spend>(d.spend, { projectId: project.id, expense: null, date: e.date, amount: e.amount }) };
    case 'spend-change': return d.spend.length ? { ...d, spend: d.spend.map((s, k) => (k === e.at % d.spend.length ? { ...s, amount: e.amount } : s)) } : d;
    default: return { ...d, spend: d.spend.filter((_, k) => k !== e.at % Math.max(1, d.spend.length)) };
  }
}

describe('engine following edits', () => {
  it('a few actuals or spend records added, changed or removed anywhere: equal to the reference on the edited data, in and out of a round', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.constantFrom(...DATES), fc.constantFrom('default', 'pmkpi') as fc.Arbitrary<'default' | 'pmkpi'>,
      fc.option(fc.constantFrom('2024-01-01', '2024-06-01', '2024-07-01')),
      (seed, edits, asOf, ruleSet, start) => {
        let data = synthesize(seedData, 3, seed).data;
        const settings = defaultSettings(ruleSet);
        // Also as a monitoring round's report (the 填报 tab's), whose period starts before asOf.
        const opts = start !== null && start <= asOf ? { periodStart: start } : {};
        const engine = new Engine(data, settings).judge(asOf, opts);
        for (const e of edits) {
          const next = apply(data, e);
          expect(followEdit(engine, data, next)).toBe(true);
          data = next;
          expect(differences(engine, data, asOf, settings, false, opts)).toEqual([]);
        }
      }), { numRuns: 120 });
  });

  it('refuses, unchanged, what is not a few records: new indicators, too many changes, an engine not yet judged or built on other data', () => {
    const data = synthesize(seedData, 2, 5).data;
    const engine = new Engine(data, defaultSettings());
    expect(followEdit(engine, data, { ...data, actuals: [] })).toBe(false); // not judged yet
    engine.judge('2024-06-30');
    expect(followEdit(engine, data, { ...data, indicators: [...data.indicators] })).toBe(false);
    expect(followEdit(engine, { ...data }, data)).toBe(false);
    const many = { ...data, actuals: data.actuals.map((a) => ({ ...a })) };
    expect(data.actuals.length).toBeGreaterThan(64);
    expect(followEdit(engine, data, many)).toBe(false);
    expect(differences(engine, data, '2024-06-30', defaultSettings(), false)).toEqual([]);
    expect(followEdit(engine, data, data)).toBe(true);
  });
});
