import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';

// A bad row never silently disappears: an unreadable actual is reported even when a later actual
// supersedes it at the as-of date (or it lies after that date), naming project, indicator, date and row.

const project: Project = {
  id: 'p1', name: '江苏12345在线平台运行费', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [],
};
const pass: Indicator = { id: 'q', projectId: 'p1', level1: '产出指标', level2: '质量指标', level3: '服务合格率', targetH1: '≥98%', targetFY: '≥98%' };
const time: Indicator = { id: 't', projectId: 'p1', level1: '产出指标', level2: '时效指标', level3: '响应时间', targetH1: '≤2小时', targetFY: '≤2小时' };
const act = (indicatorId: string, date: string, value: string, row: number): Actual =>
  ({ projectId: 'p1', indicatorId, date, value, source: { file: 'actuals.csv', row } });

describe('unreadable actuals are reported whatever their date', () => {
  const data: Dataset = {
    projects: [project], indicators: [pass, time], spend: [],
    actuals: [act('q', '2024-03-31', 'abc', 2), act('q', '2024-06-30', '98.5%', 3), act('t', '2024-06-30', '1.5', 4), act('t', '2024-09-30', '3个', 5)],
  };
  const r = buildReport(data, '2024-06-30', defaultSettings());
  it('judges with the latest readable figure', () => {
    expect(r.judgements.map((j) => j.status)).toEqual(['met', 'met']);
  });
  it('reports the superseded and the later bad rows with file, row and reason', () => {
    const errors = r.warnings.filter((w) => w.severity === 'error');
    expect(errors.map((w) => [w.code, w.source?.row])).toEqual([['actual-unreadable', 2], ['actual-unreadable', 5]]);
    expect(errors[0].message).toContain('服务合格率');
    expect(errors[0].message).toContain('“abc”（2024-03-31）');
    expect(errors[1].message).toContain('不能换算');
  });
  it('reports the judged bad row once', () => {
    const judged = buildReport(data, '2024-09-30', defaultSettings());
    expect(judged.judgements[1].status).toBe('unparsed');
    expect(judged.warnings.filter((w) => w.severity === 'error').map((w) => w.source?.row).sort()).toEqual([2, 5]);
  });
  it('a bad 预算执行率 row superseded by newer spend is still reported', () => {
    const rate: Indicator = { id: 'r', projectId: 'p1', level1: '过程', level2: '资金管理', level3: '预算执行率', targetH1: '=40%', targetFY: '=100%' };
    const withSpend: Dataset = { projects: [project], indicators: [rate], actuals: [act('r', '2024-06-30', '约三成', 7)],
      spend: [{ projectId: 'p1', expense: null, date: '2024-09-30', amount: 66 }] };
    const r = buildReport(withSpend, '2024-09-30', defaultSettings());
    expect(r.judgements[0].derivedFromSpend).toBe(true);
    expect(r.warnings.filter((w) => w.severity === 'error').map((w) => w.source?.row)).toEqual([7]);
  });
});

describe('a lone bad actual dated after the as-of date', () => {
  it('is reported though nothing is judged from it yet', () => {
    const data: Dataset = { projects: [project], indicators: [time], spend: [], actuals: [act('t', '2024-09-30', '3个', 9)] };
    const r = buildReport(data, '2024-06-30', defaultSettings());
    expect(r.judgements[0].status).toBe('pending');
    expect(r.warnings.filter((w) => w.severity === 'error').map((w) => w.source?.row)).toEqual([9]);
  });
});
