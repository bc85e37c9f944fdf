import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseNumber, parseYear } from '../../src/io/values';

describe('parseNumber', () => {
  it.each([
    ['81', 81],
    ['1,325.06', 1325.06],
    ['１，３２５.０６', 1325.06],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['110.2万元', 110.2],
    ['  23.75 ', 23.75],
  ])('reads %s', (text, value) => expect(parseNumber(text)).toEqual({ ok: true, value }));

  it('reads blank as null', () => expect(parseNumber('  ')).toEqual({ ok: true, value: null }));

  it('refuses digits beyond what a number can hold instead of reading Infinity', () => {
    expect(parseNumber('9'.repeat(400))).toEqual({ ok: false, reason: `“${'9'.repeat(24)}…”超出可表示的数字范围` });
  });

  it.each(['12a', '1,32', '1,3250.5', '二十', '1.2.3', '--1', '≥80%'])('rejects %s', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: `“${text}”不是数字` });
  });

  it('reads back any finite number it is given as text', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
      const r = parseNumber(String(x));
      // String(x) may use exponent form for tiny numbers, which is not an amount anyone writes.
      if (/e/.test(String(x))) return true;
      return r.ok && r.value === x;
    }));
  });
});

describe('parseDate', () => {
  it.each([
    ['2024-06-30', '2024-06-30'],
    ['2024/6/30', '2024-06-30'],
    ['2024.6.30', '2024-06-30'],
    ['2024年6月30日', '2024-06-30'],
    ['2024年7月1', '2024-07-01'],
    ['20241231', '2024-12-31'],
    ['2024/6/30 0:00', '2024-06-30'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (text, iso) => expect(parseDate(text)).toEqual({ ok: true, value: iso }));

  it('rejects impossible days with the reason', () => {
    expect(parseDate('2024-02-30')).toEqual({ ok: false, reason: '“2024-02-30”不存在（2024年2月没有30日）' });
    expect(parseDate('2023-02-29')).toEqual({ ok: false, reason: '“2023-02-29”不存在（2023年2月没有29日）' });
    expect(parseDate('2024-13-01')).toEqual({ ok: false, reason: '“2024-13-01”的月份不存在' });
  });

  it('rejects years no monitoring record can have: they would sort before or after every real date', () => {
    expect(parseDate('0999-06-30')).toEqual({ ok: false, reason: '“0999-06-30”的年份 0999 不在 1900–2100 年之间，应是笔误' });
    expect(parseDate('9999-12-31')).toEqual({ ok: false, reason: '“9999-12-31”的年份 9999 不在 1900–2100 年之间，应是笔误' });
    expect(parseDate('1899年12月31日').ok).toBe(false);
    expect(parseDate('1900-01-01')).toEqual({ ok: true, value: '1900-01-01' });
    expect(parseDate('2100-12-31')).toEqual({ ok: true, value: '2100-12-31' });
  });

  it('checks the time Excel appends: 23:59:59 is a time, 25:99 and 12:60 are not', () => {
    expect(parseDate('2024-06-30 23:59:59')).toEqual({ ok: true, value: '2024-06-30' });
    expect(parseDate('2024/6/30 17:05')).toEqual({ ok: true, value: '2024-06-30' });
    expect(parseDate('2024-06-30 25:99')).toEqual({ ok: false, reason: '“2024-06-30 25:99”中的时间不存在' });
    expect(parseDate('2024-06-30 12:60')).toEqual({ ok: false, reason: '“2024-06-30 12:60”中的时间不存在' });
    expect(parseDate('2024-06-30 12:00:61').ok).toBe(false);
  });

  it.each(['6/30/2024', '2024-06', '上半年', '2024-6/30'])('rejects %s as unrecognised', (text) => {
    const r = parseDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(`无法识别的日期“${text}”`);
  });

  it('round-trips every real date in every accepted form', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const iso = d.toISOString().slice(0, 10);
      return [`${y}/${m}/${day}`, `${y}.${m}.${day}`, `${y}年${m}月${day}日`, iso].every((t) => {
        const r = parseDate(t);
        return r.ok && r.value === iso;
      });
    }));
  });
});

describe('parseYear', () => {
  it.each([['2024', 2024], ['2024年', 2024], ['2024年度', 2024], ['', null]])('reads %s', (text, value) => {
    expect(parseYear(text)).toEqual({ ok: true, value });
  });
  it('rejects junk', () => expect(parseYear('24年')).toEqual({ ok: false, reason: '“24年”不是年份（应写作 2024 或 2024年）' }));
  it('rejects years outside 1900–2100', () => expect(parseYear('0999')).toEqual({ ok: false, reason: '年份“0999”不在 1900–2100 年之间' }));
});
