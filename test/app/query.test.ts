import { describe, expect, it } from 'vitest';
import { firstValue, globalQuery, withParam } from '../../src/app/composables/useQuery';

describe('URL query helpers', () => {
  it('reads the first value of a query key', () => {
    expect(firstValue('2024-06-30')).toBe('2024-06-30');
    expect(firstValue(['2024-06-30', '2024-09-30'])).toBe('2024-06-30');
    expect(firstValue(null)).toBeNull();
    expect(firstValue(undefined)).toBeNull();
  });

  it('keeps only the global keys (as-of date, data link) across pages', () => {
    expect(globalQuery({ asOf: '2024-06-30', data: 'x.json', status: 'behind' })).toEqual({ asOf: '2024-06-30', data: 'x.json' });
    expect(globalQuery({ status: 'behind' })).toEqual({});
  });

  it('sets or removes one key, leaving the others', () => {
    expect(withParam({ asOf: '2024-06-30', q: '平台' }, 'status', 'behind,warning')).toEqual({ asOf: '2024-06-30', q: '平台', status: 'behind,warning' });
    expect(withParam({ asOf: '2024-06-30', q: '平台' }, 'q', '')).toEqual({ asOf: '2024-06-30' });
    expect(withParam({ asOf: '2024-06-30' }, 'asOf', null)).toEqual({});
  });
});
