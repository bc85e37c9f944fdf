import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Dataset, Indicator, Project } from '../../src/domain/types';
import type { Judgement, Status } from '../../src/domain/judge/types';
import type { ProjectSummary, Report } from '../../src/domain/report.types';
import {
  applyFilter, byExecutionGap, countByLevel1, countByProject, worstOf, countByProjectField, countStatuses, distinctValues, emptyFilter,
  level1Options, normalizeKey, worstFlagged, type OverviewFilter,
} from '../../src/domain/aggregate';

// The bundled data: the four seed projects with 示例数据 actuals and spend, judged at 30 September.
let data: Dataset;
let report: Report;
let indicatorsById: Map<string, Indicator>;
let projectsById: Map<string, Project>;
beforeAll(async () => {
  const files = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: readFileSync(resolve('data', name), 'utf-8') }));
  data = (await loadFiles(files)).dataset;
  report = buildReport(data, '2024-09-30', defaultSettings());
  indicatorsById = new Map(data.indicators.map((i) => [i.id, i]));
  projectsById = new Map(data.projects.map((p) => [p.id, p]));
});

const filter = (f: Partial<OverviewFilter>) => applyFilter(data.projects, indicatorsById, report.judgements, { ...emptyFilter(), ...f });
const level3 = (js: Judgement[]) => js.map((j) => indicatorsById.get(j.indicatorId)!.level3);

describe('normalizeKey', () => {
  it('merges full- and half-width brackets, spaces and case', () => {
    expect(normalizeKey('江苏省数据局 (江苏省政务服务管理办公室)')).toBe(normalizeKey('江苏省数据局（江苏省政务服务管理办公室）'));
    expect(normalizeKey(' ＡＢc 1 ')).toBe('abc1');
    expect(normalizeKey('运营中心')).not.toBe(normalizeKey('运管中心'));
  });
});

describe('status counts on the bundled data', () => {
  it('counts all 99 indicators by status', () => {
    expect(countStatuses(report.judgements)).toEqual({ met: 84, warning: 9, behind: 5, pending: 1, unparsed: 0 });
  });

  it('groups by 一级指标 in the form order', () => {
    const groups = countByLevel1(report.judgements, indicatorsById);
    expect(groups.map((g) => [g.label, g.total, g.counts.behind, g.counts.warning])).toEqual([
      ['决策', 24, 0, 0], ['过程', 20, 2, 2], ['产出指标', 27, 3, 4], ['成本指标', 1, 0, 0], ['效益指标', 23, 0, 2], ['满意度指标', 4, 0, 1],
    ]);
  });

  it('treats one department spelt with both bracket widths as one 主管部门', () => {
    expect(countByProjectField(report.judgements, projectsById, 'department')).toEqual([
      { label: '江苏省数据局 (江苏省政务服务管理办公室)', counts: { met: 84, warning: 9, behind: 5, pending: 1, unparsed: 0 }, total: 99 },
    ]);
  });

  it('orders 实施单位 by severity (more 滞后 first)', () => {
    const units = countByProjectField(report.judgements, projectsById, 'unit');
    expect(units.map((u) => [u.label, u.counts.behind, u.total])).toEqual([['江苏省政务服务网运营中心', 4, 77], ['江苏省政务服务网运管中心', 1, 22]]);
  });
});

describe('per project', () => {
  it('counts statuses per project and names the worst', () => {
    const counts = countByProject(filter({ level1: ['满意度指标'] }).judgements);
    expect([...counts.entries()]).toEqual([
      // “一企来办”: 87% against ≥90% → 预警.
      ['p-fea16ad3', { met: 0, warning: 1, behind: 0, pending: 0, unparsed: 0 }],
      ['p-e708cc77', { met: 1, warning: 0, behind: 0, pending: 0, unparsed: 0 }],
      ['p-fcf99971', { met: 1, warning: 0, behind: 0, pending: 0, unparsed: 0 }],
      ['p-c4bb6f07', { met: 1, warning: 0, behind: 0, pending: 0, unparsed: 0 }],
    ]);
    expect(worstOf({ met: 3, warning: 1, behind: 0, pending: 2, unparsed: 1 })).toBe('warning');
    expect(worstOf({ met: 3, warning: 0, behind: 0, pending: 2, unparsed: 0 })).toBe('pending');
    expect(worstOf({ met: 0, warning: 0, behind: 0, pending: 0, unparsed: 0 })).toBeNull();
  });
});

describe('filter options', () => {
  it('lists each 主管部门 once, with its project count', () => {
    expect(distinctValues(data.projects, (p) => p.department)).toEqual([{ value: '江苏省数据局 (江苏省政务服务管理办公室)', count: 4 }]);
    expect(distinctValues(data.projects, (p) => p.unit)).toEqual([{ value: '江苏省政务服务网运营中心', count: 3 }, { value: '江苏省政务服务网运管中心', count: 1 }]);
  });

  it('lists 一级指标 in the form order with counts, blank names left out', () => {
    expect(level1Options(data.indicators).map((o) => `${o.value}:${o.count}`)).toEqual(['决策:24', '过程:20', '产出指标:27', '成本指标:1', '效益指标:23', '满意度指标:4']);
    expect(distinctValues([{ n: '' }, { n: '  ' }, { n: 'x' }], (r) => r.n)).toEqual([{ value: 'x', count: 1 }]);
  });
});

describe('applyFilter', () => {
  it('keeps everything without filters', () => {
    const r = filter({});
    expect(r.projects).toHaveLength(4);
    expect(r.judgements).toHaveLength(99);
    expect(r.statusCounts).toEqual({ met: 84, warning: 9, behind: 5, pending: 1, unparsed: 0 });
  });

  it('filters by 实施单位, matching the name whatever its bracket width or spacing', () => {
    const r = filter({ units: ['江苏省政务服务网运管中心 '] });
    expect(r.projects.map((p) => p.name)).toEqual(['江苏12345在线平台信息系统运维费']);
    expect(r.judgements).toHaveLength(22);
    expect(filter({ departments: ['江苏省数据局（江苏省政务服务管理办公室）'] }).projects).toHaveLength(4);
    expect(filter({ types: ['常年安排项目'] }).judgements).toHaveLength(99);
    expect(filter({ types: ['一次性项目'] })).toEqual({ projects: [], judgements: [], statusCounts: { met: 0, warning: 0, behind: 0, pending: 0, unparsed: 0 } });
  });

  it('filters by status; the status counts ignore the status filter itself', () => {
    const r = filter({ statuses: ['behind'] });
    expect(r.judgements).toHaveLength(5);
    expect(r.judgements.every((j) => j.status === 'behind')).toBe(true);
    expect(r.statusCounts).toEqual({ met: 84, warning: 9, behind: 5, pending: 1, unparsed: 0 });
    // 江苏12345在线平台运行费 has no 滞后 indicator at 30 September: it drops out of the projects.
    expect(r.projects.map((p) => p.name)).toEqual(['“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '省政务办信息系统安全运维']);
  });

  it('filters by 一级指标 and status together', () => {
    const r = filter({ level1: ['满意度指标'], statuses: ['warning', 'met'] });
    expect(r.judgements).toHaveLength(4);
    expect(r.statusCounts).toEqual({ met: 3, warning: 1, behind: 0, pending: 0, unparsed: 0 });
  });

  it('searches indicator names', () => {
    const r = filter({ search: '满意' });
    expect(level3(r.judgements)).toEqual(['服务对象满意度', '服务对象满意度', '对服务代表满意率', '受众满意度']);
    expect(r.projects).toHaveLength(4);
  });

  it('searches project names, each word in the project or the indicator name', () => {
    const byProject = filter({ search: '安全运维' });
    // Project 省政务办信息系统安全运维 (all 28), plus indicators of others named 安全运维.
    expect(byProject.judgements.filter((j) => projectsById.get(j.projectId)!.name === '省政务办信息系统安全运维')).toHaveLength(28);
    const both = filter({ search: '12345 满意' });
    expect(level3(both.judgements)).toEqual(['服务对象满意度', '对服务代表满意率']);
    expect(both.projects.map((p) => p.name)).toEqual(['江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费']);
    expect(filter({ search: '  ' }).judgements).toHaveLength(99);
    expect(filter({ search: '不存在的词' }).projects).toEqual([]);
  });

  it('keeps a project without indicators when the search names it', () => {
    const empty: Project = { ...data.projects[0], id: 'p-empty', name: '新建项目（尚无指标）' };
    const r = applyFilter([...data.projects, empty], indicatorsById, report.judgements, { ...emptyFilter(), search: '新建项目' });
    expect(r.projects.map((p) => p.id)).toEqual(['p-empty']);
    expect(r.judgements).toEqual([]);
    const none = applyFilter([empty], indicatorsById, [], { ...emptyFilter(), statuses: ['behind'], search: '新建' });
    expect(none.projects).toEqual([]);
  });

  it('keeps the dataset order and never copies judgements (their explanation is a lazy getter)', () => {
    const r = filter({ statuses: ['warning'] });
    const order = report.judgements.filter((j) => j.status === 'warning');
    expect(r.judgements).toEqual(order);
    r.judgements.forEach((j, i) => expect(j).toBe(order[i]));
    expect(r.judgements[0].explain).toMatch(/预警/);
  });
});

describe('worstFlagged', () => {
  it('returns the ten most serious 预警/滞后 indicators, 滞后 first, by gap', () => {
    const rows = worstFlagged(data, indicatorsById, report, report.judgements, 10);
    expect(rows.map((r) => [r.project, r.level3, r.status, r.variance.text])).toEqual([
      ['省政务办信息系统安全运维', '漏洞扫描', 'behind', '-1轮（-33.33%）'],
      ['省政务办信息系统安全运维', '预算执行率', 'behind', '-15.5个百分点（-31%）'],
      ['江苏12345在线平台信息系统运维费', '预算执行率', 'behind', '-21个百分点（-30%）'],
      ['“一企来办”平台运营运维费', '已完工增补业务功能扩展等迭代更新验收合格率', 'behind', '-15个百分点（-20%）'],
      ['“一企来办”平台运营运维费', '信息系统故障修复响应时间', 'behind', '+0.5小时（+12.5%）'],
      ['“一企来办”平台运营运维费', '预算执行率', 'warning', '-7个百分点（-10.77%）'],
      ['江苏12345在线平台信息系统运维费', '系统运行事故发生频率', 'warning', '+0.4个百分点（+8%）'],
      ['“一企来办”平台运营运维费', '系统功能达标率', 'warning', '-5个百分点（-6.67%）'],
      ['“一企来办”平台运营运维费', '服务对象满意度', 'warning', '-3个百分点（-3.33%）'],
      ['江苏12345在线平台运行费', '预算执行率', 'warning', '-1.5个百分点（-2.07%）'],
    ]);
    expect(rows[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', expected: '3轮', actual: '2轮' });
  });

  it('follows the filtered judgements and the limit; nothing flagged gives nothing', () => {
    const one = filter({ units: ['江苏省政务服务网运管中心'] }).judgements;
    expect(worstFlagged(data, indicatorsById, report, one, 3).map((r) => r.level3)).toEqual(['预算执行率', '系统运行事故发生频率', '对避免重复投入运维费用的改善程度']);
    const met = report.judgements.filter((j) => j.status === 'met');
    expect(worstFlagged(data, indicatorsById, report, met)).toEqual([]);
  });
});

describe('byExecutionGap', () => {
  const summary = (id: string, executionRate: number | null, timeProgress = 0.5): ProjectSummary => ({
    projectId: id, name: id, counts: { met: 0, warning: 0, behind: 0, pending: 0, unparsed: 0 } as Record<Status, number>, worst: 'met',
    budget: { spent: null, spentDate: null, total: 100, executionRate, timeProgress, planH1Share: null, targetRate: null, light: null, lines: [],
      rateSource: executionRate === null ? 'none' : 'spend', rateDate: null, linesBudget: null },
  });

  it('puts the furthest behind 序时进度 first and projects without spend last, stable otherwise', () => {
    const list = [summary('a', 0.4), summary('none', null), summary('b', 0.1), summary('c', 0.4), summary('d', 0.6)];
    expect(byExecutionGap(list).map((s) => s.projectId)).toEqual(['b', 'a', 'c', 'd', 'none']);
  });

  it('orders the bundled projects by their 30 September execution', () => {
    expect(byExecutionGap(report.projects).map((s) => s.name)).toEqual(['省政务办信息系统安全运维', '江苏12345在线平台信息系统运维费', '“一企来办”平台运营运维费', '江苏12345在线平台运行费']);
  });

  it('copes with a 序时进度 of zero (1 January)', () => {
    expect(byExecutionGap([summary('x', 0.2, 0), summary('y', 0, 0)]).map((s) => s.projectId)).toEqual(['y', 'x']);
  });
});
