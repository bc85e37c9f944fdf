// The columnar transfer of a data set (io/compactDataset): whatever goes in comes out the same after
// travelling as JSON — optional fields absent stay absent, present ones (empty strings, nulls,
// zeros, Chinese text) stay as they were — and the bundled 示例数据 goes as columns with one copy
// of each repeated name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPACT_FORMAT, decodeDataset, decodeDatasetAnswer, encodeDataset, type CompactDataset } from '../../src/io/compactDataset';
import { loadFiles } from '../../src/io/load';
import { dataset } from './datasetArbitrary';
import type { Dataset } from '../../src/domain/types';

const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const roundTrip = (d: Dataset) => decodeDataset(viaJson(encodeDataset(d)));

describe('compact data set', () => {
  it('decodes what it encoded, after JSON, for generated data sets', () => {
    fc.assert(fc.property(dataset, (generated) => {
      // Plain objects, as JSON.parse and the loaders make them (fast-check's have no prototype).
      const d = viaJson(generated);
      expect(roundTrip(d)).toStrictEqual(d);
      // In memory too (the same values, no JSON between).
      expect(decodeDataset(encodeDataset(d))).toStrictEqual(d);
    }), { numRuns: 300 });
  });

  it('decodes any JSON rows, with fields present in some rows and absent in others', () => {
    const rows = fc.array(fc.dictionary(fc.constantFrom('a', 'b', 'c', '__proto__', 'valueOf', 'toString', '名称', ''), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), { maxLength: 12 });
    fc.assert(fc.property(rows, rows, (projects, actuals) => {
      const d = viaJson({ projects, indicators: [], actuals, spend: [] }) as unknown as Dataset;
      expect(roundTrip(d)).toStrictEqual(d);
    }), { numRuns: 300 });
  });

  it('keeps absent, undefined-valued and present-but-empty apart', () => {
    const d = {
      projects: [], indicators: [], spend: [],
      actuals: [
        { projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '' },
        { projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '83.5', note: '', reason: undefined },
        { projectId: 'p', indicatorId: 'i', date: '2024-07-31', value: '达成', note: '备注' },
      ],
    } as Dataset;
    const c = encodeDataset(d);
    // note: absent in row 0, present ('' and 备注) in rows 1 and 2; reason never present.
    expect(c.tables.actuals.cols.note).toEqual({ t: 's', v: [c.strings.indexOf(''), c.strings.indexOf('备注')], miss: [0, 1] });
    expect(c.tables.actuals.cols.reason).toBeUndefined();
    expect(roundTrip(d)).toStrictEqual({ ...d, actuals: [d.actuals[0], { projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '83.5', note: '' }, d.actuals[2]] });
  });

  it('decodes a server answer sent as columns, and passes one in the domain\'s shape as it is', () => {
    const d: Dataset = { projects: [], indicators: [], spend: [], actuals: [{ projectId: 'p', indicatorId: 'i', date: '2024-06-30', value: '达成' }] };
    const versions = { 'r|p|i': 2 };
    expect(decodeDatasetAnswer(viaJson({ format: COMPACT_FORMAT, dataset: encodeDataset(d), versions }))).toStrictEqual({ format: COMPACT_FORMAT, dataset: d, versions });
    const plain = { dataset: d, versions };
    expect(decodeDatasetAnswer(plain)).toBe(plain);
  });

  it('refuses another format in Chinese', () => {
    expect(() => decodeDataset({ format: 'columns-2' } as unknown as CompactDataset)).toThrow('数据格式「columns-2」不是本应用能读的（columns-1），请刷新页面以载入新版本');
  });

  it('sends the bundled 示例数据 as columns, each name once', () => {
    const names = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];
    const d = loadFiles(names.map((name) => ({ name, content: new Uint8Array(readFileSync(join(__dirname, '../../data', name))) }))).dataset;
    const c = encodeDataset(d);
    expect(c.format).toBe(COMPACT_FORMAT);
    expect(Object.keys(c.tables).sort()).toEqual(Object.keys(d).filter((k) => Array.isArray(d[k as keyof Dataset])).sort());
    expect([c.tables.projects.n, c.tables.indicators.n, c.tables.actuals.n, c.tables.spend.n]).toEqual([d.projects.length, d.indicators.length, d.actuals.length, d.spend.length]);
    expect(c.tables.indicators.n).toBe(99);
    // 一级指标 is one of three words for all 99 indicators: three strings, 99 small indexes.
    const level1 = c.tables.indicators.cols.level1;
    expect(level1.t).toBe('s');
    expect(new Set((level1 as { v: number[] }).v.map((i) => c.strings[i]))).toEqual(new Set(d.indicators.map((i) => i.level1)));
    expect(c.strings.filter((s) => s === '产出指标')).toEqual(['产出指标']);
    expect(c.tables.spend.cols.source.t).toBe('o');
    expect(c.tables.spend.cols.amount.t).toBe('n');
    expect(roundTrip(d)).toStrictEqual(viaJson(d));
    // Fewer bytes than the plain JSON, before any compression.
    expect(JSON.stringify(c).length).toBeLessThan(JSON.stringify(d).length * 0.8);
  });
});
