import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeContent } from '../../src/io/decode';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));
const utf8 = (s: string) => new TextEncoder().encode(s);

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
});
