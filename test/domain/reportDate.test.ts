// Which year the data is about and which as-of date a report opens on (the app's header and the
// CLI without --as-of share these rules).
import { describe, expect, it } from 'vitest';
import { dataYear, defaultAsOf, defaultReportDate } from '../../src/domain/report';
import { emptyDataset, type Dataset, type Project } from '../../src/domain/types';

const project = (id: string, year: number | null): Project => ({
  id, name: id, year, department: '江苏省数据局', unit: '', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2026, funds: { total: 100, sources: {} }, expenses: [],
});

describe('the data year and the default as-of date', () => {
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

  it('of a dataset: the latest actual or spend date, else the end of its 年度', () => {
    const projects = [project('a', 2024)];
    const actual = { projectId: 'a', indicatorId: 'i', date: '2024-06-30', value: '30%' };
    const spend = { projectId: 'a', expense: null, date: '2024-09-30', amount: 40 };
    expect(defaultReportDate({ ...emptyDataset(), projects, actuals: [actual], spend: [spend] }, '2026-03-01')).toBe('2024-09-30');
    expect(defaultReportDate({ ...emptyDataset(), projects, actuals: [actual] }, '2026-03-01')).toBe('2024-06-30');
    expect(defaultReportDate({ ...emptyDataset(), projects }, '2026-03-01')).toBe('2024-12-31');
    expect(defaultReportDate({ ...emptyDataset(), projects }, '2024-05-20')).toBe('2024-05-20');
    expect(defaultReportDate(emptyDataset(), '2026-03-01')).toBe('2026-03-01');
  });
});
