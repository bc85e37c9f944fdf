// Issue 7.8 and 7.7: text from data files and the command line reaches the terminal with its control
// and bidi characters escaped (src/cli/escape.ts); the summary after errors says what was counted;
// a file mixing UTF-8 and GBK lines names them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { main } from '../../src/cli/main';

let out = '';
let err = '';
beforeEach(() => {
  out = err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

/** What must never reach a terminal raw: C0 but \n, DEL, C1, bidi controls, line separators. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = '\x1b[31m江苏12345\u202e在线平台\x1b]0;pwned\x07运行费\r\b\u009b2J';
const SHOWN = '\\x1b[31m江苏12345\\u202e在线平台\\x1b]0;pwned\\x07运行费\\r\\x08\\u009b2J';

/** The seed projects with one project renamed, as a folder. */
function withName(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
  const data = JSON.parse(readFileSync('data/projects.json', 'utf-8'));
  data.projects[2].name = name;
  writeFileSync(join(dir, 'projects.json'), JSON.stringify(data));
  return dir;
}

describe('control characters from the data are escaped on the terminal', () => {
  it('in the table, which stays aligned', async () => {
    expect(await main(['report', withName(HOSTILE), '--as-of', '2024-06-30'])).toBe(0);
    expect(out).not.toMatch(RAW);
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('项目  ') && l.includes('三级指标'))!;
    const col = stringWidth(header.slice(0, header.indexOf('三级指标')));
    const rows = lines.filter((l) => l.startsWith(SHOWN + ' '));
    expect(rows.length).toBeGreaterThan(20); // its indicators, and its line in 【项目】
    const row = rows.find((l) => l.includes('服务合格率'))!;
    expect(stringWidth(row.slice(0, row.indexOf('服务合格率')))).toBe(col);
  });

  it('in JSON, as \\u escapes that parse back to the same name', async () => {
    const name = HOSTILE + '\u2028\u2029\u200f\u2066';
    expect(await main(['report', withName(name), '--as-of', '2024-06-30', '--format', 'json'])).toBe(0);
    expect(out).not.toMatch(RAW);
    expect(out).toContain('"\\u001b[31m江苏12345\\u202e在线平台\\u001b]0;pwned\\u0007运行费\\r\\b\\u009b2J\\u2028\\u2029\\u200f\\u2066"');
    expect(JSON.parse(out).projects.map((p: { name: string }) => p.name)).toContain(name);
  });

  it('but not in CSV, which is data', async () => {
    expect(await main(['report', withName(HOSTILE), '--as-of', '2024-06-30', '--format', 'csv'])).toBe(0);
    expect(out).toContain(`\n"${HOSTILE}",`); // quoted for its \r
  });

  it('in problems on stderr', async () => {
    const dir = withName('江苏12345在线平台运行费');
    writeFileSync(join(dir, 'actuals.csv'), `项目名称,三级指标,日期,实际值\n${HOSTILE},服务合格率,2024-06-30,98%\n`);
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    expect(err).not.toMatch(RAW);
    expect(err).toContain(`第2行「项目名称」：没有名为“${SHOWN}”的项目`);
  });

  it('in file names and option values the messages repeat', async () => {
    expect(await main(['report', 'nope\x1b[2J.csv'])).toBe(1);
    expect(err).toBe('错误：找不到文件或文件夹：nope\\x1b[2J.csv\n');
    err = '';
    expect(await main(['report', 'data', '--format', '\x1b[2Jx'])).toBe(2);
    expect(err).toMatch(/^未知的 --format “\\x1b\[2Jx”，可选 table、json、csv\n用法/);
    err = '';
    expect(await main(['import-table', 'nope\u202e.txt'])).toBe(1);
    expect(err).toBe('错误：找不到或无法读取文件：nope\\u202e.txt\n');
  });

  it('in import-table: JSON escapes, the data unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
    const file = join(dir, 't.txt');
    const name = HOSTILE.replace('\r', ''); // a line break would cut the table's line
    writeFileSync(file, readFileSync('data/seed-tables.txt', 'utf-8').replace('江苏12345在线平台运行费', name));
    expect(await main(['import-table', file])).toBe(0);
    expect(out).not.toMatch(RAW);
    expect(JSON.parse(out).projects.map((p: { name: string }) => p.name)).toContain(name);
  });
});

describe('the summary after errors says what was left out and what was counted', () => {
  it('names the rows refused and counts the rest, per file', async () => {
    const dir = withName('江苏12345在线平台运行费');
    writeFileSync(join(dir, 'actuals.csv'), '项目名称,三级指标,日期,实际值\n' +
      '江苏12345在线平台运行费,服务合格率,2024-13-45,98%\n不存在的项目,服务合格率,2024-06-30,98%\n' +
      '江苏12345在线平台运行费,不存在的指标,2024-06-30,1\n江苏12345在线平台运行费,服务合格率,2024-06-30,98%\n');
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    const tail = err.split('\n').slice(-3).join('\n');
    expect(tail).toBe('共 3 个错误：上面指出的行、列或文件未计入报告，其余数据已计入（项目 4 个、指标 99 条、实际值 1 条），请修正后重试。\n' +
      `  ${join(dir, 'actuals.csv')}：3 个错误；已计入实际值 1 条\n`);
    expect(err).not.toContain('上面的行未计入报告');
  });

  it('says when a file brought nothing', async () => {
    const dir = withName('江苏12345在线平台运行费');
    writeFileSync(join(dir, 'x.txt'), 'hello');
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    expect(err.split('\n').slice(-3).join('\n')).toBe('共 1 个错误：上面指出的行、列或文件未计入报告，其余数据已计入（项目 4 个、指标 99 条），请修正后重试。\n' +
      `  ${join(dir, 'x.txt')}：1 个错误；未计入任何数据\n`);
  });
});

describe('import-table names the lines of a file mixing UTF-8 and GBK', () => {
  // GBK as Excel on Chinese Windows writes it: the GB18030 decoder's two-byte table read backwards.
  const gbkOf = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030', { fatal: true });
  for (let a = 0xa1; a <= 0xf7; a++) {
    for (let b = 0xa1; b <= 0xfe; b++) {
      try {
        const c = decoder.decode(new Uint8Array([a, b]));
        if (!gbkOf.has(c)) gbkOf.set(c, [a, b]);
      } catch {
        // not a character
      }
    }
  }
  const gbk = (s: string) => [...s].flatMap((c) => (c < '\u0080' ? [c.charCodeAt(0)] : gbkOf.get(c)!));

  it('reads every line and warns about the GBK ones', async () => {
    const text = readFileSync('data/seed-tables.txt', 'utf-8');
    const lines = text.split('\n');
    const mixed = lines.flatMap((l, i) => [...(i === 6 || i === 9 ? gbk(l) : new TextEncoder().encode(l)), ...(i < lines.length - 1 ? [0x0a] : [])]);
    const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
    writeFileSync(join(dir, 'utf8.txt'), text);
    writeFileSync(join(dir, 'mixed.txt'), new Uint8Array(mixed));
    expect(await main(['import-table', join(dir, 'utf8.txt')])).toBe(0);
    const expected = out;
    out = '';
    expect(await main(['import-table', join(dir, 'mixed.txt')])).toBe(0);
    expect(out).toBe(expected);
    expect(err).toBe(`提示：${join(dir, 'mixed.txt')}：第 7、10 行不是有效的 UTF-8 文本（可能混用了 GBK 编码），已按 GBK 读取，请核对这些行\n`);
  });
});
