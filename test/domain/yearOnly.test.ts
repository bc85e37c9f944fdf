// domain.md §3 "Tables with only a year target": no 半年 target is invented; a level indicator holds
// the year threshold all year, a cumulative one expects year target × 序时进度 (whole units rounded
// down), and nothing is 无法判断 for the missing half — under both rule sets. 2025 has 365 days:
// 1 January is day 1, 30 June day 181, 1 July day 182, 30 September day 273, 31 December day 365.
import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings, type Settings } from '../../src/domain/settings';
import { prepareIndicator } from '../../src/domain/judge/evaluate';
import { isProgressRateName } from '../../src/domain/judge/model';

const project: Project = {
  id: 'p', name: '城乡居民基本医保经办服务', year: 2025, department: '某省医疗保障局', unit: '', type: '', level: '', startYear: 2025, endYear: 2025,
  funds: { total: 160, sources: {} }, expenses: [],
};
const ind = (level1: string, level2: string, level3: string, targetFY: string): Indicator =>
  ({ id: level3, projectId: 'p', level1, level2, level3, targetH1: '', targetFY });
const trained = ind('产出指标', '数量指标', '经办人员培训人次', '≥1200人次');
const pass = ind('产出指标', '质量指标', '档案验收合格率', '≥95%');
const exec = ind('产出指标', '时效指标', '预算执行率', '≥90%');
const done = ind('产出指标', '质量指标', '年度任务完成率', '=100%');
const timely = ind('产出指标', '时效指标', '问题整改完成及时率', '100%');
const response = ind('产出指标', '时效指标', '业务办结时限', '≤3个工作日');
const jobs = ind('效益指标', '社会效益指标', '带动就业人数', '≥100人');
const service = ind('效益指标', '社会效益指标', '群众就医便利程度', '明显提升');
const satisfied = ind('满意度指标', '服务对象满意度指标', '参保群众满意度', '≥90%');
const all = [trained, pass, exec, done, timely, response, jobs, service, satisfied];
const DATES = ['2025-01-01', '2025-06-30', '2025-07-01', '2025-09-30', '2025-12-31'];

function report(asOf: string, actuals: Actual[] = [], settings: Settings = defaultSettings()) {
  const data: Dataset = { projects: [project], indicators: all, actuals, spend: [] };
  return new Map(buildReport(data, asOf, settings).judgements.map((j) => [j.indicatorId, j]));
}

describe('year-only targets (domain.md §3)', () => {
  it('picks the model: progress rates and 产出 quantities build up, rates, caps, grades, 满意度 and 效益 counts hold', () => {
    const models = all.map((i) => [i.level3, prepareIndicator(i, defaultSettings()).model]);
    expect(models).toEqual([
      ['经办人员培训人次', 'cumulative'], ['档案验收合格率', 'level'], ['预算执行率', 'cumulative'], ['年度任务完成率', 'cumulative'],
      ['问题整改完成及时率', 'level'], ['业务办结时限', 'level'], ['带动就业人数', 'level'], ['群众就医便利程度', 'level'], ['参保群众满意度', 'level'],
    ]);
    expect(prepareIndicator(trained, defaultSettings()).modelReason).toBe('仅有年度指标值：产出数量为进度型（年度指标值 × 序时进度）');
    expect(isProgressRateName('资金到位及时率')).toBe(false);
    expect(isProgressRateName('资金下达率')).toBe(true);
  });

  it('expects year target × 序时进度 (whole 人次 rounded down) and the year threshold all year, pending without actuals', () => {
    const rows = DATES.map((d) => {
      const r = report(d);
      return [d, ...all.map((i) => r.get(i.id)!.expected)].map((x) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x));
    });
    expect(rows).toEqual([
      ['2025-01-01', 3, 95, 0.25, 0.27, 100, 3, 100, null, 90],
      ['2025-06-30', 595, 95, 44.63, 49.59, 100, 3, 100, null, 90],
      ['2025-07-01', 598, 95, 44.88, 49.86, 100, 3, 100, null, 90],
      ['2025-09-30', 897, 95, 67.32, 74.79, 100, 3, 100, null, 90],
      ['2025-12-31', 1200, 95, 90, 100, 100, 3, 100, null, 90],
    ]);
    for (const d of DATES) for (const j of report(d).values()) expect(j.status, `${d} ${j.indicatorId}`).toBe('pending');
  });

  it('judges actuals from January on, never 无法判断 for the missing half, and explains the year target', () => {
    const at = (date: string, values: [Indicator, string][]): Actual[] => values.map(([i, value]) => ({ projectId: 'p', indicatorId: i.id, date, value }));
    const march = at('2025-03-31', [[trained, '300人次'], [pass, '96%'], [exec, '23%'], [response, '2个工作日'], [satisfied, '88%'], [service, '达成']]);
    const r = report('2025-03-31', march);
    expect([trained, pass, exec, response, satisfied, service].map((i) => r.get(i.id)!.status)).toEqual(['met', 'met', 'met', 'met', 'warning', 'met']);
    expect(r.get(trained.id)!.explain).toContain('应达值：295人次（年度指标值 1,200人次 × 序时进度 24.7%，即 295.89人次，按整数计为 295人次）');
    expect(r.get(trained.id)!.explain).toContain('目标：≥1200人次（全年）；进度型（仅有年度指标值：产出数量为进度型（年度指标值 × 序时进度））');
    expect(r.get(pass.id)!.explain).toContain('应达值：95%（年度指标值 ≥95%）');
    const sept = report('2025-09-30', at('2025-09-30', [[trained, '650人次'], [exec, '60%'], [jobs, '95人']]));
    expect([trained, exec, jobs].map((i) => sept.get(i.id)!.status)).toEqual(['behind', 'warning', 'warning']);
    expect(sept.get(trained.id)!.expected).toBe(897);
  });

  it('under the 一体化 lights too: pro-rated by month, never 无法判断', () => {
    const lights: Settings = { ...defaultSettings(), ruleSet: 'pmkpi' };
    for (const d of DATES) {
      const actuals: Actual[] = all.map((i) => ({ projectId: 'p', indicatorId: i.id, date: d, value: i === service ? '达成' : i.targetFY.replace(/^[^\d]+/, '') }));
      for (const j of report(d, actuals, lights).values()) expect(j.status, `${d} ${j.indicatorId}`).not.toBe('unparsed');
    }
  });
});
