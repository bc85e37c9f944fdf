import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { terminalJson, terminalLines, terminalText } from '../../src/cli/escape';

describe('terminal escapes', () => {
  it.each([
    ['\x1b[31m红\x1b[0m', '\\x1b[31m红\\x1b[0m'],
    ['a\rb\bc\x07\x00\x7f', 'a\\rb\\x08c\\x07\\x00\\x7f'],
    ['行1\n行2\t列', '行1\\n行2\\t列'],
    ['\u009b2J\u0085', '\\u009b2J\\u0085'],
    ['abc\u202edef\u2066\u2069\u200e\u061c', 'abc\\u202edef\\u2066\\u2069\\u200e\\u061c'],
    ['\u2028\u2029\u200b\u2060\ufeff', '\\u2028\\u2029\\u200b\\u2060\\ufeff'],
    ['江苏12345 “一企来办”（省本级）≥80% 👨‍👩‍👧 C:\\data\\x.csv', '江苏12345 “一企来办”（省本级）≥80% 👨‍👩‍👧 C:\\data\\x.csv'],
  ])('%j → %s', (text, shown) => expect(terminalText(text)).toBe(shown));

  it('keeps the line breaks of a stack trace', () => {
    expect(terminalLines('Error: \x1b[2J\n    at f (x.ts:1:1)\r\n')).toBe('Error: \\x1b[2J\n    at f (x.ts:1:1)\n');
  });

  it('JSON: the same data after JSON.parse, nothing raw (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const json = terminalJson(JSON.stringify({ s, list: [s] }, null, 2));
      expect(JSON.parse(json)).toEqual({ s, list: [s] });
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }), { numRuns: 500 });
  });
});
