// Loading streams CSV rows (io/loadCore: each row read, resolved and checked as it comes) instead of
// reading whole tables and checking whole arrays. The whole-table path stays as the reference:
// on the bundled data with rows spoiled in every way a reader or check refuses or warns of, both
// give the same dataset, the same problems in the same order, and the same file summaries.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/resolve';
import { emptyDataset, type Actual, type Problem, type Spend } from '../../src/domain/types';
import { readableActuals } from '../../src/io/checkActuals';
import { inProjectYear, plausibleSpend } from '../../src/io/checkRecords';
import { readActualsCsv } from '../../src/io/csv/actualsCsv';
import { readCsv } from '../../src/io/csv/parse';
import { readProjectsCsv } from '../../src/io/csv/projectsCsv';
import { projectsCsvRows } from '../../src/io/csv/rows';
import { readSpendCsv } from '../../src/io/csv/spendCsv';
import { detectKind } from '../../src/io/detect';
import { loadFiles, loadSources, type InputFile } from '../../src/io/load';
import { Merge } from '../../src/io/merge';
import { toCsv } from '../../src/io/write';
import { generate } from '../../scripts/gen';
import { gbk } from './gbk';

const bundled = loadFiles([{ name: 'projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
const projectsCsv = toCsv(projectsCsvRows(bundled)).split('\r\n');
const actualsCsv = readFileSync('data/sample-actuals.csv', 'utf8').split(/\r?\n/);
const spendCsv = readFileSync('data/sample-spend.csv', 'utf8').split(/\r?\n/);

/** The former loader for CSV files: whole tables, then each check over the whole array; row order restored by a stable sort. */
function wholeTables(files: InputFile[]) {
  const problems: Problem[] = [];
  const merge = new Merge(emptyDataset(), problems);
  const text = (f: InputFile) => String(f.content).replace(/^\uFEFF/, '');
  const kind = (f: InputFile) => detectKind(text(f));
  for (const f of files.filter((f) => kind(f) === 'projects-csv')) {
    const read = readProjectsCsv(readCsv(text(f), f.name));
    problems.push(...read.problems);
    merge.addProjects(f.name, read.projects, read.indicators);
  }
  const structure = merge.structure();
  const ix = indexDataset(structure);
  for (const f of files) {
    const found: Problem[] = [];
    let actuals: Actual[] = [];
    let spend: Spend[] = [];
    if (kind(f) === 'actuals-csv') ({ actuals } = collect(readActualsCsv(readCsv(text(f), f.name), ix), found));
    else if (kind(f) === 'spend-csv') ({ spend } = collect(readSpendCsv(readCsv(text(f), f.name), ix), found));
    else continue;
    actuals = readableActuals(inProjectYear(actuals, ix, found, '实际值'), ix, found);
    spend = plausibleSpend(inProjectYear(spend, ix, found, '执行数'), ix, found);
    found.sort((a, b) => (a.source?.row ?? 0) - (b.source?.row ?? 0));
    problems.push(...found);
    actuals.forEach((a) => merge.addActual(a));
    spend.forEach((s) => merge.addSpend(s));
  }
  return { dataset: merge.result(structure), problems };
}

function collect<T extends { problems: Problem[] }>(read: T, into: Problem[]): T {
  into.push(...read.problems);
  return read;
}

/** Ways to spoil a data row: each is refused or warned of by the reader or by a check. */
const SPOIL: ((cells: string[]) => string)[] = [
  (c) => c.map((x, i) => (i === 2 ? '2024-02-30' : x)).join(','), // impossible date (actuals: 日期 is the 3rd column)
  (c) => c.map((x, i) => (i === 2 ? '2023-06-30' : x)).join(','), // outside the project's year
  (c) => c.map((x, i) => (i === 0 ? '没有这个项目' : x)).join(','),
  (c) => c.map((x, i) => (i === 3 ? 'abc' : x)).join(','), // unreadable value / not a number
  (c) => c.map((x, i) => (i === 3 ? '1500%' : x)).join(','),
  (c) => c.map((x, i) => (i === 3 ? '' : x)).join(','),
  (c) => c.map((x, i) => (i === 3 ? '-5' : x)).join(','),
  (c) => c.map((x, i) => (i === 3 ? '99999' : x)).join(','),
  (c) => c.map((x, i) => (i === 1 ? '没有这个指标' : x)).join(','),
  (c) => c.map((x, i) => (i === 5 ? '也许' : x)).join(','), // unknown 完成可能性 (a warning, the row kept)
  (c) => [...c, '多余'].join(','),
  (c) => `"${c[0]}"x,${c.slice(1).join(',')}`, // a quote closed before its cell ends: the file is re-read leniently
  (c) => `${c.join(',')}\n${c.join(',')}`, // the same row twice
];

const spoiled = (lines: string[], picks: [number, number][]) => {
  const out = lines.slice();
  for (const [row, how] of picks) {
    const at = 1 + (row % (out.length - 2));
    out[at] = SPOIL[how % SPOIL.length](out[at].replace(/\r$/, '').split(','));
  }
  return out.join('\n');
};

describe('streamed loading', () => {
  it('gives the same dataset, problems and order as whole tables checked as arrays (fast-check)', () => {
    const picks = fc.array(fc.tuple(fc.nat(400), fc.nat(SPOIL.length - 1)), { maxLength: 6 });
    fc.assert(fc.property(picks, picks, picks, fc.boolean(), (pa, pb, pc, actualsFirst) => {
      const files: InputFile[] = [
        { name: 'p.csv', content: spoiled(projectsCsv, pc.slice(0, 2)) },
        { name: 'a.csv', content: spoiled(actualsCsv, pa) },
        { name: 's.csv', content: spoiled(spendCsv, pb) },
      ];
      if (actualsFirst) files.reverse();
      const streamed = loadFiles(files);
      const reference = wholeTables(files);
      expect(streamed.problems).toEqual(reference.problems);
      expect(streamed.dataset).toEqual(reference.dataset);
    }), { numRuns: 40 });
  });

  it('the spoiled rows are found (the comparison above is not of clean files only)', () => {
    const every = SPOIL.map((_, how) => [how * 13, how] as [number, number]);
    const loaded = loadFiles([
      { name: 'p.csv', content: projectsCsv.join('\n') }, { name: 'a.csv', content: spoiled(actualsCsv, every) }, { name: 's.csv', content: spoiled(spendCsv, every.slice(3, 8)) },
    ]);
    expect(new Set(loaded.problems.map((p) => p.code))).toEqual(new Set([
      'bad-date', 'date-outside-year', 'unknown-project', 'actual-unreadable', 'implausible-actual', 'empty-value', 'unknown-indicator',
      'unknown-likelihood', 'csv-extra-cells', 'csv-stray-quote', 'duplicate-actual', 'bad-number', 'implausible-spend',
    ]));
  });

  it('reads each file when loading gets to it, and an actuals or spend file again after the projects', () => {
    const reads: string[] = [];
    const source = (name: string, text: string) => ({ name, read: () => (reads.push(name), text) });
    const loaded = loadSources([source('a.csv', actualsCsv.join('\n')), source('p.csv', projectsCsv.join('\n')), source('s.csv', spendCsv.join('\n'))]);
    expect(reads).toEqual(['a.csv', 'p.csv', 's.csv', 'a.csv', 's.csv']);
    expect(loaded.files.map((f) => [f.name, f.kind, f.projects, f.indicators, f.actuals, f.spend, f.errors])).toEqual([
      ['a.csv', 'actuals-csv', 0, 0, 219, 0, 0],
      ['p.csv', 'projects-csv', 4, bundled.indicators.length, 0, 0, 0],
      ['s.csv', 'spend-csv', 0, 0, 0, 30, 0],
    ]);
  });

  it('reads a large UTF-8 actuals file in pieces (recognised by its start, read in phase 2) as it reads its text whole', () => {
    const { files } = generate(40, 3);
    const spoil = (text: string) => text.replace(',2024-06-30,', ',2024-02-30,').replace(',2024-09-30,', ',2023-09-30,');
    const csv = { 'p.csv': files.projects, 'a.csv': spoil(files.actuals), 's.csv': files.spend };
    const asText = Object.entries(csv).map(([name, text]) => ({ name, content: text }));
    const asBytes = Object.entries(csv).map(([name, text]) => ({ name, content: new TextEncoder().encode(text) }));
    expect(asBytes[1].content.length).toBeGreaterThan(1 << 17);
    const [text, bytes] = [loadFiles(asText), loadFiles(asBytes)];
    expect(bytes.problems).toEqual(text.problems);
    expect(bytes.problems.map((p) => p.code)).toEqual(['bad-date', 'date-outside-year']);
    expect(bytes.dataset).toEqual(text.dataset);
    expect(bytes.files).toEqual(text.files.map((f) => ({ ...f, encoding: 'utf-8-bom' })));
  });

  it('reads a large file whose line far past its start is GBK (a row pasted from Excel) whole after all: every row, and the line named', () => {
    const { files } = generate(40, 3);
    const utf8 = (s: string) => new TextEncoder().encode(s);
    // The file with line `at` (0-based) in GBK, the rest UTF-8 (with the BOM the generator writes).
    const mixed = (text: string, at: number) => {
      const lines = text.split('\r\n');
      // Past the first piece (64 kB), which decides how the file is read.
      expect(utf8(lines.slice(0, at).join('\r\n')).length).toBeGreaterThan(1 << 17);
      const parts = lines.map((l, i) => (i === at ? gbk(l) : utf8(l)));
      return new Uint8Array(parts.flatMap((p, i) => [...p, ...(i < parts.length - 1 ? [0x0d, 0x0a] : [])]));
    };
    const bytes = [{ name: 'p.csv', content: mixed(files.projects, 600) }, { name: 'a.csv', content: mixed(files.actuals, 1500) }];
    const text = loadFiles([{ name: 'p.csv', content: files.projects }, { name: 'a.csv', content: files.actuals }]);
    const loaded = loadFiles(bytes);
    expect(text.problems).toEqual([]);
    expect(loaded.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['mixed-encoding', 'warning', 'p.csv：第 601 行不是有效的 UTF-8 文本（可能混用了 GBK 编码），已按 GBK 读取，请核对这些行'],
      ['mixed-encoding', 'warning', 'a.csv：第 1501 行不是有效的 UTF-8 文本（可能混用了 GBK 编码），已按 GBK 读取，请核对这些行'],
    ]);
    expect(loaded.dataset).toEqual(text.dataset);
    expect(loaded.files).toEqual(text.files.map((f) => ({ ...f, encoding: 'utf-8-bom' })));
    // Given first, the actuals file's encoding is said first, as a file decoded when it is opened says it
    // (it is decoded only after the projects file is read), before the projects file's own problems.
    const lines = files.projects.split('\r\n');
    lines[700] = lines[700].replace(',2024,', ',20x4,');
    const first = loadFiles([bytes[1], { name: 'p.csv', content: lines.join('\r\n') }]);
    expect(first.problems.slice(0, 2).map((p) => [p.source?.file, p.code])).toEqual([['a.csv', 'mixed-encoding'], ['p.csv', 'csv-year']]);
  });

  it('names a character cut short at the very end of a large file, or just before a line break far into it (pieces are decoded as a stream)', () => {
    const { files } = generate(40, 3);
    const utf8 = (t: string) => new TextEncoder().encode(t);
    // The first byte of 项 (E9 A1 B9) alone: neither UTF-8 nor GBK (whose E9 needs a second byte).
    const cut = utf8('项').subarray(0, 1);
    const lines = files.actuals.trimEnd().split('\r\n');
    const atEnd = new Uint8Array([...utf8(lines.join('\r\n') + '\r\n'), ...cut]);
    const inside = new Uint8Array([...utf8(lines.slice(0, 1200).join('\r\n') + '\r\n'), ...cut, ...utf8('\r\n' + lines.slice(1200).join('\r\n'))]);
    const at = (content: Uint8Array) => loadFiles([{ name: 'p.csv', content: files.projects }, { name: 'a.csv', content }]).problems.map((p) => [p.code, p.message]);
    expect(at(atEnd).slice(0, 1)).toEqual([['invalid-encoding', `a.csv：第 ${lines.length + 1} 行既不是有效的 UTF-8 文本也不是 GBK 文本，无法识别的字节显示为“\uFFFD”，请核对这些行（或将文件另存为 UTF-8 后重新导入）`]]);
    expect(at(inside).slice(0, 1)).toEqual([['invalid-encoding', 'a.csv：第 1201 行既不是有效的 UTF-8 文本也不是 GBK 文本，无法识别的字节显示为“\uFFFD”，请核对这些行（或将文件另存为 UTF-8 后重新导入）']]);
  });

  it('notices a character cut short by a line break where the file is cut into pieces (not joined across the cut)', () => {
    const { files } = generate(40, 3);
    const enc = new TextEncoder();
    const lines = files.actuals.split('\r\n').map((l) => enc.encode(l));
    // The line whose line break is the first at or past 64 kB (after the BOM): the first piece ends there.
    let at = 0;
    for (let end = 0; at < lines.length; at++) {
      end += lines[at].length + 2;
      if (end - 2 >= 3 + (1 << 16)) break;
    }
    const cut = [...lines.slice(0, at), new Uint8Array([...lines[at], 0xe9, 0xa1]), new Uint8Array([0xb9, ...lines[at + 1]]), ...lines.slice(at + 2)];
    const content = new Uint8Array(cut.flatMap((l, i) => [...l, ...(i < cut.length - 1 ? [0x0d, 0x0a] : [])]));
    const loaded = loadFiles([{ name: 'p.csv', content: files.projects }, { name: 'a.csv', content }]);
    const encoding = loaded.problems.filter((p) => p.code === 'mixed-encoding' || p.code === 'invalid-encoding');
    expect(encoding.length).toBe(1);
    expect(encoding[0].message).toContain(`第 ${at + 1}、${at + 2} 行`);
  });

  it('reads a large UTF-8 projects file in pieces (recognised by its header, never decoded whole) as it reads its text whole', () => {
    const { files } = generate(40, 3);
    // A bad year, a conflicting 主管部门 and a quoted cell with a line break, far into the file.
    const lines = files.projects.split('\r\n');
    lines[300] = lines[300].replace(',2024,', ',20x4,');
    lines[400] = lines[400].replace(/^([^,]*,[^,]*,[^,]*,)[^,]*/, '$1"另一个\r\n部门"');
    const csv = { 'p.csv': lines.join('\r\n'), 'a.csv': files.actuals };
    const asText = Object.entries(csv).map(([name, text]) => ({ name, content: text }));
    const asBytes = Object.entries(csv).map(([name, text]) => ({ name, content: new TextEncoder().encode(text) }));
    expect(asBytes[0].content.length).toBeGreaterThan(1 << 17);
    const [text, bytes] = [loadFiles(asText), loadFiles(asBytes)];
    expect(bytes.problems).toEqual(text.problems);
    // The row of the bad year is not loaded: two actuals of its indicator then name no indicator.
    expect(bytes.problems.map((p) => [p.source?.file, p.code, p.source?.row])).toEqual([
      ['p.csv', 'csv-year', 301], ['p.csv', 'csv-department', 401], ['a.csv', 'unknown-indicator', 614], ['a.csv', 'unknown-indicator', 615],
    ]);
    expect(bytes.dataset).toEqual(text.dataset);
    expect(bytes.files).toEqual(text.files.map((f) => ({ ...f, encoding: 'utf-8-bom' })));
  });
});
