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

  it('decodes empty input', () => {
    expect(decodeContent(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
