import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings } from '../../../src/domain/settings';
import { Engine } from '../../../src/domain/engine';
import { synthesize } from '../../../scripts/gen/synthesize';
import { differences } from './compare';
import { basis, date, handRolled, rules, seedData, settingsOf } from './arbitraries';

// The columnar engine against the reference evaluator (buildReport): generated province data sets
// (scripts/gen, any seed) and hand-rolled ones with arbitrary target and actual texts, at any date of
// three years, under both rule sets and both 序时进度 bases.

describe('engine = reference evaluator', () => {
  it('on generated province data sets, at any dates, both rule sets and bases', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 6 }), fc.array(date, { minLength: 1, maxLength: 3 }), rules, basis,
      (seed, n, dates, ruleSet, b) => {
        const data = synthesize(seedData, n, seed).data;
        const settings = settingsOf(ruleSet, b);
        const engine = new Engine(data, settings);
        for (const asOf of dates) expect(differences(engine.judge(asOf), data, asOf, settings)).toEqual([]);
      }), { numRuns: 40 });
  });

  it('on arbitrary targets and actuals (years around the date, spend, mixed spellings of one department)', () => {
    fc.assert(fc.property(handRolled, fc.array(date, { minLength: 1, maxLength: 3 }), rules, basis, (data, dates, ruleSet, b) => {
      const settings = settingsOf(ruleSet, b);
      const engine = new Engine(data, settings);
      for (const asOf of dates) expect(differences(engine.judge(asOf), data, asOf, settings)).toEqual([]);
    }), { numRuns: 400 });
  });

  it('as a monitoring round\'s report (periodStart): figures from before the period are the previous round\'s', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 4 }), date, date, rules, (seed, n, a, b, ruleSet) => {
      const [periodStart, asOf] = a <= b ? [a, b] : [b, a];
      const data = synthesize(seedData, n, seed).data;
      const settings = settingsOf(ruleSet, 'day');
      const engine = new Engine(data, settings).judge(asOf, { periodStart });
      expect(differences(engine, data, asOf, settings, true, { periodStart })).toEqual([]);
      // The same engine judged again outside the round gives the ordinary report.
      expect(differences(engine.judge(asOf), data, asOf, settings, false)).toEqual([]);
    }), { numRuns: 30 });
    fc.assert(fc.property(handRolled, date, date, rules, basis, (data, a, b, ruleSet, bs) => {
      const settings = settingsOf(ruleSet, bs);
      const engine = new Engine(data, settings).judge(b, { periodStart: a });
      expect(differences(engine, data, b, settings, true, { periodStart: a })).toEqual([]);
    }), { numRuns: 200 });
  });

  it('refuses a date that is not one, as buildReport does', () => {
    const data = synthesize(seedData, 1, 1).data;
    expect(() => new Engine(data, defaultSettings()).judge('2024-02-30')).toThrow('日期“2024-02-30”不是有效的 YYYY-MM-DD 日期');
  });
});
