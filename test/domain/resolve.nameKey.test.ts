import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexDataset, nameKey, referenceNameKey } from '../../src/domain/resolve';
import type { Indicator, Project } from '../../src/domain/types';

// nameKey reads plain names (ASCII, CJK ideographs, full-width ASCII) without normalize: the same
// key as the reference rule (NFKC, no whitespace, straight quotes) for any text.
const pieces = ['江', '苏', '（', '）', '１', 'Ａ', '＂', '＇', '"', "'", '“', '”', '‘', '’', ' ', '\u3000', '\t', '\u00a0', 'a', 'Z', '0', '-',
  '、', '。', '《', '》', '【', '】', 'ﬁ', '①', '㎡', 'é', 'e\u0301', '\u0301', '가', '\u1100\u1161', '丽', '\uf900', 'ｶ', '\uff9e', '℃', '…', '～', '～'];

describe('nameKey', () => {
  it('gives the reference key for every character of the fast ranges, alone and before a combining mark', () => {
    const ranges = [[0x21, 0x7e], [0x4e00, 0x9fff], [0xff01, 0xff5e]];
    for (const [from, to] of ranges)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        if (nameKey(ch) !== referenceNameKey(ch)) expect(nameKey(ch)).toBe(referenceNameKey(ch));
      }
    expect(nameKey('e\u0301')).toBe(referenceNameKey('e\u0301'));
    expect(nameKey('接通率（含未接通回拨）１２')).toBe('接通率(含未接通回拨)12');
  });

  it('gives the reference key for any text (fast-check)', () => {
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join('')),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(fc.property(text, (s) => nameKey(s) === referenceNameKey(s)), { numRuns: 1000 });
  });

  it('name maps, built on first use, hold what the arrays held when indexed', () => {
    const project = (id: string, name: string): Project => ({
      id, name, year: 2024, department: '', unit: '', type: '', level: '', startYear: null, endYear: null, funds: { total: null, sources: {} }, expenses: [],
    });
    const indicator = (id: string, level3: string): Indicator => ({ id, projectId: 'p1', level1: '', level2: '', level3, targetH1: '', targetFY: '' });
    const data = { projects: [project('p1', '平台（1）')], indicators: [indicator('i1', '满意度'), indicator('i2', ' 满意度')] };
    const ix = indexDataset(data);
    data.projects.push(project('p2', '平台(1)'));
    expect(ix.projectsByName.get('平台(1)')?.map((p) => p.id)).toEqual(['p1']);
    expect(ix.indicatorsByName.get('p1\u0001满意度')?.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(ix.projectsByName).toBe(ix.projectsByName);
  });
});
