// The canonical JSON reader takes well-formed actuals, spend and indicators directly (io/jsonPlain);
// every record goes through the general reading when asked (readCanonicalJson(…, false)), the
// reference. On generated province-like data, whole or with records spoiled in every way the
// general reading says something about, both give the same records (same fields, same key order)
// and the same problems in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCanonicalJson } from '../../src/io/json';
import { plainActual, plainIndicator, plainSpend } from '../../src/io/jsonPlain';
import { generate } from '../../scripts/gen';

const base = JSON.parse(generate(6, 5).files.json) as { projects: { indicators: Record<string, unknown>[] }[]; actuals: Record<string, unknown>[]; spend: Record<string, unknown>[] };
const indicators = base.projects.flatMap((p, k) => p.indicators.map((_, i) => [k, i] as const));

const KEYS = ['id', 'projectId', 'indicatorId', 'level1', 'level2', 'level3', 'targetH1', 'targetFY', 'model', 'weight', 'date', 'value', 'amount', 'expense', 'reason', 'note', 'likelihood', 'attachments', 'extra'];
const VALUES: unknown[] = [undefined, null, '', 0, 12.5, -3, 'abc', '2024/6/30', '2024-02-30', '2023-06-30', '2024-06-30 25:99', true, [], {}, 'cumulative', 'level', 'xx', '达成', '1,325.06', [{ id: 'a1', name: '照片.jpg' }], [{ id: 1 }]];

/** One spoil: a field of the nth actual, spend record or indicator set to a value (undefined: deleted), or the record replaced. */
const spoil = fc.record({
  where: fc.constantFrom('actuals', 'spend', 'indicators'),
  n: fc.nat(),
  key: fc.constantFrom(...KEYS),
  value: fc.constantFrom(...VALUES),
  whole: fc.constantFrom(false, false, false, false, 3, null, 'x', 'copy'),
});

interface Spoil { where: string; n: number; key: string; value: unknown; whole: unknown }

function spoiled(spoils: Spoil[]): string {
  const data = structuredClone(base) as typeof base;
  for (const s of spoils) {
    const list: unknown[] =
      s.where === 'indicators' ? data.projects[indicators[s.n % indicators.length][0]].indicators : s.where === 'actuals' ? data.actuals : data.spend;
    const at = s.where === 'indicators' ? indicators[s.n % indicators.length][1] % list.length : s.n % list.length;
    const record = list[at];
    if (typeof record !== 'object' || record === null) continue; // replaced by an earlier spoil
    if (s.whole === 'copy') list.push(structuredClone(list[at])); // a duplicate: same id, same indicator and date
    else if (s.whole !== false) list[at] = s.whole;
    else if (s.value === undefined) delete (list[at] as Record<string, unknown>)[s.key];
    else (list[at] as Record<string, unknown>)[s.key] = s.value;
  }
  return JSON.stringify(data);
}

const same = (text: string) => {
  const plain = readCanonicalJson(text, 'dataset.json');
  const general = readCanonicalJson(text, 'dataset.json', false);
  expect(plain).toStrictEqual(general);
  // Key order too: records are written back out (io/write) and shown as they are read.
  expect(JSON.stringify(plain)).toBe(JSON.stringify(general));
};

describe('well-formed JSON records read directly', () => {
  it('are the generated data set read through the general reading, record for record', () => {
    const text = JSON.stringify(base);
    same(text);
    // And they do take the direct path: every generated record is well-formed.
    expect(base.actuals.every((a, i) => plainActual(a as never, 'f', `actuals[${i}]`))).toBe(true);
    expect(base.spend.every((s, i) => plainSpend(s as never, 'f', `spend[${i}]`))).toBe(true);
    expect(indicators.every(([k, i]) => plainIndicator(base.projects[k].indicators[i] as never))).toBe(true);
  });

  it('give the same records and problems, in the same order, on spoiled data (fast-check)', () => {
    fc.assert(fc.property(fc.array(spoil, { minLength: 1, maxLength: 12 }), (spoils) => same(spoiled(spoils))), { numRuns: 300 });
  });

  it('leave to the general reading what it has something to say about', () => {
    const a = { projectId: 'p1', indicatorId: 'i1', date: '2024-06-30', value: '80' };
    expect(plainActual(a, 'f', 'actuals[0]')).toEqual({ ...a, source: { file: 'f', field: 'actuals[0]' } });
    expect(plainActual({ ...a, value: 80 }, 'f', 'actuals[0]')).toBeNull(); // a number: the general reading turns it into text
    expect(plainActual({ ...a, value: '' , reason: '未到期' }, 'f', 'actuals[0]')).toBeNull(); // a draft
    expect(plainActual({ ...a, date: '2024/6/30' }, 'f', 'actuals[0]')?.date).toBe('2024-06-30');
    expect(plainActual({ ...a, date: '2024-02-30' }, 'f', 'actuals[0]')).toBeNull();
    expect(plainActual({ ...a, attachments: [] }, 'f', 'actuals[0]')).toBeNull();
    expect(plainSpend({ projectId: 'p1', expense: null, date: '2024-06-30', amount: '12' }, 'f', 'spend[0]')).toBeNull();
    expect(plainIndicator({ level3: '满意度', model: 'xx' })).toBeNull();
    expect(plainIndicator({ level3: '满意度', model: 'level', weight: 10 })).toEqual({ id: '', level1: '', level2: '', level3: '满意度', targetH1: '', targetFY: '', weight: 10, model: 'level' });
  });
});
