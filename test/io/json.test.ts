import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from '../../src/domain/types';
import { readCanonicalJson } from '../../src/io/json';
import { loadFiles } from '../../src/io/load';
import { toCanonicalJson } from '../../src/io/write';
import { fixture, seed, withoutSources } from './helpers';

const messages = (text: string) => readCanonicalJson(text, 'data.json').problems.map((p) => `${p.severity} ${p.message}`);

describe('canonical JSON', () => {
  it('round-trips the seed with actuals and spend: flat → canonical → flat', () => {
    const loaded = loadFiles([seed(), fixture('actuals.csv'), fixture('spend.csv')]);
    expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(loaded.dataset.actuals).toHaveLength(6);
    const json = toCanonicalJson(loaded.dataset, { includeObservations: true });
    const back = loadFiles([{ name: 'data.json', content: json }]);
    // The same warnings, and only those, come back: spend.csv's 1,036.5 万元 above its line's budget.
    expect(back.problems.map((p) => p.code)).toEqual(loaded.problems.map((p) => p.code));
    expect(back.problems.map((p) => p.code)).toEqual(['implausible-spend']);
    expect(back.files[0]).toMatchObject({ kind: 'projects-json', projects: 4, indicators: 99, actuals: 6, spend: 3, errors: 0 });
    expect(withoutSources(back.dataset)).toEqual(withoutSources(loaded.dataset));
  });

  it('writes projects only unless asked for observations', () => {
    const loaded = loadFiles([seed(), fixture('actuals.csv')]).dataset;
    const parsed = JSON.parse(toCanonicalJson(loaded));
    expect(Object.keys(parsed)).toEqual(['projects']);
    expect(parsed.projects[0].indicators[6]).toEqual({
      id: loaded.indicators[6].id, level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=30%', targetFY: '=100%',
    });
    expect(parsed.projects[0].expenses).toEqual([
      { name: '“一企来办”企业综合服务平台运维项目', planH1: 25.2, budgetFY: 53.2 },
      { name: '“一企来办”企业综合服务平台运营项目', planH1: 0, budgetFY: 23.75 },
    ]);
  });

  it('round-trips arbitrary datasets (fast-check)', () => {
    const text = fc.string({ maxLength: 8 });
    // Budget amounts are never negative (a negative one is refused by name); JSON has no -0.
    const num = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 1e9 }).map((x) => (Object.is(x, -0) ? 0 : x)), { nil: null });
    const arb = fc.array(fc.record({
      name: fc.string({ minLength: 1, maxLength: 8 }), year: fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null }),
      department: text, total: num, targets: fc.array(fc.tuple(text, text, fc.string({ minLength: 1, maxLength: 6 }), text, text), { maxLength: 4 }),
      model: fc.constantFrom(undefined, 'cumulative', 'level'), day: fc.integer({ min: 1, max: 28 }), value: fc.string({ minLength: 1 }),
    }), { maxLength: 4 });
    fc.assert(fc.property(arb, (rows) => {
      const data: Dataset = { projects: [], indicators: [], actuals: [], spend: [] };
      rows.forEach((r, n) => {
        const id = `p-${n}`;
        data.projects.push({ id, name: r.name, year: r.year, department: r.department, unit: '', type: '', level: '', startYear: null, endYear: null, funds: { total: r.total, sources: { 其他资金: r.total } }, expenses: [{ name: '运维', planH1: r.total, budgetFY: null }] });
        r.targets.forEach(([level1, level2, level3, targetH1, targetFY], k) => {
          const ind = { id: `${id}-i-${k}`, projectId: id, level1, level2, level3, targetH1, targetFY, ...(r.model ? { model: r.model as 'level' } : {}) };
          data.indicators.push(ind);
          data.actuals.push({ projectId: id, indicatorId: ind.id, date: `${r.year ?? 2024}-06-${String(r.day).padStart(2, '0')}`, value: r.value });
        });
        // Cumulative spend is never negative (refused as implausible): the whole budget, spent by 30 June.
        data.spend.push({ projectId: id, expense: n % 2 ? '运维' : null, date: `${r.year ?? 2024}-06-30`, amount: r.total ?? 0 });
      });
      const back = loadFiles([{ name: 'x.json', content: toCanonicalJson(data, { includeObservations: true }) }]);
      // Random values often cannot be read against random targets, or cannot be true (−5 against ≥3个):
      // those, and only those, are refused by name; a doubtful one (120% done) is kept with a warning.
      const refused = new Set(back.problems.filter((p) => p.severity === 'error').map((p) => {
        expect(p.code).toMatch(/^(actual-unreadable|implausible-actual)$/);
        return Number(/^actuals\[(\d+)\]\.value$/.exec(p.source?.field ?? '')![1]);
      }));
      expect(withoutSources(back.dataset)).toEqual({ ...data, actuals: data.actuals.filter((_, i) => !refused.has(i)) });
    }), { numRuns: 60 });
  });
});

describe('bad JSON', () => {
  it('names the line and column of a syntax error', () => {
    expect(messages('{\n  "projects": [\n    { "name": "渗透测试", }\n  ]\n}')).toEqual([
      'error data.json：不是有效的 JSON：第3行第23列附近有语法错误，文件未导入',
    ]);
  });

  it('rejects a top level without projects', () => {
    expect(messages('{"items": []}')).toEqual(['error data.json：缺少 "projects" 数组（也没有 "actuals" 或 "spend"），文件未导入']);
    expect(messages('"projects"')).toEqual(['error data.json：顶层应为 { "projects": [...] } 形式的对象，文件未导入']);
  });

  it('names the JSON path of a bad field and loads the rest', () => {
    const text = JSON.stringify({
      projects: [
        { name: '省政务办信息系统安全运维', year: '2024年', funds: { total: '1,325.06', sources: { 一般公共预算资金: 'abc' } },
          indicators: [{ level1: '产出指标', level2: '数量指标', level3: '渗透测试', targetH1: '≥2轮', targetFY: '≥4轮', model: '累积' }, { level1: '产出指标', targetH1: 2 }],
          expenses: [{ planH1: 1 }], budget: 1 },
        { year: 2024 },
      ],
    });
    const read = readCanonicalJson(text, 'data.json');
    expect(read.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'error data.json「projects[0].funds.sources.一般公共预算资金」：“abc”不是数字',
      'error data.json「projects[0].expenses[0].name」：缺少“name”，此条未导入',
      'error data.json「projects[0].indicators[0].model」：进度模型“累积”无法识别（应为 cumulative 或 level），按默认规则判断',
      'error data.json「projects[0].indicators[1].level3」：缺少“level3”，此条未导入',
      'error data.json「projects[1].name」：缺少“name”，此条未导入',
      'warning data.json「budget」：项目中有未知字段“budget”（1处），已忽略',
    ]);
    expect(read.projects).toHaveLength(1);
    expect(read.projects[0]).toMatchObject({ year: 2024, funds: { total: 1325.06, sources: {} }, expenses: [] });
    expect(read.indicators).toEqual([expect.objectContaining({ level3: '渗透测试', targetH1: '≥2轮', targetFY: '≥4轮', projectId: read.projects[0].id })]);
    expect(read.indicators[0].model).toBeUndefined();
  });

  it('derives stable ids when absent, equal to those of the raw-table importer', () => {
    const fromSeed = loadFiles([seed()]).dataset;
    const p = fromSeed.projects[3];
    const i = fromSeed.indicators.find((x) => x.projectId === p.id && x.level3 === '渗透测试')!;
    const read = readCanonicalJson(JSON.stringify({ projects: [{ name: p.name, year: p.year, department: p.department,
      indicators: [{ level1: i.level1, level2: i.level2, level3: i.level3, targetH1: i.targetH1, targetFY: i.targetFY }] }] }), 'x.json');
    expect(read.projects[0].id).toBe(p.id);
    expect(read.indicators[0].id).toBe(i.id);
  });

  it('reports actuals and spend that point at nothing, after all projects are in', () => {
    const seedData = loadFiles([seed()]).dataset;
    const p = seedData.projects[0];
    const text = JSON.stringify({ projects: [], actuals: [
      { projectId: p.id, indicatorId: seedData.indicators[0].id, date: '2024/6/30', value: '充分' },
      { projectId: p.id, indicatorId: 'nope', date: '2024-06-30', value: '1' },
      { projectId: 'p-none', indicatorId: 'nope', date: '2024-06-30', value: '1' },
      { projectId: p.id, indicatorId: seedData.indicators[0].id, date: '2024-02-30', value: '1' },
    ], spend: [{ projectId: p.id, expense: '服务外包', date: '2024-06-30', amount: 3 }, { projectId: p.id, expense: '', date: '2024-06-30', amount: '60.5' }] });
    const r = loadFiles([{ name: 'obs.json', content: text }], seedData);
    expect(r.problems.map((x) => x.message)).toEqual([
      'obs.json「actuals[3].date」：“2024-02-30”不存在（2024年2月没有30日）',
      `obs.json「actuals[1].indicatorId」：项目「“一企来办”平台运营运维费」中没有编号为“nope”的指标，此实际值未导入`,
      'obs.json「actuals[2].projectId」：没有编号为“p-none”的项目，此实际值未导入',
      `obs.json「spend[0].expense」：项目「“一企来办”平台运营运维费」没有支出项目“服务外包”（现有支出项目：「“一企来办”企业综合服务平台运维项目」、「“一企来办”企业综合服务平台运营项目」；整个项目的执行数请将支出项目留空），此执行数未导入`,
    ]);
    expect(r.dataset.actuals.map((a) => a.date)).toEqual(['2024-06-30']);
    expect(r.dataset.spend).toEqual([{ projectId: p.id, expense: null, date: '2024-06-30', amount: 60.5, source: { file: 'obs.json', field: 'spend[1]' } }]);
    expect(r.files[0]).toMatchObject({ actuals: 1, spend: 1, errors: 4 });
  });
});
