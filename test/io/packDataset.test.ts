// The data set packed for the load worker's answer (io/packDataset, io/unpackDataset): what goes in
// comes out the same after a structured clone with its buffers transferred — absent fields absent,
// null, NaN, -0, nested objects and arrays as they were — whole or in slices, and the bundled
// 示例数据 travels as a few buffers and one string table.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packDataset, type PackedDataset } from '../../src/io/packDataset';
import { unpackDataset, unpackDatasetSync } from '../../src/io/unpackDataset';
import { loadFiles } from '../../src/io/load';
import type { Dataset } from '../../src/domain/types';
import { dataset, text } from './datasetArbitrary';

/** As postMessage delivers it: cloned, the typed arrays' buffers moved (the packed side's are then empty). */
function send(d: Dataset): PackedDataset {
  const { packed, transfer } = packDataset(d);
  const got = structuredClone(packed, { transfer });
  expect(transfer.every((b) => b.byteLength === 0)).toBe(true);
  return got;
}
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('packed data set', () => {
  it('unpacks what it packed, whole and in slices of any size, for generated data sets', async () => {
    await fc.assert(fc.asyncProperty(dataset, fc.integer({ min: 1, max: 7 }), async (generated, sliceRows) => {
      const d = plain(generated);
      expect(unpackDatasetSync(send(d))).toStrictEqual(d);
      let pauses = 0;
      const progress: number[] = [];
      const sliced = await unpackDataset(send(d), { sliceRows, pause: async () => { pauses++; }, onProgress: (done) => progress.push(done) });
      expect(sliced).toStrictEqual(d);
      const packed = send(d);
      const items = packed.lengths.length + Object.values(d).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
      // A pause after each slice of strings (ten rows' worth) or rows, told as progress; then the total.
      expect(progress).toHaveLength(pauses + 1);
      expect(progress.at(-1)).toBe(items);
      progress.slice(0, -1).forEach((done, k) => expect(done - (progress[k - 1] ?? 0)).toBeGreaterThanOrEqual(sliceRows));
      if (items - packed.lengths.length >= sliceRows) expect(pauses).toBeGreaterThan(0);
    }), { numRuns: 200 });
  });

  it('keeps what structured clone keeps and JSON would not: NaN, ±Infinity, -0, null beside numbers, mixed kinds', () => {
    const values = fc.oneof(fc.double(), fc.constant(null), text, fc.boolean(), fc.array(fc.integer(), { maxLength: 2 }), fc.record({ file: text, row: fc.option(fc.nat(), { nil: null }) }, { requiredKeys: [] }));
    const rows = fc.array(fc.dictionary(fc.constantFrom('a', 'b', '__proto__', 'valueOf', '名称', ''), values, { maxKeys: 4 }), { maxLength: 12 });
    fc.assert(fc.property(rows, (projects) => {
      // Null-prototype objects from fast-check become plain ones, as the loaders make them.
      const d = { projects: projects.map((r) => Object.assign({}, r)), indicators: [], actuals: [], spend: [] } as unknown as Dataset;
      for (const r of d.projects) if (Object.hasOwn(r, '__proto__')) Object.setPrototypeOf(r, Object.prototype);
      expect(unpackDatasetSync(send(d))).toStrictEqual(structuredClone(d));
    }), { numRuns: 300 });
    const odd = { projects: [{ v: NaN }, { v: -0 }, { v: Infinity }, { v: null }, {}], indicators: [], actuals: [], spend: [] } as unknown as Dataset;
    const back = unpackDatasetSync(send(odd)).projects as unknown as { v?: number | null }[];
    expect(back.map((r) => ('v' in r ? r.v : 'absent'))).toStrictEqual([NaN, -0, Infinity, null, 'absent']);
    expect(Object.is(back[1].v, -0)).toBe(true);
  });

  it('packs absent, undefined-valued, null and repeated strings apart', () => {
    const d = {
      projects: [], indicators: [], spend: [],
      actuals: [
        { projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '', source: { file: 'a.csv', row: 2 } },
        { projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '83.5', note: '', reason: undefined, source: { file: 'a.csv', row: 3 } },
        { projectId: 'p', indicatorId: 'j', date: '2024-07-31', value: '达成', note: '备注', likelihood: null },
      ],
    } as unknown as Dataset;
    const { packed } = packDataset(d);
    const strings = (() => { let pos = 0; return Array.from(packed.lengths, (l) => packed.text.slice(pos, (pos += l))); })();
    // Each string once, for all columns, in order of first use column by column.
    expect(strings).toStrictEqual(['p', 'i', 'j', '2024-06-30', '2024-07-31', '', '83.5', '达成', 'a.csv', '备注']);
    const cols = new Map(packed.tables.find(([k]) => k === 'actuals')![1].cols);
    expect(cols.get('note')).toEqual({ k: 's', idx: Int32Array.from([-1, 5, 9]) });
    expect(cols.get('projectId')).toEqual({ k: 's', idx: Int32Array.from([0, 0, 0]) });
    expect(cols.get('likelihood')).toEqual({ k: 's', idx: Int32Array.from([-1, -1, -2]) });
    expect(cols.has('reason')).toBe(false);
    expect(cols.get('source')?.k).toBe('o');
    const back = unpackDatasetSync(send(d));
    expect(back.actuals[1]).toStrictEqual({ projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '83.5', note: '', source: { file: 'a.csv', row: 3 } });
    expect(back.actuals[2]).toStrictEqual({ projectId: 'p', indicatorId: 'j', date: '2024-07-31', value: '达成', note: '备注', likelihood: null });
    expect(back.actuals[0].source).not.toHaveProperty('field');
  });

  it('refuses another format in Chinese', async () => {
    const wrong = { format: 'columns-1' } as unknown as PackedDataset;
    expect(() => unpackDatasetSync(wrong)).toThrow('数据包格式「columns-1」不是本应用能读的（packed-1），请刷新页面以载入新版本');
    await expect(unpackDataset(null as unknown as PackedDataset)).rejects.toThrow('数据包格式「undefined」');
    const badColumn = { format: 'packed-1', text: '', lengths: new Int32Array(0), tables: [['projects', { n: 1, cols: [['id', { k: 'x' }]] }]], rest: [] } as unknown as PackedDataset;
    expect(() => unpackDatasetSync(badColumn)).toThrow('数据包的列「id」格式不对（x）');
  });

  it('sends the bundled 示例数据 as buffers and one string table, and back the same', async () => {
    const names = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];
    const d = loadFiles(names.map((name) => ({ name, content: new Uint8Array(readFileSync(join(__dirname, '../../data', name))) }))).dataset;
    const { packed, transfer } = packDataset(d);
    const indicators = new Map(packed.tables.find(([k]) => k === 'indicators')![1].cols);
    // 一级指标 is one of a few words for all 99 indicators: each word one string, 99 small indexes.
    const level1 = indicators.get('level1') as { k: 's'; idx: Int32Array };
    const words = new Set(d.indicators.map((i) => i.level1));
    expect(new Set(level1.idx).size).toBe(words.size);
    expect(words.size).toBeLessThan(10);
    // Every distinct string once: fewer characters than the records' strings written out.
    const cells = JSON.stringify(d).length;
    expect(packed.text.length).toBeLessThan(cells / 2);
    expect(transfer.length).toBeGreaterThan(10);
    const back = await unpackDataset(structuredClone(packed, { transfer }), { sliceRows: 50, pause: () => Promise.resolve() });
    expect(back).toStrictEqual(d);
    expect(back.indicators).toHaveLength(99);
  });
});
