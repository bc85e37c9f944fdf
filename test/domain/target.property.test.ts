import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convert, formatQuantity, parseActual, parseTarget, unitOf } from '../../src/domain/target';
import type { Operator } from '../../src/domain/target';

// Fragments that reach the deep paths of the parsers: operators, numbers, units, suffixes, grade words.
const FRAGMENTS = ['≥', '≤', '>', '<', '=', '>=', '<=', '=>', '＞', '＝', '不低于', '不超过', '以上', '以内', '内', '左右',
  '0', '1', '2.5', '1,325.06', '-', '.', '，', '％', '%', '‰', '个', '次', '小时', '分钟', '个工作日', '万元', '万', '亿',
  '两', '十', '百', '一', '序时进度', '较高', '明显', '不', '无', '充分', '满意', '达成', '部分达成', '未', '是', '否',
  ' ', '　', '/', '(', '（', '含', '\u0000', '\uD800', '😀', 'constructor', '__proto__', 'toString'];
const messy = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((a) => a.join('')),
);

const KINDS = ['quantity', 'qualitative', 'timeProgress', 'unparsed'];
const ACTUAL_KINDS = ['number', 'achievement', 'grade', 'error'];

describe('parsers never throw', () => {
  it('parseTarget returns a ParsedTarget keeping the raw text for any string', () => {
    fc.assert(fc.property(messy, (raw) => {
      const t = parseTarget(raw);
      expect(KINDS).toContain(t.kind);
      expect(t.raw).toBe(raw);
      if (t.kind === 'quantity') expect(Number.isFinite(t.value)).toBe(true);
      if (t.kind === 'unparsed') expect(t.reason.length).toBeGreaterThan(0);
      if (t.kind === 'qualitative') expect(t.rank === null || Number.isInteger(t.rank)).toBe(true);
    }), { numRuns: 1500 });
  });
  it('parseActual returns a ParsedActual for any actual against any target', () => {
    fc.assert(fc.property(messy, messy, (a, t) => {
      const r = parseActual(a, parseTarget(t));
      expect(ACTUAL_KINDS).toContain(r.kind);
      expect(r.raw).toBe(a);
      if (r.kind === 'number') expect(Number.isFinite(r.value)).toBe(true);
      if (r.kind === 'achievement') expect(['full', 'partial', 'none']).toContain(r.level);
      if (r.kind === 'grade') expect(Number.isInteger(r.rank)).toBe(true);
    }), { numRuns: 1500 });
  });
});

const SYMBOLS: Record<Operator, string[]> = {
  '=': ['=', '＝', '=='], '>=': ['≥', '>=', '=>', '≧', '不低于'], '>': ['>', '＞', '高于'], '<=': ['≤', '<=', '=<', '≦', '不超过'],
  '<': ['<', '＜', '低于'],
};
const UNITS = ['%', '', '个', '项', '次', '轮', '人', '家', '套', '份', '篇', '期', '项次', '人次', '分钟', '小时', '天', '日', '工作日',
  '周', '月', '年', '元', '万元', '亿元', '分', '次/年'];

describe('round trip', () => {
  it('op + formatted number + unit parses back to the same op, value and unit', () => {
    const op = fc.constantFrom<Operator>('=', '>=', '>', '<=', '<');
    const value = fc.integer({ min: -1e11, max: 1e11 }).map((n) => n / 100);
    fc.assert(fc.property(op, fc.nat(), value, fc.constantFrom(...UNITS), (o, pick, v, unit) => {
      const symbol = SYMBOLS[o][pick % SYMBOLS[o].length];
      const raw = symbol + formatQuantity(v, unit);
      const t = parseTarget(raw);
      expect(t).toEqual({ kind: 'quantity', raw, op: o, value: v === 0 ? 0 : v, unit, unitKind: unitOf(unit)?.kind ?? 'none' });
    }), { numRuns: 2000 });
  });
  it('an actual in another unit of the same kind converts back and forth', () => {
    const time = ['秒', '分钟', '小时', '天', '周', '月', '年'];
    const money = ['元', '千元', '万元', '亿元'];
    const pair = fc.oneof(fc.tuple(fc.constantFrom(...time), fc.constantFrom(...time)), fc.tuple(fc.constantFrom(...money), fc.constantFrom(...money)));
    fc.assert(fc.property(pair, fc.integer({ min: 0, max: 1e6 }), ([from, to], v) => {
      const there = convert(v, from, to);
      expect(there).not.toBeNull();
      expect(convert(there as number, to, from)).toBeCloseTo(v, 3);
    }));
  });
});
