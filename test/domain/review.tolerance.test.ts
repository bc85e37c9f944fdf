import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings, type Settings } from '../../src/domain/settings';

// Tolerance edges are inclusive (domain.md §3): exactly 90% of the expected value, exactly 1.1× a
// cap, exactly 10 points short and exactly 130% must land on the documented side, whatever binary
// floating point makes of 8.1/9 or 20.1 − 10.1.

let seq = 0;
const ind = (level1: string, level2: string, level3: string, targetH1: string, targetFY: string): Indicator =>
  ({ id: `t${++seq}`, projectId: 'p1', level1, level2, level3, targetH1, targetFY });
const project: Project = {
  id: 'p1', name: '测试项目', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [],
};
function judge(i: Indicator, value: string, asOf: string, settings: Settings = defaultSettings()) {
  const actuals: Actual[] = [{ projectId: 'p1', indicatorId: i.id, date: asOf, value }];
  const data: Dataset = { projects: [project], indicators: [i], actuals, spend: [] };
  return buildReport(data, asOf, settings).judgements[0];
}

describe('tolerance edges are inclusive despite floating point', () => {
  it('正向: exactly 90% of the expected value is warning (8.1 against ≥9个)', () => {
    const n = ind('产出指标', '数量指标', '培训场次', '≥9个', '≥9个');
    expect(judge(n, '8.1', '2024-06-30').status).toBe('warning');
    expect(judge(n, '8.09', '2024-06-30').status).toBe('behind');
  });
  it('反向: exactly 1.1× the cap is warning (2.486万元 against ≤2.26万元)', () => {
    const r = ind('成本指标', '经济成本指标', '单次测评成本', '≤2.26万元', '≤2.26万元');
    expect(judge(r, '2.486万元', '2024-06-30').status).toBe('warning');
    expect(judge(r, '24860元', '2024-06-30').status).toBe('warning');
    expect(judge(r, '2.487', '2024-06-30').status).toBe('behind');
  });
  it('progress points: exactly 10 points short is warning (10.1% against 20.1%)', () => {
    const rate = ind('过程', '资金管理', '预算执行率', '=20.1%', '=100%');
    const j = judge(rate, '10.1%', '2024-06-30');
    expect(j.expected).toBeCloseTo(20.1, 10);
    expect(j.status).toBe('warning');
    expect(judge(rate, '10.09%', '2024-06-30').status).toBe('behind');
  });
  it('over-achievement: exactly 130% is flagged (3.9 against ≥3个)', () => {
    const n = ind('产出指标', '数量指标', '上线系统数', '≥3个', '≥3个');
    expect(judge(n, '3.9', '2024-06-30').overAchieved).toBe(true);
    expect(judge(n, '3.89', '2024-06-30').overAchieved).toBe(false);
  });
  it('一体化系统: exactly 60% / 80% / 120% of the standard go to the upper band', () => {
    const s = defaultSettings('pmkpi');
    // 年度 ≥7个 × 6/12 = 3.5; 2.1 / 3.5 = 0.6, 2.8 / 3.5 = 0.8, 4.2 / 3.5 = 1.2.
    const n = ind('产出指标', '数量指标', '培训场次', '≥7个', '≥7个');
    expect(judge(n, '2.1', '2024-06-30', s).light).toBe('yellow');
    expect(judge(n, '2.8', '2024-06-30', s).light).toBe('green');
    expect(judge(n, '4.2', '2024-06-30', s).light).toBe('blue');
    expect(judge(n, '2.09', '2024-06-30', s).light).toBe('red');
  });
});
