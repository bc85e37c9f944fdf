import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Engine } from '../../../src/domain/engine';
import { digitsKey } from '../../../src/domain/engine/spend';
import { differences } from './compare';
import { basis, date, handRolled, rules, seedData, settingsOf } from './arbitraries';
import { defaultSettings } from '../../../src/domain/settings';

// The engine compares spend dates as yyyymmdd numbers when every record of a project is written
// as digits (engine/spend.ts), and as text otherwise: both must count the records buildReport counts.

const ODD = ['2024-6-30', '2024/06/30', '2024-06-3 ', ' 2024-06-3', '２０２４-06-30', '', '2024-06-30T00', '2024-0a-30'];

describe('spend dates in the engine', () => {
  it('digitsKey orders as the text does, and refuses what is not 4+2+2 digits', () => {
    const digit = fc.constantFrom(...'0123456789');
    const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((a) => a.join(''));
    const iso = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
    fc.assert(fc.property(iso, iso, (a, b) => {
      expect(Math.sign(digitsKey(a) - digitsKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
    }));
    expect(digitsKey('2024-06-30')).toBe(20240630);
    for (const s of ODD) expect(digitsKey(s)).toBeNaN();
  });

  it('equals the reference when some spend dates are not written as digits (compared as text)', () => {
    const odd = handRolled.chain((data) => fc.array(fc.constantFrom(...ODD), { minLength: data.spend.length, maxLength: data.spend.length })
      .chain((odds) => fc.array(fc.boolean(), { minLength: odds.length, maxLength: odds.length }).map((pick) =>
        ({ ...data, spend: data.spend.map((s, k) => (pick[k] ? { ...s, date: odds[k] } : s)) }))));
    fc.assert(fc.property(odd, fc.array(date, { minLength: 1, maxLength: 3 }), rules, basis, (data, dates, ruleSet, b) => {
      const settings = settingsOf(ruleSet, b);
      const engine = new Engine(data, settings);
      for (const asOf of dates) expect(differences(engine.judge(asOf), data, asOf, settings)).toEqual([]);
    }), { numRuns: 300 });
  });

  it('a figure dated with a day the month lacks (2024-02-30) is judged but never 过期, as the reference marks it', () => {
    const i = seedData.indicators.findIndex((x) => x.targetFY === '≥90%');
    const ind = seedData.indicators[i];
    const data = { ...seedData, actuals: [{ projectId: ind.projectId, indicatorId: ind.id, date: '2024-02-30', value: '95%' }] };
    const settings = defaultSettings();
    const engine = new Engine(data, settings).judge('2024-09-30');
    expect([engine.actual(i), engine.stale(i)]).toEqual([95, false]);
    expect(differences(engine, data, '2024-09-30', settings)).toEqual([]);
  });
});
