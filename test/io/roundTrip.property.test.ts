// Property (issue 7 §6): a data set exported as the app's 数据 → 导出 buttons write it and loaded
// again is the same data set — as canonical JSON (io/write.toCanonicalJson with observations, the
// 导出 JSON button) and as the three CSV files (app/lib/datasetCsv, the 导出 … CSV buttons, through
// io/write.toCsv). Generated data sets have names and notes with leading/trailing whitespace,
// quotes, commas, newlines, formula-looking text, control and bidi characters, and `__proto__` /
// `constructor` keys in funds.sources. Only what a format does not carry is left out of the
// comparison: `source` refs, and the long texts (立项必要性 …) in CSV (data/README: JSON only).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadFiles } from '../../src/io/load';
import { toCanonicalJson } from '../../src/io/write';
import { DATASET_CSV_KINDS, datasetCsv } from '../../src/app/lib/datasetCsv';
import type { Actual, Dataset, Expense, Indicator, Project, Spend } from '../../src/domain/types';

// ── Text: arbitrary Unicode, with the pieces that break exports most often ─────────────────────
const TRICKY = [' ', '  ', '\t', '\n', '\r\n', '"', '""', ',', "'", '=', '+', '-', '@', '＝', '＋', '\u00a0', '\u3000', '\u200b', '\ufeff',
  '=1+1', '=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '__proto__', 'constructor', '“', '”', '\\', '；', '\x1b[31m', '\u202e',
  '项目', '指标', '（程）', '2024-06-30', '1,234', '30%', '\x00', '\x07', '\x0b', '\x0c', '\x7f', '\u0085', '\u2028', '\u2029', '\r', '\n\n'];
const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 4 }), fc.constantFrom(...TRICKY));
const text = fc.array(piece, { maxLength: 4 }).map((a) => a.join(''));
/** A required name: anything with at least one visible character. */
const name = fc.tuple(text, fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 }).filter((s) => s.trim() !== ''), text)
  .map(([a, b, c]) => a + b + c);
const optionalText = fc.option(text.filter((s) => s !== ''), { nil: undefined });
/** 万元 with two decimals, as budgets are filed. */
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 100);

// Targets paired with actuals that read against them (domain.md §2), and free text kept as filed.
const KINDS = [
  { h1: '≥80%', fy: '≥90%', values: ['85%', '90', '100%'] },
  { h1: '=30%', fy: '=100%', values: ['28%', '30%', '0%'] },
  { h1: '≤4小时', fy: '≤4小时', values: ['3小时', '150分钟', '4'] },
  { h1: '≥2轮', fy: '≥4轮', values: ['2轮', '3', '0轮'] },
  { h1: '较高', fy: '较高', values: ['较高', '达成', '部分达成', '明显'] },
  { h1: '=0次', fy: '=0次', values: ['0次', '1次'] },
];
const kind = fc.nat(KINDS.length - 1);

interface Gen { projects: Project[]; indicators: Indicator[]; actuals: Actual[]; spend: Spend[] }

const projectArb = (k: number) => fc.record({
  name, year: fc.integer({ min: 2020, max: 2030 }), department: text, unit: text, type: text, level: text,
  span: fc.option(fc.tuple(fc.nat(3), fc.nat(3)), { nil: undefined }), contact: optionalText,
  texts: fc.option(fc.record({ necessity: text.filter((t) => t !== ''), annualGoal: text.filter((t) => t !== '') }, { requiredKeys: [] }), { nil: undefined }),
  total: fc.option(amount, { nil: null }),
  sources: fc.array(fc.tuple(fc.constantFrom('一般公共预算资金', '其他资金', '上年结转资金', '__proto__', 'constructor', 'toString', '自筹 资金'), fc.option(amount, { nil: null })), { maxLength: 4 }),
  expenses: fc.uniqueArray(fc.record({ name, planH1: fc.option(amount, { nil: null }), budgetFY: fc.option(amount, { nil: null }) }), { maxLength: 3, selector: (e) => e.name.trim() }),
  indicators: fc.array(fc.record({
    level1: name, level2: text, level3: name, kind, free: fc.option(fc.tuple(text, text), { nil: undefined }),
    model: fc.option(fc.constantFrom<'cumulative' | 'level'>('cumulative', 'level'), { nil: undefined }),
    weight: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
    actuals: fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 364 }), pick: fc.nat(), reason: optionalText, likelihood: fc.option(fc.constantFrom('确定能', '有可能', '完全不可能'), { nil: undefined }), note: optionalText }), { maxLength: 2, selector: (a) => a.day }),
  }), { maxLength: 4 }),
  spend: fc.uniqueArray(fc.record({ day: fc.integer({ min: 0, max: 364 }), line: fc.nat(), share: fc.integer({ min: 0, max: 100 }) }), { maxLength: 3, selector: (s) => `${s.day}/${s.line}` }),
}).map((g): Gen => {
  const id = `p-${k.toString(16).padStart(8, '0')}`;
  const expenses: Expense[] = g.expenses;
  const project: Project = {
    id, name: g.name, year: g.year, department: g.department, unit: g.unit, type: g.type, level: g.level,
    startYear: g.span ? g.year - g.span[0] : null, endYear: g.span ? g.year + g.span[1] : null,
    funds: { total: g.total, sources: Object.fromEntries(g.sources) }, expenses,
  };
  if (g.contact) project.contact = g.contact;
  if (g.texts && Object.values(g.texts).some((t) => t)) project.texts = g.texts;
  const day = (d: number) => new Date(Date.UTC(g.year, 0, 1 + d)).toISOString().slice(0, 10);
  const indicators: Indicator[] = [];
  const actuals: Actual[] = [];
  g.indicators.forEach((x, n) => {
    const t = KINDS[x.kind];
    const i: Indicator = { id: `${id}-i-${n}`, projectId: id, level1: x.level1, level2: x.level2, level3: x.level3,
      targetH1: x.free ? x.free[0] : t.h1, targetFY: x.free ? x.free[1] : t.fy };
    if (x.model) i.model = x.model;
    if (x.weight !== undefined) i.weight = x.weight;
    indicators.push(i);
    if (x.free) return; // free-text targets: kept as filed, no actual can be judged against them
    for (const a of x.actuals) {
      const actual: Actual = { projectId: id, indicatorId: i.id, date: day(a.day), value: t.values[a.pick % t.values.length] };
      if (a.reason) actual.reason = a.reason;
      if (a.likelihood) actual.likelihood = a.likelihood;
      if (a.note) actual.note = a.note;
      actuals.push(actual);
    }
  });
  // Spend within the budget (an amount above it is rightly questioned on load, issue 7 §3).
  const seen = new Set<string>();
  const spend: Spend[] = g.spend.map((s) => {
    const line = expenses.length ? expenses[s.line % (expenses.length + 1)] ?? null : null;
    const cap = Math.min(line?.budgetFY ?? Infinity, g.total ?? Infinity, 100_000);
    return { projectId: id, expense: line?.name ?? null, date: day(s.day), amount: Math.floor((cap === Infinity ? 100 : cap) * s.share) / 100 };
  }).filter((s) => !seen.has(`${s.expense}\u0001${s.date}`) && !!seen.add(`${s.expense}\u0001${s.date}`));
  return { projects: [project], indicators, actuals, spend };
});

const datasetArb: fc.Arbitrary<Dataset> = fc.integer({ min: 1, max: 3 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => projectArb(k + 1))))
  .map((parts) => ({
    projects: parts.flatMap((p) => p.projects), indicators: parts.flatMap((p) => p.indicators),
    actuals: parts.flatMap((p) => p.actuals), spend: parts.flatMap((p) => p.spend),
  }));

// ── Comparison: the data, without load provenance ─────────────────────────────────────────────
const blank = (s: string | undefined) => (s === undefined || s === '' ? undefined : s);
function comparable(d: Dataset, opts: { texts: boolean }) {
  const byId = <T extends { id: string }>(a: T[]) => [...a].sort((x, y) => (x.id < y.id ? -1 : 1));
  return {
    projects: byId(d.projects).map((p) => ({
      id: p.id, name: p.name, year: p.year, department: p.department, unit: p.unit, type: p.type, level: p.level,
      startYear: p.startYear, endYear: p.endYear, contact: blank(p.contact),
      texts: opts.texts && p.texts && Object.values(p.texts).some((t) => t) ? Object.fromEntries(Object.entries(p.texts).filter(([, t]) => t)) : undefined,
      total: p.funds.total,
      // Own keys only, so that __proto__ and constructor count as the data they are. A source without
      // an amount is a blank cell in CSV, the same as no such source.
      sources: Object.keys(p.funds.sources).sort().filter((k) => opts.texts || p.funds.sources[k] !== null).map((k) => [k, p.funds.sources[k]]),
      expenses: p.expenses.map(({ name: n, planH1, budgetFY }) => ({ name: n, planH1, budgetFY })),
    })),
    indicators: byId(d.indicators).map(({ id, projectId, level1, level2, level3, targetH1, targetFY, model, weight }) =>
      ({ id, projectId, level1, level2, level3, targetH1, targetFY, model, weight })),
    actuals: d.actuals.map(({ projectId, indicatorId, date, value, reason, likelihood, note }) =>
      ({ projectId, indicatorId, date, value, reason: blank(reason), likelihood: blank(likelihood), note: blank(note) }))
      .sort((a, b) => (`${a.indicatorId} ${a.date}` < `${b.indicatorId} ${b.date}` ? -1 : 1)),
    spend: d.spend.map(({ projectId, expense, date, amount: a }) => ({ projectId, expense, date, amount: a }))
      .sort((a, b) => (`${a.projectId} ${a.expense} ${a.date}` < `${b.projectId} ${b.expense} ${b.date}` ? -1 : 1)),
  };
}

const errorsOf = (r: ReturnType<typeof loadFiles>) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message);
const RUNS = { numRuns: 400 };

describe('export → load gives the same data set (issue 7 §6)', () => {
  it('canonical JSON (导出 JSON): every field, names and notes exactly as they were', () => {
    fc.assert(fc.property(datasetArb, (data) => {
      const json = toCanonicalJson(data, { includeObservations: true });
      const back = loadFiles([{ name: '绩效目标数据.json', content: new TextEncoder().encode(json) }]);
      expect(errorsOf(back)).toEqual([]);
      expect(comparable(back.dataset, { texts: true })).toEqual(comparable(data, { texts: true }));
      // And once more: what was loaded exports to the same text.
      expect(toCanonicalJson(back.dataset, { includeObservations: true })).toBe(json);
    }), RUNS);
  });

  it('the three CSV files (导出 项目与指标 / 实际值 / 执行数 CSV): the same data set, long texts aside', () => {
    fc.assert(fc.property(datasetArb, (data) => {
      const files = DATASET_CSV_KINDS.map((k) => datasetCsv(k, data, '2024-10-08'))
        .map((f) => ({ name: f.name, content: new TextEncoder().encode(f.text) }));
      const back = loadFiles(files);
      expect(errorsOf(back)).toEqual([]);
      expect(comparable(back.dataset, { texts: false })).toEqual(comparable(data, { texts: false }));
    }), RUNS);
  });

  it('loading the export over the data it came from (edit in Excel, load again) changes nothing', () => {
    fc.assert(fc.property(datasetArb, (data) => {
      const csv = DATASET_CSV_KINDS.map((k) => datasetCsv(k, data, '2024-10-08')).map((f) => ({ name: f.name, content: f.text }));
      const json = [{ name: 'b.json', content: toCanonicalJson(data, { includeObservations: true }) }];
      for (const files of [csv, json]) {
        const back = loadFiles(files, data);
        expect(errorsOf(back)).toEqual([]);
        expect(comparable(back.dataset, { texts: files === json })).toEqual(comparable(data, { texts: files === json }));
      }
    }), RUNS);
  });

  it('JSON then CSV then JSON: the CSV export of loaded JSON reads back to it', () => {
    fc.assert(fc.property(datasetArb, (data) => {
      const fromJson = loadFiles([{ name: 'a.json', content: toCanonicalJson(data, { includeObservations: true }) }]).dataset;
      const csv = DATASET_CSV_KINDS.map((k) => datasetCsv(k, fromJson, '2024-10-08')).map((f) => ({ name: f.name, content: f.text }));
      const back = loadFiles(csv);
      expect(errorsOf(back)).toEqual([]);
      expect(comparable(back.dataset, { texts: false })).toEqual(comparable(fromJson, { texts: false }));
    }), RUNS);
  });
});
