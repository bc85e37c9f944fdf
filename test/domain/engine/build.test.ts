import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actual, Dataset, Indicator } from '../../../src/domain/types';
import { byDate } from '../../../src/domain/calendar';
import { prepareIndicator } from '../../../src/domain/judge/evaluate';
import { Engine } from '../../../src/domain/engine';
import { actualRuns, IndicatorIds } from '../../../src/domain/engine/actualRuns';
import { PREPARE_FIELDS, prepareAll } from '../../../src/domain/engine/prepare';
import { synthesize } from '../../../scripts/gen/synthesize';
import { differences } from './compare';
import { basis, date, handRolled, rules, seedData, settingsOf, TARGETS } from './arbitraries';

// The shortcuts of the engine's build, each against the plain way: actuals matched to indicators by
// their order (then by id), prepareIndicator asked once per combination of the fields it reads,
// readings memoised per schedule — on data sets whose actuals are out of order, name unknown
// indicators, or whose indicator ids repeat.

/** Each indicator's actuals as buildReport groups them: by id, blank values left out, stable by date. */
const plainRuns = (data: Dataset) => data.indicators.map((ind) => data.actuals.filter((a) => a.indicatorId === ind.id && a.value !== '').sort(byDate));

/** Reorders, duplicates and misnames: actuals shuffled by `order`, some indicator ids repeated, some actuals of no indicator. */
const scrambled = (data: Dataset, order: number[], repeat: number[], stray: number[]): Dataset => {
  const indicators: Indicator[] = data.indicators.map((ind, k) => (repeat.includes(k) && k > 0 ? { ...ind, id: data.indicators[k - 1].id } : ind));
  const moved = order.map((k) => data.actuals[k % Math.max(1, data.actuals.length)]).filter(Boolean);
  const strays: Actual[] = stray.map((k) => ({ ...data.actuals[k % Math.max(1, data.actuals.length)], indicatorId: `missing-${k}` })).filter((a) => a.value !== undefined);
  return { ...data, indicators, actuals: [...data.actuals, ...moved, ...strays] };
};

const mess = fc.tuple(fc.array(fc.nat(), { maxLength: 12 }), fc.array(fc.nat(8), { maxLength: 3 }), fc.array(fc.nat(), { maxLength: 4 }));

describe('engine build', () => {
  it('groups each indicator\'s actuals as the plain filter and sort do, in any order, with repeated and unknown ids', () => {
    fc.assert(fc.property(handRolled, mess, (data, [order, repeat, stray]) => {
      const d = scrambled(data, order, repeat, stray);
      const ids = new IndicatorIds(d.indicators);
      const { order: o, runStart } = actualRuns(d, ids);
      const mine = d.indicators.map((_, i) => [...o.slice(runStart[ids.firstOf[i]], runStart[ids.firstOf[i] + 1])].map((k) => d.actuals[k]));
      expect(mine).toEqual(plainRuns(d));
      const index = new Map(d.indicators.map((ind, i) => [ind.id, i]));
      expect(ids.size).toBe(index.size);
      for (const a of d.actuals) expect(ids.find(a.indicatorId)).toBe(index.get(a.indicatorId) ?? -1);
      for (const [id, i] of index) expect(ids.find(id)).toBe(i);
    }), { numRuns: 300 });
  });

  it('finds every id among many, colliding in the table', () => {
    const rows = Array.from({ length: 5000 }, (_, k) => ({ id: k % 7 === 3 ? `id-${k - 1}` : `id-${k}` }));
    const ids = new IndicatorIds(rows);
    const index = new Map(rows.map((r, i) => [r.id, i]));
    expect(ids.size).toBe(index.size);
    for (const [id, i] of index) expect(ids.find(id)).toBe(i);
    expect(ids.find('id-5000')).toBe(-1);
    expect(ids.find('')).toBe(-1);
    rows.forEach((r, i) => expect(ids.firstOf[i]).toBe(rows.findIndex((x) => x.id === r.id)));
  });

  it('equals the reference on scrambled data sets (actuals out of order, repeated indicator ids, actuals of no indicator)', () => {
    fc.assert(fc.property(handRolled, mess, fc.array(date, { minLength: 1, maxLength: 2 }), rules, basis, (data, [order, repeat, stray], dates, ruleSet, b) => {
      const d = scrambled(data, order, repeat, stray);
      const settings = settingsOf(ruleSet, b);
      const engine = new Engine(d, settings);
      for (const asOf of dates) expect(differences(engine.judge(asOf), d, asOf, settings)).toEqual([]);
    }), { numRuns: 200 });
    const data = synthesize(seedData, 3, 7).data;
    const d = scrambled(data, [...data.actuals.keys()].reverse(), [2, 5], [1, 2]);
    const settings = settingsOf('pmkpi', 'day');
    expect(differences(new Engine(d, settings).judge('2024-09-30'), d, '2024-09-30', settings)).toEqual([]);
  });

  it('prepares each indicator as prepareIndicator does, which reads no field but those the shortcut keys on', () => {
    const field = fc.constantFrom('产出指标', '效益指标', '满意度指标', '数量指标', '预算执行率', '满意度', '投诉次数', '资金到位率', '');
    const indicator = fc.record({ level1: field, level2: field, level3: field, targetH1: fc.constantFrom(...TARGETS), targetFY: fc.constantFrom(...TARGETS),
      model: fc.constantFrom(undefined, 'cumulative', 'level') as fc.Arbitrary<Indicator['model']> });
    // Rows that differ from a few base rows in one field each: the shortcut must tell them apart.
    const variant = fc.record({ base: fc.nat(2), field: fc.constantFrom(...PREPARE_FIELDS), other: indicator });
    fc.assert(fc.property(fc.array(indicator, { minLength: 3, maxLength: 3 }), fc.array(variant, { minLength: 1, maxLength: 20 }), rules, (bases, variants, ruleSet) => {
      const rows = variants.map((v) => ({ ...bases[v.base], [v.field]: v.other[v.field] }));
      const indicators: Indicator[] = rows.map((r, k) => ({ id: `i${k}`, projectId: 'p', ...r }));
      const settings = settingsOf(ruleSet, 'day');
      const preps = prepareAll(indicators, settings);
      indicators.forEach((ind, i) => {
        expect(preps[i]).toEqual(prepareIndicator(ind, settings));
        expect(preps[i].indicator).toBe(ind);
        const read = new Set<string | symbol>();
        prepareIndicator(new Proxy(ind, { get: (t, k) => { read.add(k); return Reflect.get(t, k); } }), settings);
        expect([...read].filter((k) => !(PREPARE_FIELDS as readonly (string | symbol)[]).includes(k))).toEqual([]);
      });
    }), { numRuns: 200 });
  });
});
