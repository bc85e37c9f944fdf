// fast-check: records → the 监控表 .xlsx → read back (expandSpreadsheets + loadFiles) → the same
// values, forecasts, reasons with their category, likelihoods, measures, notes, spend and 全年预计执行数.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMonitoringForm } from '../../src/io/xlsx/monitoringForm';
import { expandSpreadsheets } from '../../src/io/xlsx/expand';
import { loadFiles } from '../../src/io/load';
import { REASON_CATEGORIES } from '../../src/domain/round';
import type { Actual, Dataset, Spend } from '../../src/domain/types';
import { round, roundReport, sample } from './xlsxHelpers';

// Text as units write it: any characters but outer spaces (cells are trimmed on reading), including formula-like starts.
const words = fc.oneof(fc.constantFrom('=30%', '+1', '-2', '@x', "'引号", '换\n行', '达成', '（备注）'), fc.string({ minLength: 1, maxLength: 12 }))
  .map((s) => s.trim()).filter((s) => s !== '' && !(REASON_CATEGORIES as readonly string[]).some((c) => s === c || s.startsWith(c)));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const values: Record<string, fc.Arbitrary<string>> = {
  'pa-i1': fc.integer({ min: 0, max: 9 }).map((n) => `${n}轮`),
  'pa-i2': fc.integer({ min: 0, max: 9 }).map(String),
  'pa-i3': fc.constantFrom('150分钟', '3小时', '2.5'),
  'pa-i4': fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`),
  'pa-i5': fc.constantFrom('85%', '90', '100%'),
  'pb-i1': fc.integer({ min: 0, max: 20 }).map((n) => `${n}次`),
};
const record = (indicatorId: string) =>
  fc.record({ value: values[indicatorId], forecast: opt(words), reasonCategory: opt(fc.constantFrom(...REASON_CATEGORIES)), reason: opt(words), likelihood: opt(fc.constantFrom('确定能', '有可能', '完全不可能')), measures: opt(words), note: opt(words) })
    .map((r): Actual => {
      const a: Actual = { projectId: indicatorId.slice(0, 2), indicatorId, date: round.periodEnd, value: r.value };
      for (const k of ['forecast', 'reasonCategory', 'reason', 'likelihood', 'measures', 'note'] as const) if (r[k] !== undefined) a[k] = r[k];
      return a;
    });
const amount = fc.integer({ min: 0, max: 8000 }).map((n) => n / 100);

const datasets = fc.record({
  records: fc.subarray(Object.keys(values)).chain((ids) => fc.tuple(...ids.map(record))),
  lines: fc.option(fc.tuple(amount, amount)),
  whole: fc.option(amount),
  forecast: fc.option(amount),
}).map(({ records, lines, whole, forecast }): Dataset => {
  const base = sample();
  const spend: Spend[] = lines
    ? [{ projectId: 'pa', expense: '运维服务', date: round.periodEnd, amount: lines[0] }, { projectId: 'pa', expense: '安全测评', date: round.periodEnd, amount: lines[1] }]
    : whole !== null ? [{ projectId: 'pb', expense: null, date: round.periodEnd, amount: whole }] : [];
  return { ...base, actuals: records, spend, forms: forecast === null ? [] : [{ roundId: round.id, projectId: 'pa', status: 'draft', spendForecast: forecast }] };
});

const key = (x: { indicatorId?: string; projectId: string; expense?: string | null }) => `${x.projectId}|${x.indicatorId ?? x.expense}`;
const strip = <T extends { source?: unknown }>(list: T[]) => list.map(({ source: _s, ...rest }) => rest).sort((a, b) => key(a as never).localeCompare(key(b as never)));

describe('the 监控表 round trip', () => {
  it('form .xlsx → read back gives the same records, spend and 全年预计执行数', async () => {
    await fc.assert(fc.asyncProperty(datasets, async (data) => {
      const bytes = await buildMonitoringForm(data, roundReport(data), round);
      const base: Dataset = { ...data, actuals: [], spend: [], forms: [] };
      const ex = await expandSpreadsheets([{ name: 'f.xlsx', content: bytes }], base);
      const loaded = loadFiles(ex.files, base);
      expect([...ex.problems, ...loaded.problems].filter((p) => p.severity === 'error')).toEqual([]);
      expect(strip(loaded.dataset.actuals)).toEqual(strip(data.actuals));
      expect(strip(loaded.dataset.spend)).toEqual(strip(data.spend));
      expect((loaded.dataset.forms ?? []).map((f) => f.spendForecast)).toEqual((data.forms ?? []).map((f) => f.spendForecast));
    }), { numRuns: 25 });
  }, 60_000);
});
