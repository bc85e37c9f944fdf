import { describe, expect, it } from 'vitest';
import { compareGroups, compareRows, normalizeName, sortCompareRows, type CompareGroup } from '../../src/domain/compare';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import type { Judgement } from '../../src/domain/judge/types';
import { bundledReport } from './flagged.data';

const group = (groups: CompareGroup[], key: string) => groups.find((g) => g.key === key)!;

describe('compareGroups on the bundled data', () => {
  const b = bundledReport('2024-06-30');
  const groups = compareGroups(b.data.indicators);

  it('offers the three families first, then exact names shared by several projects', () => {
    expect(groups.slice(0, 3).map((g) => [g.key, g.indicatorIds.length, g.projectCount])).toEqual([
      ['family:预算执行率', 4, 4],
      ['family:满意度', 4, 4],
      ['family:响应时间', 2, 2],
    ]);
    const names = groups.filter((g) => g.kind === 'name').map((g) => g.label);
    expect(names).toContain('服务对象满意度');
    expect(names).toContain('系统运行事故发生频率');
    expect(names).toContain('信息系统故障修复响应时间');
    // 预算执行率 is the family; single-project names are not offered.
    expect(names).not.toContain('预算执行率');
    expect(names).not.toContain('受众满意度');
    expect(names).not.toContain('对服务代表满意率');
    // Most projects first.
    const counts = groups.filter((g) => g.kind === 'name').map((g) => g.projectCount);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
    expect(counts[0]).toBe(4);
  });

  it('puts different satisfaction names in the 满意度 family, not in one name', () => {
    const family = group(groups, 'family:满意度');
    const names = family.indicatorIds.map((id) => b.indicators.get(id)!.level3);
    expect(names.sort()).toEqual(['受众满意度', '对服务代表满意率', '服务对象满意度', '服务对象满意度']);
    expect(group(groups, 'name:服务对象满意度').indicatorIds.length).toBe(2);
  });

  it('keeps 应急响应能力 out of 响应时间', () => {
    const names = group(groups, 'family:响应时间').indicatorIds.map((id) => b.indicators.get(id)!.level3);
    expect(names).toEqual(['信息系统故障修复响应时间', '信息系统故障修复响应时间']);
  });
});

describe('normalizeName', () => {
  it('folds full-width characters and spaces, drops trailing punctuation', () => {
    expect(normalizeName(' 服务对象 满意度（％）。')).toBe('服务对象满意度(%)');
    expect(normalizeName('受众满意度')).not.toBe(normalizeName('服务对象满意度'));
  });
});

describe('compareRows on the bundled data', () => {
  it('compares 预算执行率 at 30 September: target applied, expected, actual, status, variance', () => {
    const b = bundledReport('2024-09-30');
    const r = compareRows(group(compareGroups(b.data.indicators), 'family:预算执行率'), b.judgements, b.projects, b.indicators);
    expect(r.unit).toBe('%');
    expect(r.shared).toBeNull();
    expect(r.rows.map((x) => [x.project, x.target, x.expected, x.actual, x.status, x.varianceText, x.detail])).toEqual([
      ['“一企来办”平台运营运维费', '半年 =30% → 全年 =100%', 65, 58, 'warning', '-7个百分点（-10.77%）', ''],
      ['江苏12345在线平台信息系统运维费', '半年 =40% → 全年 =100%', 70, 49, 'behind', '-21个百分点（-30%）', ''],
      ['江苏12345在线平台运行费', '半年 =45% → 全年 =100%', 72.5, 71, 'warning', '-1.5个百分点（-2.07%）', ''],
      ['省政务办信息系统安全运维', '半年 =0% → 全年 =100%', 50, 34.5, 'behind', '-15.5个百分点（-31%）', ''],
    ]);
  });

  it('shows each member name in a family; a qualitative member is listed but not charted', () => {
    const b = bundledReport('2024-06-30');
    const r = compareRows(group(compareGroups(b.data.indicators), 'family:满意度'), b.judgements, b.projects, b.indicators);
    expect(r.rows.map((x) => [x.detail, x.target, x.expected, x.actual, x.actualText, x.status, x.charted])).toEqual([
      ['服务对象满意度', '≥80%', 80, 87, '87%', 'met', true],
      ['服务对象满意度', '≥80%', 80, 91, '91%', 'met', true],
      ['对服务代表满意率', '≥90%', 90, 93.5, '93.5%', 'met', true],
      ['受众满意度', '满意', null, null, '', 'pending', false],
    ]);
    expect(r.shared).toBeNull();
  });

  it('marks a shared target: 服务对象满意度 ≥80% in both projects at 30 June', () => {
    const b = bundledReport('2024-06-30');
    const r = compareRows(group(compareGroups(b.data.indicators), 'name:服务对象满意度'), b.judgements, b.projects, b.indicators);
    expect(r.shared).toEqual({ target: '≥80%', expected: 80 });
    expect(r.rows.map((x) => x.detail)).toEqual(['', '']);
  });
});

describe('compareRows with mixed units and repeated names', () => {
  const project = (id: string): Project => ({ id, name: `项目${id}`, year: 2024, department: '', unit: '', type: '', level: '', startYear: 2024, endYear: 2024, funds: { total: null, sources: {} }, expenses: [] });
  const ind = (id: string, projectId: string, level1: string, level3: string, target: string): Indicator =>
    ({ id, projectId, level1, level2: '', level3, targetH1: target, targetFY: target });
  const indicators = [
    ind('a', 'A', '产出指标', '故障响应时间', '≤2小时'),
    ind('b', 'B', '产出指标', '故障响应时间', '≤120分钟'),
    ind('c', 'C', '产出指标', '故障响应时间', '≤4小时'),
    ind('d', 'D', '产出指标', '故障响应时间', '≤5次'),
    ind('e', 'C', '效益指标', '故障响应时间', '≤1小时'),
  ];
  const actuals: Actual[] = [
    { projectId: 'A', indicatorId: 'a', date: '2024-06-30', value: '90分钟' },
    { projectId: 'B', indicatorId: 'b', date: '2024-06-30', value: '150' },
    { projectId: 'D', indicatorId: 'd', date: '2024-06-30', value: '2次' },
  ];
  const data: Dataset = { projects: ['A', 'B', 'C', 'D'].map(project), indicators, actuals, spend: [] };
  const report = buildReport(data, '2024-06-30', defaultSettings());
  const judgements = new Map<string, Judgement>(report.judgements.map((j) => [j.indicatorId, j]));
  const lookups = [judgements, new Map(data.projects.map((p) => [p.id, p])), new Map(indicators.map((i) => [i.id, i]))] as const;
  const groups = compareGroups(indicators);

  it('converts to the unit most members use; another kind of unit is listed, not charted', () => {
    const r = compareRows(group(groups, 'family:响应时间'), ...lookups);
    expect(r.unit).toBe('小时');
    expect(r.rows.map((x) => [x.project, x.detail, x.expected, x.actual, x.expectedText, x.actualText, x.status, x.charted])).toEqual([
      ['项目A', '故障响应时间', 2, 1.5, '2小时', '90分钟', 'met', true],
      ['项目B', '故障响应时间', 2, 2.5, '120分钟', '150', 'behind', true],
      ['项目C', '故障响应时间', 4, null, '4小时', '', 'pending', true],
      ['项目D', '故障响应时间', null, null, '5次', '2次', 'met', false],
      ['项目C', '故障响应时间', 1, null, '1小时', '', 'pending', true],
    ]);
    expect(r.shared).toBeNull();
  });

  it('tells a project\'s repeated name apart by its 一级', () => {
    const r = compareRows(group(groups, 'name:故障响应时间'), ...lookups);
    expect(r.rows.map((x) => `${x.project}|${x.detail}`)).toEqual(['项目A|', '项目B|', '项目C|产出指标', '项目D|', '项目C|效益指标']);
  });

  it('sorts by actual (blanks last either way), relative variance, status and project', () => {
    const { rows } = compareRows(group(groups, 'name:故障响应时间'), ...lookups);
    expect(sortCompareRows(rows, 'actual').map((x) => x.indicatorId)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sortCompareRows(rows, 'actual', 'descending').map((x) => x.indicatorId)).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(sortCompareRows(rows, 'relative', 'descending').map((x) => x.indicatorId)).toEqual(['b', 'a', 'd', 'c', 'e']);
    expect(sortCompareRows(rows, 'status', 'descending').map((x) => x.indicatorId)).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(sortCompareRows(rows, 'project', 'descending').map((x) => x.indicatorId)).toEqual(['d', 'e', 'c', 'b', 'a']);
    expect(sortCompareRows(rows, 'order', 'descending').map((x) => x.indicatorId)).toEqual(['e', 'd', 'c', 'b', 'a']);
  });
});
