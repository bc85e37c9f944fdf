// The small readers under the importer: cells, HTML fragments, amounts, years, page furniture.
import { describe, expect, it } from 'vitest';
import { htmlToText, splitLines, tableRows, toRow } from '../../src/io/rawTable/lines';
import { furniture, looksLikeTarget, parseAmount, parseYearText } from '../../src/io/rawTable/vocabulary';

const cells = (raw: string) => toRow(raw, 1).cells.map((c) => [c.col, c.text, c.key]);

describe('lines and cells', () => {
  it('splits on any line end and drops a BOM', () => {
    expect(splitLines('\uFEFFa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the column of each non-empty cell, with bracket-normalised keys', () => {
    expect(cells('\t\t半年（程）计划执行数 \t')).toEqual([[2, '半年（程）计划执行数', '半年(程)计划执行数']]);
    expect(cells('<p>实施可行性</p>\t<p>正文</p>')).toEqual([
      [0, '<p>实施可行性</p>', '实施可行性'],
      [1, '<p>正文</p>', '正文'],
    ]);
  });

  it('splits lines without tabs on runs of spaces, keeping single spaces inside a cell', () => {
    expect(cells('主管部门  江苏省数据局 (江苏省政务服务管理办公室)')).toEqual([
      [0, '主管部门', '主管部门'],
      [1, '江苏省数据局 (江苏省政务服务管理办公室)', '江苏省数据局(江苏省政务服务管理办公室)'],
    ]);
    expect(cells('    资金到位率　序时进度  100%').map((c) => c[0])).toEqual([1, 2, 3]);
  });
});

describe('htmlToText', () => {
  it('turns paragraphs into lines and decodes entities, leaving no markup', () => {
    expect(htmlToText('<p>甲。</p> <p>乙&nbsp;&lt;丙&gt;&amp;&#19969;&#x4E01;</p><br/>戊')).toBe('甲。\n乙 <丙>&丁丁\n戊');
    expect(htmlToText('<script>alert(1)</script><b onclick="x()">粗</b>')).toBe('alert(1)粗');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('&#0;&#x110000;&bogus;')).toBe('&#0;&#x110000;&bogus;');
  });

  it('reads table rows, also with unclosed cells and rows', () => {
    expect(tableRows('x<table><tr><td></td><td>全年</td></tr><tr><td>资金总额<td>1,325.06</table>y')).toEqual([
      ['', '全年'],
      ['资金总额', '1,325.06'],
    ]);
    expect(tableRows('<table><tr></tr></table>')).toEqual([]);
  });
});

describe('values', () => {
  it('parses amounts as filed', () => {
    expect(['81', '1,325.06', '１，３２５', '98.5万元', ' 0 ', '-3.5', '.5'].map(parseAmount)).toEqual([81, 1325.06, 1325, 98.5, 0, -3.5, 0.5]);
    expect(['', '1,32', '12345政务', '1.2.3', 'NaN', '—'].map(parseAmount)).toEqual([null, null, null, null, null, null]);
  });

  it('parses years', () => {
    expect(['2024', '2024年', '2024年度', '2024-01', '2024年1月', '２０２４年'].map(parseYearText)).toEqual([2024, 2024, 2024, 2024, 2024, 2024]);
    expect(['', '二〇二四年', '24年', '2024年底'].map(parseYearText)).toEqual([null, null, null, null]);
  });

  it('tells target values from names (tie-breaker only)', () => {
    expect(['=30%', '≥80%', '≤4小时', '100%', '序时进度', '充分', '改善或提升程度较高', '明显', '满意'].every(looksLikeTarget)).toBe(true);
    expect(['服务对象满意度', '项目完成及时性', '对促进政务信息公开情况的影响程度', '安全培训'].some(looksLikeTarget)).toBe(false);
  });

  it('recognises page furniture and its year', () => {
    expect(furniture('江苏省省级项目预算绩效目标表')).toEqual({ year: null });
    expect(furniture('浙江省省级部门项目支出绩效目标表')).toEqual({ year: null });
    expect(furniture('2024年度')).toEqual({ year: 2024 });
    expect(furniture('(2025年度)')).toEqual({ year: 2025 });
    expect(furniture('第2页,共3页')).toEqual({ year: null });
    expect(furniture('-3-')).toEqual({ year: null });
    expect(furniture('决策')).toBeNull();
    expect(furniture('2024年')).toBeNull();
  });
});
