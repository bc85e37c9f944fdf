// Every indicator prepared by the reference prepareIndicator, asked once per distinct combination of
// the fields it reads: a province repeats a few hundred combinations (the same 三级指标 with the
// same targets in every project) over hundreds of thousands of rows. Each row still gets its own
// PreparedIndicator (its own `indicator`); the parsed targets are shared, as targetOf shares them.
// test/domain/engine/prepare.test.ts checks that prepareIndicator reads no other field.
import type { Indicator } from '../types';
import type { Settings } from '../settings';
import { prepareIndicator, type PreparedIndicator } from '../judge/evaluate';

/** The indicator fields prepareIndicator decides from (model, direction, targets, budget execution). */
export const PREPARE_FIELDS = ['level1', 'level2', 'level3', 'targetH1', 'targetFY', 'model'] as const;

/** Nested maps, one level per field: no key string built per row. */
type Level = Map<string, Level | PreparedIndicator>;

export function prepareAll(indicators: Indicator[], settings: Settings): PreparedIndicator[] {
  const root: Level = new Map();
  const preps = new Array<PreparedIndicator>(indicators.length);
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    let level = root;
    for (let f = 0; f < PREPARE_FIELDS.length - 1; f++) {
      const key = String(ind[PREPARE_FIELDS[f]]);
      let next = level.get(key) as Level | undefined;
      if (!next) level.set(key, (next = new Map()));
      level = next;
    }
    const last = String(ind.model ?? '');
    const hit = level.get(last) as PreparedIndicator | undefined;
    if (hit) preps[i] = { ...hit, indicator: ind };
    else level.set(last, (preps[i] = prepareIndicator(ind, settings)));
  }
  return preps;
}
