import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ReadableActuals } from '../../src/io/checkActuals';
import { indexDataset } from '../../src/domain/resolve';
import type { Actual, Indicator, Problem } from '../../src/domain/types';

// Loading prepares each indicator wording once and shares it between indicators written the same
// way, and reads each value of a wording in a half once: the rows kept and the problems said are
// those of preparing every indicator afresh (a new checker per row, the reference), whatever the
// mix of wordings, values and dates.
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
// Few choices per field, so that wordings differing in one field only (the memo must tell them apart) are common.
const wording = fc.record({
  level1: pick('产出指标', '满意度指标'),
  level2: pick('数量指标', '服务对象满意度'),
  level3: pick('满意度', '预算执行率', '投诉下降率'),
  targetH1: pick('≥2轮', '50%', '≤30天', ''),
  targetFY: pick('≥90%', '≥4轮', '达成'),
  model: pick(undefined, 'level' as const, 'cumulative' as const),
});
const row = fc.record({
  wording: fc.nat(40),
  value: pick('95%', '120%', '1500%', '-3', '3小时', 'abc', '达成', '部分达成', '', '4轮', '0.9', '较高', '25天', '100'),
  date: pick('2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31'),
});

describe('ReadableActuals', () => {
  it('keeps and says what preparing every indicator afresh keeps and says (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(wording, { minLength: 1, maxLength: 12 }), fc.array(row, { maxLength: 40 }), (wordings, rows) => {
        const indicators: Indicator[] = wordings.map((w, k) => {
          const i: Indicator = { id: `i${k}`, projectId: 'p1', level1: w.level1, level2: w.level2, level3: w.level3, targetH1: w.targetH1, targetFY: w.targetFY };
          if (w.model) i.model = w.model;
          return i;
        });
        const ix = indexDataset({ projects: [], indicators });
        const actuals: Actual[] = rows.map((r, n) => ({
          projectId: 'p1', indicatorId: `i${r.wording % indicators.length}`, date: r.date, value: r.value, source: { file: 'a.csv', row: n + 2 },
        }));
        const found: Problem[] = [];
        const check = new ReadableActuals(ix, found);
        const kept = actuals.map((a) => check.readable(a));
        const expected: Problem[] = [];
        const keptAfresh = actuals.map((a) => new ReadableActuals(ix, expected).readable(a));
        expect(kept).toEqual(keptAfresh);
        expect(found).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});
