import { describe, expect, it } from 'vitest';
import { fromIsoDate, isIsoDate, toIsoDate } from '../../src/app/lib/asOf';

describe('as-of date helpers', () => {
  it('accepts real ISO dates only', () => {
    expect(isIsoDate('2024-06-30')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-6-30')).toBe(false);
    expect(isIsoDate('2024-06-31')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
    expect(isIsoDate(['2024-06-30'])).toBe(false);
  });

  it('converts picker dates (local midnight) without shifting the day', () => {
    expect(toIsoDate(new Date(2024, 5, 30))).toBe('2024-06-30');
    expect(toIsoDate(fromIsoDate('2024-12-31'))).toBe('2024-12-31');
    expect(fromIsoDate('2024-01-01').getDate()).toBe(1);
  });
});
