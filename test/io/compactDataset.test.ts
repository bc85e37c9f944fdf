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
import type { Dataset } from '../../src/domain/types';

const viaJson = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const roundTrip = (d: Dataset) => decodeDataset(viaJson(encodeDataset(d)));

// Text as data holds it: Chinese names, empty strings, the odd symbol and any Unicode.
const text = fc.oneof(fc.constantFrom('', '江苏省数据局', '满意度', '≥95%', '达成', '2024-06-30', ' '), fc.string({ unit: 'grapheme', maxLength: 8 }));
const num = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const numOrNull = fc.option(num, { nil: null });
const source = fc.record({ file: text, row: fc.nat(), field: text }, { requiredKeys: ['file'] });

const project = fc.record({
  id: text, name: text, year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }), department: text, unit: text, type: text, level: text,
  startYear: numOrNull, endYear: numOrNull, contact: text,
  texts: fc.record({ necessity: text, annualGoal: text }, { requiredKeys: [] }),
  funds: fc.record({ total: numOrNull, sources: fc.dictionary(text, numOrNull, { maxKeys: 3 }) }),
  expenses: fc.array(fc.record({ name: text, planH1: numOrNull, budgetFY: numOrNull }), { maxLength: 3 }),
  source,
}, { requiredKeys: ['id', 'name', 'year', 'department', 'unit', 'type', 'level', 'startYear', 'endYear', 'funds', 'expenses'] });
const indicator = fc.record({
  id: text, projectId: text, level1: text, level2: text, level3: text, targetH1: text, targetFY: text,
  model: fc.constantFrom('cumulative', 'level'), weight: num, source,
}, { requiredKeys: ['id', 'projectId', 'level1', 'level2', 'level3', 'targetH1', 'targetFY'] });
const actual = fc.record({
  projectId: text, indicatorId: text, date: text, value: text, reason: text, likelihood: text, note: text, reasonCategory: text, forecast: text, measures: text,
  attachments: fc.array(fc.record({ id: text, name: text, type: text, size: fc.nat() }), { maxLength: 2 }), source,
}, { requiredKeys: ['projectId', 'indicatorId', 'date', 'value'] });
const spend = fc.record({ projectId: text, expense: fc.option(text, { nil: null }), date: text, amount: num, source }, { requiredKeys: ['projectId', 'expense', 'date', 'amount'] });
const round = fc.record({
  id: text, name: text, periodEnd: text, deadline: fc.option(text, { nil: null }), createdAt: text, closed: fc.boolean(), closedAt: fc.option(text, { nil: null }),
  scope: fc.oneof(fc.constant({ kind: 'all' as const }), fc.record({ kind: fc.constant('projects' as const), projectIds: fc.array(text) }), fc.record({ kind: fc.constant('filter' as const), minBudget: num, departments: fc.array(text) }, { requiredKeys: ['kind'] })),
});
const form = fc.record({ roundId: text, projectId: text, status: fc.constantFrom('draft' as const, 'done' as const), doneAt: text, spendForecast: numOrNull }, { requiredKeys: ['roundId', 'projectId', 'status'] });

const dataset = fc.record({
  projects: fc.array(project, { maxLength: 6 }),
  indicators: fc.array(indicator, { maxLength: 20 }),
  actuals: fc.array(actual, { maxLength: 20 }),
  spend: fc.array(spend, { maxLength: 10 }),
  rounds: fc.array(round, { maxLength: 3 }),
  forms: fc.array(form, { maxLength: 6 }),
}, { requiredKeys: ['projects', 'indicators', 'actuals', 'spend'] }) as fc.Arbitrary<Dataset>;

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
