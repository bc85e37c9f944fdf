import { describe, expect, it } from 'vitest';
import { moneyText, percentText, wanText } from '../../src/charts/categoryRows';

describe('figures on charts: one percent format, one money format', () => {
  it('writes a rate with one decimal, rounding half up like the tables', () => {
    expect(percentText(0.4901)).toBe('49.0%');
    expect(percentText(0.58)).toBe('58.0%');
    expect(percentText(0.27506)).toBe('27.5%');
    expect(percentText(0.00049)).toBe('0.0%');
    expect(percentText(1.234)).toBe('123.4%');
    expect(percentText(null)).toBe('—');
    expect(percentText(Number.NaN)).toBe('—');
  });

  it('writes 万元 with two decimals and thousands separators', () => {
    expect(wanText(15.4)).toBe('15.40');
    expect(wanText(6.88)).toBe('6.88');
    expect(wanText(1325.06)).toBe('1,325.06');
    expect(wanText(1234567.891)).toBe('1,234,567.89');
    expect(wanText(0)).toBe('0.00');
    expect(wanText(-2500)).toBe('-2,500.00');
    expect(wanText(-0.001)).toBe('0.00');
    expect(wanText(Number.POSITIVE_INFINITY)).toBe('—');
    expect(moneyText(12.8, '万元')).toBe('12.80 万元');
    expect(moneyText(12.8, '10k CNY')).toBe('12.80 10k CNY');
    expect(moneyText(null, '万元')).toBe('—');
  });
});
