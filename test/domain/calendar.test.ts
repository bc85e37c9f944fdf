import { describe, expect, it } from 'vitest';
import { completedMonths, dayOfYear, halfYearFraction, parseIsoDate, timeProgress, reportDates } from '../../src/domain/calendar';

const d = (s: string) => parseIsoDate(s)!;

describe('calendar', () => {
  it('parses strict ISO dates and rejects impossible ones', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('2024/06/30')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  it('counts days of the year across leap years', () => {
    expect(dayOfYear(d('2024-01-01'))).toBe(1);
    expect(dayOfYear(d('2024-06-30'))).toBe(182);
    expect(dayOfYear(d('2023-06-30'))).toBe(181);
    expect(dayOfYear(d('2024-12-31'))).toBe(366);
    expect(dayOfYear(d('2100-12-31'))).toBe(365); // not a leap year
    expect(dayOfYear(d('2000-12-31'))).toBe(366);
  });

  it('day-based 序时进度 counts the as-of day itself', () => {
    expect(timeProgress(d('2023-01-01'), 'day')).toBeCloseTo(1 / 365, 10);
    expect(timeProgress(d('2023-06-30'), 'day')).toBeCloseTo(181 / 365, 10);
    expect(timeProgress(d('2024-06-30'), 'day')).toBeCloseTo(182 / 366, 10);
    expect(timeProgress(d('2024-07-01'), 'day')).toBeCloseTo(183 / 366, 10);
    expect(timeProgress(d('2024-12-31'), 'day')).toBe(1);
  });

  it('month-based 序时进度 counts completed months', () => {
    expect(timeProgress(d('2024-06-30'), 'month')).toBe(0.5);
    expect(timeProgress(d('2024-07-01'), 'month')).toBe(0.5);
    expect(timeProgress(d('2024-07-31'), 'month')).toBe(7 / 12);
    expect(timeProgress(d('2024-02-29'), 'month')).toBe(2 / 12);
    expect(completedMonths(d('2023-02-28'))).toBe(2);
    expect(completedMonths(d('2024-02-28'))).toBe(1);
    expect(timeProgress(d('2024-01-01'), 'month')).toBe(0);
    expect(timeProgress(d('2024-12-31'), 'month')).toBe(1);
  });

  it('places dates on the cumulative path: 0 on 1 Jan, 1 on 30 Jun, 1 on 31 Dec of the second half', () => {
    expect(halfYearFraction(d('2024-01-01'))).toEqual({ half: 'H1', fraction: 0 });
    expect(halfYearFraction(d('2024-06-30'))).toEqual({ half: 'H1', fraction: 1 });
    expect(halfYearFraction(d('2024-07-01'))).toEqual({ half: 'H2', fraction: 1 / 184 });
    expect(halfYearFraction(d('2024-12-31'))).toEqual({ half: 'H2', fraction: 1 });
    expect(halfYearFraction(d('2023-12-31'))).toEqual({ half: 'H2', fraction: 1 });
  });

  it('offers the usual report dates', () => {
    expect(reportDates(2024).map((r) => r.date)).toEqual(['2024-03-31', '2024-06-30', '2024-07-31', '2024-09-30', '2024-12-31']);
  });
});
