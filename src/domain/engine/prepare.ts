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

const keyOf = (ind: Indicator) => `${ind.level1}\u0000${ind.level2}\u0000${ind.level3}\u0000${ind.targetH1}\u0000${ind.targetFY}\u0000${ind.model ?? ''}`;

export function prepareAll(indicators: Indicator[], settings: Settings): PreparedIndicator[] {
  const seen = new Map<string, PreparedIndicator>();
  const preps = new Array<PreparedIndicator>(indicators.length);
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    const key = keyOf(ind);
    const hit = seen.get(key);
    if (hit) preps[i] = { ...hit, indicator: ind };
    else seen.set(key, (preps[i] = prepareIndicator(ind, settings)));
  }
  return preps;
}
