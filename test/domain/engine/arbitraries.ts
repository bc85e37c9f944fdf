// Generated data sets shared by the engine's differential tests: province data sets from scripts/gen
// (any seed) and small hand-rolled ones with arbitrary target and actual texts, dates in 2023–2025.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Actual, Dataset, Indicator, Spend } from '../../../src/domain/types';
import { defaultSettings } from '../../../src/domain/settings';
import { toIso } from '../../../src/domain/calendar';
import { loadFiles } from '../../../src/io/load';

export const seedData = loadFiles([{ name: 'projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
export const date = fc.integer({ min: 0, max: 3 * 366 }).map((n) => {
  const d = new Date(Date.UTC(2023, 0, 1 + n));
  return toIso({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
});
export const rules = fc.constantFrom('default', 'pmkpi') as fc.Arbitrary<'default' | 'pmkpi'>;
export const basis = fc.constantFrom('day', 'month') as fc.Arbitrary<'day' | 'month'>;
export const settingsOf = (ruleSet: 'default' | 'pmkpi', b: 'day' | 'month') => ({ ...defaultSettings(ruleSet), timeProgress: b });

export const TARGETS = ['≥90%', '=100%', '=30%', '≤4小时', '=0次', '≥2轮', '≥4轮', '序时进度', '100%', '较高', '明显', '充分', '≥-5%', '≤116万元',
  '>50%', '<3%', '=21个', '详见附件', '', '≥1.5万人次', '=0万元', '满意'];
export const VALUES = ['95%', '100%', '28%', '3.5小时', '300分钟', '0次', '1次', '2轮', '3.4轮', '达成', '部分达成', '未达成', '较高', '一般', '好',
  '-6%', '120万元', '60%', '21个', 'abc', '0.9万人次', '0万元', '', '85'];
const LEVEL3 = ['预算执行率', '资金执行率', '资金到位率', '安全事故发生数', '服务对象满意度', '渗透测试', '响应时间', '项目总成本', '投诉次数'];

/** Small hand-rolled data sets: any target text against any actual text, dates anywhere in 2023–2025. */
export const handRolled = fc.record({
  projects: fc.array(fc.record({ year: fc.constantFrom(2023, 2024, 2024, 2025, null), total: fc.constantFrom(null, 0, 100, 81), dept: fc.constantFrom('省数据局 (政务办)', '省数据局（政务办）', '教育厅') }), { minLength: 1, maxLength: 3 }),
  indicators: fc.array(fc.record({ at: fc.nat(2), level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', '成本指标'), level2: fc.constantFrom('数量指标', '质量指标', '时效指标', '满意度'),
    level3: fc.constantFrom(...LEVEL3), h1: fc.constantFrom(...TARGETS), fy: fc.constantFrom(...TARGETS), model: fc.constantFrom(undefined, 'cumulative', 'level') as fc.Arbitrary<Indicator['model']> }), { minLength: 1, maxLength: 8 }),
  actuals: fc.array(fc.record({ at: fc.nat(7), date, value: fc.constantFrom(...VALUES), reason: fc.constantFrom(undefined, '资金拨付滞后') }), { maxLength: 14 }),
  spend: fc.array(fc.record({ at: fc.nat(2), line: fc.boolean(), date, amount: fc.constantFrom(0, 10, 45.5, 81) }), { maxLength: 5 }),
}).map((r): Dataset => {
  const projects = r.projects.map((p, k) => ({ id: `p${k}`, name: `项目${k}`, year: p.year, department: p.dept, unit: `单位${k % 2}`, type: '常年安排项目', level: '省本级',
    startYear: p.year, endYear: p.year, funds: { total: p.total, sources: {} }, expenses: [{ name: '运维', planH1: 30, budgetFY: p.total }] }));
  const indicators: Indicator[] = r.indicators.map((i, k) => ({ id: `i${k}`, projectId: projects[i.at % projects.length].id, level1: i.level1, level2: i.level2, level3: i.level3, targetH1: i.h1, targetFY: i.fy, ...(i.model ? { model: i.model } : {}) }));
  const actuals: Actual[] = r.actuals.map((a) => {
    const ind = indicators[a.at % indicators.length];
    return { projectId: ind.projectId, indicatorId: ind.id, date: a.date, value: a.value, ...(a.reason ? { reason: a.reason } : {}) };
  });
  const spend: Spend[] = r.spend.map((s) => ({ projectId: projects[s.at % projects.length].id, expense: s.line ? '运维' : null, date: s.date, amount: s.amount }));
  return { projects, indicators, actuals, spend };
});

