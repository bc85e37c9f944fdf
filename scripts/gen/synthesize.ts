// A province-sized data set made from the four real seed tables (data/projects.json): each project
// copies one seed project's indicator tree with its numeric targets rescaled, gets its own name,
// 主管部门 and 实施单位, a funds total, actuals on the quarter ends (numbers short, on and over
// target, qualitative verdicts, now and then another unit of the same kind or an unreadable target)
// and cumulative spend per expenditure line. Deterministic for a seed. Averages match a province:
// ~30 indicators, ~2 actuals per indicator, ~7.5 spend records per project.
import type { Actual, Dataset, Indicator, Project, Spend } from '../../src/domain/types';
import { between, pick, round2, seeded, type Rng } from './random';
import { CITIES, DEPARTMENTS, LIKELIHOODS, REASONS, SUFFIXES, UNIT_KINDS } from './names';

const NUMERIC = /^([=≥≤<>]?)(\d+(?:\.\d+)?)(\D*)$/;
const COUNT_UNITS = /^(个|次|轮|项|人|家|套|份|篇|期|场|批|人次)$/;
const PERFORMANCE = [0.5, 0.8, 0.92, 0.97, 1, 1, 1.05, 1.2];
const VERDICTS = ['达成', '达成', '部分达成', '未达成'];
/** Quarter ends and 31 July (a 1–7月 round), with the chance a unit reports on each. */
const REPORT_DAYS: [string, number][] = [['03-31', 0.6], ['06-30', 0.8], ['07-31', 0.2], ['09-30', 0.6]];

interface Scale { factor: number; count: boolean }

/** The target text with its number rescaled (percent shares stay percent shares; counts stay whole). */
function rescale(text: string, s: Scale): string {
  const m = NUMERIC.exec(text);
  if (!m) return text;
  const [, op, num, unit] = m;
  const v = Number(num);
  if (unit === '%') return v === 100 || v === 0 ? text : `${op}${Math.min(99, Math.max(1, Math.round(v * (0.9 + s.factor / 20))))}%`;
  const scaled = COUNT_UNITS.test(unit) ? Math.max(v === 0 ? 0 : 1, Math.round(v * s.factor)) : round2(v * s.factor);
  return `${op}${scaled}${unit}`;
}

function actualValue(rng: Rng, ind: Indicator, monthShare: number): string {
  const fy = NUMERIC.exec(ind.targetFY);
  if (ind.targetFY === '详见实施方案') return pick(rng, VERDICTS);
  if (!fy) return rng() < 0.7 ? pick(rng, VERDICTS) : ind.targetFY;
  const [, op, num, unit] = fy;
  const v = Number(num);
  const growing = ind.targetH1 !== ind.targetFY && op !== '≤' && op !== '<';
  let x = (growing ? v * monthShare : v) * pick(rng, PERFORMANCE);
  if (op === '≤' || op === '<') x = v * between(rng, 0.4, 1.3);
  if (v === 0) x = rng() < 0.9 ? 0 : 1;
  if (unit === '%') return `${Math.min(100, round2(x))}%`;
  if (COUNT_UNITS.test(unit)) return `${Math.round(x)}${unit}`;
  if (unit === '小时' && rng() < 0.1) return `${Math.round(x * 60)}分钟`;
  return `${round2(x)}${unit}`;
}

/** The data set, and for each project the id of the seed project it copies (for its raw table). */
export function synthesize(seedData: Dataset, n: number, seed = 1): { data: Dataset; templates: string[] } {
  const rng = seeded(seed);
  const out: Dataset = { projects: [], indicators: [], actuals: [], spend: [] };
  const templates: string[] = [];
  const seedIndicators = new Map<string, Indicator[]>();
  for (const i of seedData.indicators) seedIndicators.set(i.projectId, [...(seedIndicators.get(i.projectId) ?? []), i]);
  for (let k = 0; k < n; k++) {
    const src = pick(rng, seedData.projects);
    const id = `g${seed}-${k}`;
    const dept = DEPARTMENTS[Math.floor(rng() * DEPARTMENTS.length)];
    const city = pick(rng, CITIES);
    const year = rng() < 0.03 ? 2023 : 2024;
    const money = round2(between(rng, 0.3, 5));
    const project: Project = {
      ...src, texts: undefined, source: undefined, id, year, startYear: year, endYear: year + Math.floor(rng() * 3),
      name: `${city}${src.name.replace(/费$/, '')}${pick(rng, SUFFIXES)}（${k + 1}）`,
      department: dept, unit: `${dept.replace(/^江苏省/, '').replace(/\s*\(.*\)$/, '')}${city}${pick(rng, UNIT_KINDS)}`,
      funds: { total: src.funds.total === null ? null : round2(src.funds.total * money), sources: Object.fromEntries(Object.entries(src.funds.sources).map(([s, v]) => [s, v === null ? null : round2(v * money)])) },
      expenses: src.expenses.map((e) => ({ name: e.name, planH1: e.planH1 === null ? null : round2(e.planH1 * money), budgetFY: e.budgetFY === null ? null : round2(e.budgetFY * money) })),
    };
    out.projects.push(project);
    templates.push(src.id);
    const own = seedIndicators.get(src.id) ?? [];
    const extra = Math.floor(rng() * 9);
    const tree = [...own, ...own.slice(0, extra).map((i, j) => ({ ...i, level3: `${i.level3}（${j + 2}）` }))];
    tree.forEach((template, j) => {
      const s: Scale = { factor: pick(rng, [1, 1, 1, 2, 3, 0.5, 1.5]), count: false };
      const unreadable = rng() < 0.005;
      const ind: Indicator = {
        id: `${id}-i${j}`, projectId: id, level1: template.level1, level2: template.level2, level3: template.level3,
        targetH1: unreadable ? '详见实施方案' : rescale(template.targetH1, s), targetFY: unreadable ? '详见实施方案' : rescale(template.targetFY, s),
      };
      if (rng() < 0.01) ind.model = rng() < 0.5 ? 'level' : 'cumulative';
      out.indicators.push(ind);
      for (const [day, chance] of REPORT_DAYS) {
        if (rng() >= chance) continue;
        const month = Number(day.slice(0, 2));
        const a: Actual = { projectId: id, indicatorId: ind.id, date: `${year}-${day}`, value: actualValue(rng, ind, month / 12) };
        if (rng() < 0.05) { a.reason = pick(rng, REASONS); a.likelihood = pick(rng, LIKELIHOODS); }
        out.actuals.push(a);
      }
    });
    const pace = between(rng, 0.4, 1.2);
    for (const e of project.expenses)
      for (const [day, share] of [['03-31', 0.15], ['06-30', 0.4], ['09-30', 0.65]] as const) {
        if (e.budgetFY === null || rng() < 0.05) continue;
        const sp: Spend = { projectId: id, expense: e.name, date: `${year}-${day}`, amount: round2(e.budgetFY * Math.min(1, share * pace)) };
        out.spend.push(sp);
      }
  }
  return { data: out, templates };
}
