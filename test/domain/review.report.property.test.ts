import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actual, Dataset, Indicator, Project, Spend } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { daysInYear, toIso } from '../../src/domain/calendar';

// buildReport must judge any dataset a user can load: arbitrary target and actual texts, actuals and
// spend on any day of the year, either rule set and 序时进度 basis. It never throws, every
// judgement has one of the five statuses and a non-empty explanation, and counts add up.

const FRAGMENTS = ['≥', '≤', '>', '<', '=', '>=', '<=', '＝', '不低于', '不超过', '以上', '以内', '左右', '0', '1', '2.5',
  '30', '100', '1,325.06', '-', '.', '%', '％', '‰', '个', '次', '轮', '小时', '分钟', '天', '个工作日', '周', '元', '万元', '亿元',
  '序时进度', '较高', '明显', '显著', '一般', '不', '无', '充分', '满意', '达成', '部分达成', '未达成', '是', '否', '/', ' ', '（', '含'];
// Well-formed quantities (an operator, a number near the others, a shared unit) so that actuals land
// on each side of each tolerance often enough that every verdict is reached on every run, not 5 in 6.
const quantity = fc.tuple(
  fc.constantFrom('', '≥', '≤', '=', '>', '<'), fc.integer({ min: 0, max: 120 }), fc.constantFrom('%', '小时', '个', ''),
).map(([op, n, unit]) => `${op}${n}${unit}`);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 }).map((a) => a.join('')),
  quantity,
);
const LEVEL3 = ['预算执行率', '资金到位率', '安全事故发生数', '服务对象满意度', '渗透测试', '响应时间', '验收合格率', '项目总成本', '投诉次数', ''];
const LEVEL2 = ['资金管理', '数量指标', '质量指标', '时效指标', '社会效益', '服务对象满意度', ''];
const LEVEL1 = ['过程', '产出指标', '效益指标', '满意度指标', '成本指标', ''];
const YEARS = [2023, 2024, 2100];
/** Any day of the year, as ISO. */
const date = (year: number) => fc.integer({ min: 0, max: daysInYear(year) - 1 }).map((n) => {
  const d = new Date(Date.UTC(year, 0, 1 + n));
  return toIso({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
});

const project = (total: number | null): Project => ({
  id: 'p1', name: '测试项目', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2024, funds: { total, sources: {} }, expenses: [{ name: '运维', planH1: 30, budgetFY: total }],
});

const dataset = (year: number) => fc.record({
  total: fc.oneof(fc.constant(null), fc.constant(0), fc.double({ min: 0.01, max: 1e6, noNaN: true })),
  indicators: fc.array(fc.record({
    level1: fc.constantFrom(...LEVEL1), level2: fc.constantFrom(...LEVEL2), level3: fc.constantFrom(...LEVEL3),
    targetH1: text, targetFY: text, model: fc.constantFrom(undefined, 'cumulative', 'level') as fc.Arbitrary<Indicator['model']>,
  }), { minLength: 1, maxLength: 6 }),
  // `near`: the actual is instead the applicable target's number scaled by near% in the target's unit,
  // so that actuals fall on each side of each tolerance (a warning band is narrow for random text).
  actuals: fc.array(fc.record({ at: fc.nat(5), date: date(year), value: text, near: fc.option(fc.integer({ min: 50, max: 130 })) }), { maxLength: 10 }),
  spend: fc.array(fc.record({ line: fc.boolean(), date: date(year), amount: fc.double({ min: 0, max: 1e6, noNaN: true }) }), { maxLength: 4 }),
});

/** The applicable target's first number × pct %, followed by the target's unit; the raw value if it has no number. */
function nearTarget(indicator: Indicator, isoDate: string, pct: number): string {
  const target = isoDate.slice(5) < '07-01' ? indicator.targetH1 : indicator.targetFY;
  const m = /(\d+(?:\.\d+)?)(.*)$/.exec(target);
  return m ? `${Math.round(Number(m[1]) * pct) / 100}${m[2]}` : target;
}

const seen = new Set<string>();
describe('buildReport never throws on arbitrary targets, actuals and dates', () => {
  it('gives every indicator a status among the five and a non-empty explanation', () => {
    fc.assert(fc.property(
      fc.constantFrom(...YEARS).chain((year) => fc.tuple(fc.constant(year), dataset(year), date(year))),
      fc.constantFrom('default', 'pmkpi') as fc.Arbitrary<'default' | 'pmkpi'>,
      fc.constantFrom('day', 'month') as fc.Arbitrary<'day' | 'month'>,
      ([, raw, asOf], ruleSet, basis) => {
        const indicators: Indicator[] = raw.indicators.map((i, k) => ({ id: `i${k}`, projectId: 'p1', ...i }));
        const actuals: Actual[] = raw.actuals.map((a) => {
          const indicator = indicators[a.at % indicators.length];
          return { projectId: 'p1', indicatorId: indicator.id, date: a.date, value: a.near === null ? a.value : nearTarget(indicator, a.date, a.near) };
        });
        const spend: Spend[] = raw.spend.map((s) => ({ projectId: 'p1', expense: s.line ? '运维' : null, date: s.date, amount: s.amount }));
        const data: Dataset = { projects: [project(raw.total)], indicators, actuals, spend };
        const settings = defaultSettings(ruleSet);
        settings.timeProgress = basis;
        const r = buildReport(data, asOf, settings);
        expect(r.judgements).toHaveLength(indicators.length);
        for (const j of r.judgements) {
          expect(['met', 'warning', 'behind', 'pending', 'unparsed']).toContain(j.status);
          expect(j.explain.length).toBeGreaterThan(0);
          expect(j.explain).not.toMatch(/undefined|NaN|\[object/);
          if (j.expected !== null) expect(Number.isFinite(j.expected)).toBe(true);
          if (j.variance.absolute !== null) expect(Number.isNaN(j.variance.absolute)).toBe(false);
        }
        const counts = r.projects[0].counts;
        expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(indicators.length);
        expect(() => JSON.stringify(r.judgements)).not.toThrow();
        for (const j of r.judgements) seen.add(j.status);
      },
    ), { numRuns: 1500 });
    // The generator reaches every verdict, not only the easy unparsed/pending ones.
    expect([...seen].sort()).toEqual(['behind', 'met', 'pending', 'unparsed', 'warning']);
  });
});
