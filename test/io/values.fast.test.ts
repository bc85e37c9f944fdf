// parseNumber, parseDate and parseYear check a plain ASCII cell directly (the loader reads 600,000
// of them); the general reading stays as the reference: the same result, value or message, for
// cells of the fast path's shape and for every other text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseDateAnyForm, parseNumber, parseNumberAnyForm, parseYear, parseYearAnyForm } from '../../src/io/values';

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const isoLike = fc.tuple(digits(4, 4), digits(2, 2), digits(2, 2)).map(([y, m, d]) => `${y}-${m}-${d}`);
const numberLike = fc.tuple(fc.constantFrom('', '+', '-'), digits(0, 400), fc.constantFrom('', '.'), digits(0, 4)).map((p) => p.join(''));
const anyText = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom(...'0123456789-+.,/年月日 万元１２') }));

describe('the fast paths of the value readers', () => {
  it('give what the general reading gives (fast-check)', () => {
    fc.assert(fc.property(fc.oneof(isoLike, anyText), (s) => { expect(parseDate(s)).toEqual(parseDateAnyForm(s)); }), { numRuns: 3000 });
    fc.assert(fc.property(fc.oneof(numberLike, anyText), (s) => { expect(parseNumber(s)).toEqual(parseNumberAnyForm(s)); }), { numRuns: 3000 });
    fc.assert(fc.property(fc.oneof(digits(4, 4), anyText), (s) => { expect(parseYear(s)).toEqual(parseYearAnyForm(s)); }), { numRuns: 3000 });
  });

  it('on the edges: leap days, the year range, -0, a number too long to represent', () => {
    expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parseDate('2023-02-29')).toEqual({ ok: false, reason: '“2023-02-29”不存在（2023年2月没有29日）' });
    expect(parseDate('2101-01-01')).toEqual(parseDateAnyForm('2101-01-01'));
    expect(parseYear('1899')).toEqual({ ok: false, reason: '年份“1899”不在 1900–2100 年之间' });
    expect(Object.is((parseNumber('-0') as { value: number }).value, -0)).toBe(true);
    expect(parseNumber('9'.repeat(400))).toEqual(parseNumberAnyForm('9'.repeat(400)));
  });
});
