import { describe, expect, it } from 'vitest';
import { dataYear, defaultAsOf, fromIsoDate, isIsoDate, toIsoDate } from '../../src/app/lib/asOf';
import { emptyDataset, type Dataset, type Project } from '../../src/domain/types';

const project = (id: string, year: number | null): Project => ({
  id, name: id, year, department: '江苏省数据局', unit: '', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2026, funds: { total: 100, sources: {} }, expenses: [],
});

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

  it('takes the data year from the most common project 年度, else from the latest record', () => {
    const data: Dataset = { ...emptyDataset(), projects: [project('a', 2024), project('b', 2024), project('c', 2023), project('d', null)] };
    expect(dataYear(data, '2025-01-15')).toBe(2024);
    expect(dataYear(emptyDataset(), '2025-01-15')).toBe(2025);
    expect(dataYear(emptyDataset(), null)).toBeNull();
    // A tie goes to the later year.
    expect(dataYear({ ...emptyDataset(), projects: [project('a', 2023), project('b', 2024)] }, null)).toBe(2024);
  });

  it('defaults to the latest data date, else the end of a past data year, else today', () => {
    expect(defaultAsOf('2024-09-30', 2024, '2026-03-01')).toBe('2024-09-30');
    expect(defaultAsOf(null, 2024, '2026-03-01')).toBe('2024-12-31');
    expect(defaultAsOf(null, 2026, '2026-03-01')).toBe('2026-03-01');
    expect(defaultAsOf(null, 2027, '2026-03-01')).toBe('2027-01-01');
    expect(defaultAsOf(null, null, '2026-03-01')).toBe('2026-03-01');
  });

  it('converts picker dates (local midnight) without shifting the day', () => {
    expect(toIsoDate(new Date(2024, 5, 30))).toBe('2024-06-30');
    expect(toIsoDate(fromIsoDate('2024-12-31'))).toBe('2024-12-31');
    expect(fromIsoDate('2024-01-01').getDate()).toBe(1);
  });
});
