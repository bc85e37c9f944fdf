import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeContent, decodeProblems } from '../../src/io/decode';
import { gbk, gbkOf } from './gbk';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** Lines (CRLF) each encoded as given: rows pasted together from files saved each way. */
const joined = (lines: Uint8Array[]) => new Uint8Array(lines.flatMap((l, i) => [...l, ...(i < lines.length - 1 ? [0x0d, 0x0a] : [])]));
const ACTUALS = readFileSync(new URL('../fixtures/io/actuals.csv', import.meta.url), 'utf-8').trimEnd().split('\n');

describe('decodeContent', () => {
  it('reads plain UTF-8', () => {
    expect(decodeContent(utf8('项目名称,日期\n'))).toEqual({ text: '项目名称,日期\n', encoding: 'utf-8' });
  });

  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('项目名称')]);
    expect(decodeContent(bytes)).toEqual({ text: '项目名称', encoding: 'utf-8-bom' });
  });

  it('strips a BOM from a string', () => {
    expect(decodeContent('\uFEFF项目名称')).toEqual({ text: '项目名称', encoding: 'text' });
  });

  it('detects GB18030 (Excel on Chinese Windows: no BOM, CRLF) and decodes it like the UTF-8 original', () => {
    const gbk = decodeContent(fixture('actuals-gbk.csv'));
    expect(gbk.encoding).toBe('gb18030');
    const original = readFileSync(new URL('../fixtures/io/actuals.csv', import.meta.url), 'utf-8');
    expect(gbk.text).toBe(original.replace(/\n/g, '\r\n'));
    expect(gbk.text.split('\r\n')[0]).toBe('项目名称,一级指标,三级指标,日期,实际值,偏差原因,完成可能性,备注');
  });

  it('decodes two GBK bytes 0xD6D0 0xCEC4 as 中文', () => {
    expect(decodeContent(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]))).toEqual({ text: '中文', encoding: 'gb18030' });
  });

  // Excel's "Unicode 文本 (*.txt)": UTF-16 LE with BOM, tab-separated, CRLF.
  const unicodeText = '项目名称\t三级指标\t日期\t实际值\r\n省政务办信息系统安全运维\t渗透测试\t2024-06-30\t2\r\n';
  const utf16 = (s: string, order: 'le' | 'be', bom: boolean) => {
    const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
    [...(bom ? '\uFEFF' : '') + s].forEach((ch, i) => {
      const c = ch.charCodeAt(0);
      out[2 * i + (order === 'le' ? 0 : 1)] = c & 0xff;
      out[2 * i + (order === 'le' ? 1 : 0)] = c >> 8;
    });
    return out;
  };

  it('decodes UTF-16 LE with BOM (Excel "Unicode 文本") and drops the BOM', () => {
    expect(decodeContent(utf16(unicodeText, 'le', true))).toEqual({ text: unicodeText, encoding: 'utf-16le' });
  });

  it('decodes UTF-16 BE with BOM', () => {
    expect(decodeContent(utf16(unicodeText, 'be', true))).toEqual({ text: unicodeText, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM from the NUL bytes of its ASCII characters', () => {
    expect(decodeContent(utf16(unicodeText, 'le', false))).toEqual({ text: unicodeText, encoding: 'utf-16le' });
    expect(decodeContent(utf16(unicodeText, 'be', false))).toEqual({ text: unicodeText, encoding: 'utf-16be' });
  });

  it('does not take Chinese-only UTF-8 or GBK text for BOM-less UTF-16', () => {
    expect(decodeContent(utf8('项目名称')).encoding).toBe('utf-8');
    expect(decodeContent(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4, 0xd6, 0xd0, 0xce, 0xc4])).encoding).toBe('gb18030');
  });

  it('decodes empty input', () => {
    expect(decodeContent(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('reads a GBK file with no mixed or invalid lines', () => {
    expect(decodeContent(fixture('actuals-gbk.csv'))).toEqual({ text: expect.any(String), encoding: 'gb18030' });
    expect(decodeContent(fixture('actuals-gbk.csv')).mixed).toBeUndefined();
  });
});

// Issue 7.7: a file mixing encodings was read all as GB18030 (the UTF-8 rows garbled, the header
// unrecognised: "无法识别文件内容") or all as UTF-8; now each line is read in its own encoding and
// the lines that differ from the rest are named.
describe('a file mixing UTF-8 and GBK lines', () => {
  it('mostly UTF-8: reads every line right and names the GBK ones', () => {
    const lines = ACTUALS.map((l, i) => (i === 2 || i === 4 ? gbk(l) : utf8(l)));
    const d = decodeContent(joined(lines));
    expect(d).toEqual({ text: ACTUALS.join('\r\n'), encoding: 'utf-8', mixed: { encoding: 'gb18030', lines: [3, 5] } });
    expect(decodeProblems(d, 'a.csv')).toEqual([{
      severity: 'warning', code: 'mixed-encoding', source: { file: 'a.csv' },
      message: 'a.csv：第 3、5 行不是有效的 UTF-8 文本（可能混用了 GBK 编码），已按 GBK 读取，请核对这些行',
    }]);
  });

  it('mostly GBK (Excel on Chinese Windows): reads every line right and names the UTF-8 ones', () => {
    const lines = ACTUALS.map((l, i) => (i === 4 ? utf8(l) : gbk(l)));
    const d = decodeContent(joined(lines));
    expect(d).toEqual({ text: ACTUALS.join('\r\n'), encoding: 'gb18030', mixed: { encoding: 'utf-8', lines: [5] } });
    expect(decodeProblems(d, 'a.csv').map((p) => p.message)).toEqual([
      'a.csv：第 5 行是 UTF-8 编码，与文件其余各行（GBK 编码）不同，已按 UTF-8 读取，请核对这些行',
    ]);
  });

  it('after a UTF-8 BOM (a file the app exported, GBK rows appended)', () => {
    const lines = ACTUALS.map((l, i) => (i === 6 ? gbk(l) : utf8(l)));
    const d = decodeContent(new Uint8Array([0xef, 0xbb, 0xbf, ...joined(lines)]));
    expect(d).toEqual({ text: ACTUALS.join('\r\n'), encoding: 'utf-8-bom', mixed: { encoding: 'gb18030', lines: [7] } });
  });

  it('names a line valid in neither encoding, and still reads the rest', () => {
    const lines = ACTUALS.map((l) => utf8(l));
    lines[3] = new Uint8Array([...utf8('省政务办信息系统安全运维,,驻场人数,2024-06-30,'), 0xff, 0xfe, 0x80, ...utf8(',,,')]);
    const d = decodeContent(joined(lines));
    expect(d.text.split('\r\n')).toEqual([...ACTUALS.slice(0, 3), '省政务办信息系统安全运维,,驻场人数,2024-06-30,\uFFFD\uFFFD\uFFFD,,,', ...ACTUALS.slice(4)]);
    expect(d).toMatchObject({ encoding: 'utf-8', invalidLines: [4] });
    expect(d.mixed).toBeUndefined();
    expect(decodeProblems(d, 'a.csv').map((p) => [p.severity, p.message])).toEqual([[
      'warning', 'a.csv：第 4 行既不是有效的 UTF-8 文本也不是 GBK 文本，无法识别的字节显示为“\uFFFD”，请核对这些行（或将文件另存为 UTF-8 后重新导入）',
    ]]);
  });

  it('lists ten lines and counts the rest', () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i % 2 ? gbk(`第${i}行,中文`) : utf8(`第${i}行,中文内容`)));
    const d = decodeContent(joined([utf8('项目名称,备注'), utf8('项目,说明'), ...lines]));
    expect(decodeProblems(d, 'a.csv')[0].message).toBe('a.csv：第 4、6、8、10、12、14、16、18、20、22… 行等 15 行不是有效的 UTF-8 文本（可能混用了 GBK 编码），已按 GBK 读取，请核对这些行');
  });

  it('keeps CR, LF and CRLF line ends and a BOM inside the text as written', () => {
    const bytes = new Uint8Array([...utf8('中文\r'), ...gbk('中文'), 0x0a, ...utf8('\uFEFF中文\r\n'), ...utf8('中文')]);
    expect(decodeContent(bytes)).toEqual({ text: '中文\r中文\n\uFEFF中文\r\n中文', encoding: 'utf-8', mixed: { encoding: 'gb18030', lines: [2] } });
  });

  it('takes a binary file (NUL bytes) for GB18030 as before, naming no lines', () => {
    const d = decodeContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x0a, 0xe4, 0xb8, 0xad]));
    expect(d.encoding).toBe('gb18030');
    expect(decodeProblems(d, 'x.xlsx')).toEqual([]);
  });

  it('reads GBK text as GBK and UTF-8 text as UTF-8, whatever the lines hold (fast-check)', () => {
    const hanzi = [...gbkOf.keys()].filter((c) => /[\u4e00-\u9fff]/.test(c));
    // A line whose GBK bytes are also valid UTF-8 (璀茬啊 is E8 AD B2 E7 B0 A1: 譲簡) cannot be told
    // apart by any reader: left out, as the next test does by taking rows of six hanzi or more.
    const utf8Reading = new TextDecoder('utf-8', { fatal: true });
    const validUtf8 = (bytes: Uint8Array) => { try { utf8Reading.decode(bytes); return true; } catch { return false; } };
    const line = fc.array(fc.constantFrom(...hanzi, ',', '1', '%', ' '), { minLength: 1, maxLength: 8 }).map((cs) => cs.join(''))
      .filter((l) => !/[\u4e00-\u9fff]/.test(l) || !validUtf8(gbk(l)));
    // A header, as every CSV has: a few GBK bytes alone can be valid UTF-8 (砂 is C9 B0, UTF-8 for ɰ).
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }).map((rows) => ['项目名称,备注', ...rows]), (text) => {
      const fromGbk = decodeContent(joined(text.map(gbk)));
      expect(fromGbk.text).toBe(text.join('\r\n'));
      expect(fromGbk.mixed).toBeUndefined();
      expect(decodeContent(joined(text.map(utf8)))).toEqual({ text: text.join('\r\n'), encoding: 'utf-8' });
    }), { numRuns: 2000 });
  });

  it('reads rows pasted together from UTF-8 and GBK files, naming the rows in the other encoding (fast-check)', () => {
    const hanzi = [...gbkOf.keys()].filter((c) => /[\u4e00-\u9fff]/.test(c));
    // Rows as in real files (a project name is six hanzi or more): a short GBK run can be valid UTF-8.
    const row = fc.tuple(fc.array(fc.constantFrom(...hanzi), { minLength: 6, maxLength: 16 }), fc.boolean())
      .map(([cs, inGbk]) => ({ text: `${cs.join('')},2024-06-30,1`, inGbk }));
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
      const d = decodeContent(joined(rows.map((r) => (r.inGbk ? gbk(r.text) : utf8(r.text)))));
      expect(d.text).toBe(rows.map((r) => r.text).join('\r\n'));
      const gbkRows = rows.flatMap((r, i) => (r.inGbk ? [i + 1] : []));
      const utf8Rows = rows.flatMap((r, i) => (r.inGbk ? [] : [i + 1]));
      if (!gbkRows.length) expect(d).toEqual({ text: d.text, encoding: 'utf-8' });
      else if (!utf8Rows.length) expect(d).toEqual({ text: d.text, encoding: 'gb18030' });
      else if (d.encoding === 'utf-8') expect(d.mixed).toEqual({ encoding: 'gb18030', lines: gbkRows });
      else expect(d.mixed).toEqual({ encoding: 'utf-8', lines: utf8Rows });
      expect(d.encoding).toBe(gbkRows.length > utf8Rows.length ? 'gb18030' : 'utf-8');
    }), { numRuns: 1000, seed: 7 });
  });
});
