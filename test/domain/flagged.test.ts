import { describe, expect, it } from 'vitest';
import { FLAGGED_STATUSES, NO_LIKELIHOOD, filterFlagged, flaggedFacets, flaggedRows, sortFlagged, type FlaggedRow } from '../../src/domain/flagged';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { bundledReport } from './flagged.data';

const rowsAt = (asOf: string) => {
  const b = bundledReport(asOf);
  return flaggedRows(b.report.judgements, b.projects, b.indicators);
};
const brief = (r: FlaggedRow) => `${r.rank} ${r.project} ${r.level3} ${r.status} ${r.varianceText}`;

describe('flaggedRows on the bundled data', () => {
  it('lists every warning and behind indicator at 30 June, behind first, then by relative gap', () => {
    expect(rowsAt('2024-06-30').map(brief)).toEqual([
      '1 江苏12345在线平台信息系统运维费 等保测评及安全运维服务成果 behind -1项（-100%）',
      '2 省政务办信息系统安全运维 应急演练 behind -1次（-100%）',
      '3 江苏12345在线平台信息系统运维费 预算执行率 behind -14个百分点（-35%）',
      '4 江苏12345在线平台运行费 上线运行的系统模块数量 behind -1个（-25%）',
      '5 “一企来办”平台运营运维费 已完工增补业务功能扩展等迭代更新验收合格率 behind -10个百分点（-20%）',
      '6 “一企来办”平台运营运维费 预算执行率 warning -2.5个百分点（-8.33%）',
      '7 江苏12345在线平台运行费 接通率（含未接通回拨） warning -2.4个百分点（-2.4%）',
      '8 江苏12345在线平台运行费 预算执行率 warning -1个百分点（-2.22%）',
      '9 江苏12345在线平台运行费 人员配置及坐席配套 warning -2人（-1.9%）',
    ]);
  });

  it('carries what the table shows: path, target applied, expected, actual, reason, likelihood', () => {
    const rate = rowsAt('2024-06-30')[2];
    expect(rate).toMatchObject({
      level1: '过程', level2: '资金管理', level3: '预算执行率', target: '半年 =40% → 全年 =100%', expected: '40%', actual: '26.0%',
      actualDate: '2024-06-30', gap: 0.35, reason: '经费保障：等保密评合同下半年签订，付款集中在四季度', likelihood: '有可能',
      department: '江苏省数据局 (江苏省政务服务管理办公室)',
    });
    // The judgement travels with the row (not spread), so its lazy explanation is still there.
    expect(rate.judgement.explain).toContain('落后 14 个百分点');
  });

  it('puts a 反向 indicator over its limit by its overshoot, and qualitative misses (no numeric gap) last in their status', () => {
    const rows = rowsAt('2024-09-30');
    expect(rows.length).toBe(14); // 安全培训 and 等保测评 at 1 of an expected 1.5 are whole units now: 1, met
    const response = rows.find((r) => r.level3 === '信息系统故障修复响应时间')!;
    expect([response.status, response.gap, response.actual, response.expected]).toEqual(['behind', 0.125, '270分钟（4.5小时）', '4小时']); // the actual read in the target's unit too
    expect(rows.slice(-2).map((r) => [r.level3, r.status, r.gap, r.varianceText])).toEqual([
      ['对信息系统安全性能的改善或提升程度', 'warning', 0, ''],
      ['对避免重复投入运维费用的改善程度', 'warning', 0, ''],
    ]);
    // A qualitative target is its own expected value, as in the project table (the actual 一般 falls short of it).
    expect(rows.slice(-2).map((r) => [r.target, r.expected, r.actual])).toEqual([
      ['改善或提升程度较高', '改善或提升程度较高', '一般'],
      ['显著', '显著', '明显'],
    ]);
    expect(rows.every((r) => FLAGGED_STATUSES.includes(r.status))).toBe(true);
  });

  it('is empty when nothing is flagged', () => {
    expect(rowsAt('2024-01-31')).toEqual([]);
    expect(flaggedRows([], new Map(), new Map())).toEqual([]);
  });
});

describe('filterFlagged', () => {
  const rows = rowsAt('2024-09-30');

  it('keeps rows of the chosen statuses, in worst-first order', () => {
    const behind = filterFlagged(rows, { status: ['behind'] });
    expect(behind.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('filters by project, 一级, 主管部门 (either bracket width) and likelihood, all together', () => {
    const yiqi = rows[5].projectId;
    expect(filterFlagged(rows, { projects: [yiqi] }).map((r) => r.level3)).toEqual([
      '已完工增补业务功能扩展等迭代更新验收合格率', '信息系统故障修复响应时间', '预算执行率', '系统功能达标率', '服务对象满意度', '对信息系统安全性能的改善或提升程度',
    ]);
    expect(filterFlagged(rows, { projects: [yiqi], level1: ['产出指标'], status: ['behind'] }).map((r) => r.level3)).toEqual([
      '已完工增补业务功能扩展等迭代更新验收合格率', '信息系统故障修复响应时间',
    ]);
    // The two spellings of the same 主管部门 — `(…)` and `（…）` — are one department.
    const dept = '江苏省数据局(江苏省政务服务管理办公室)';
    expect(filterFlagged(rows, { departments: [dept] }).length).toBe(14);
    expect(filterFlagged(rows, { likelihood: [NO_LIKELIHOOD] }).map((r) => r.level3)).toEqual([
      '预算执行率', '预算执行率', '系统功能达标率', '预算执行率', '按时派单率',
    ]);
    expect(filterFlagged(rows, { likelihood: ['确定能'], level1: ['过程'] })).toEqual([]);
  });

  it('searches names, targets, actuals and reasons; every word must match, case-insensitively', () => {
    expect(filterFlagged(rows, { text: '机房空调' }).map((r) => r.level3)).toEqual(['信息系统故障修复响应时间']);
    expect(filterFlagged(rows, { text: '12345 事故' }).map((r) => r.level3)).toEqual(['系统运行事故发生频率']);
    expect(filterFlagged(rows, { text: '270分钟' }).length).toBe(1);
    expect(filterFlagged(rows, { text: '  ' }).length).toBe(14);
    expect(filterFlagged(rows, { text: '不存在的词' })).toEqual([]);
  });

  it('treats empty lists as no restriction', () => {
    expect(filterFlagged(rows, { projects: [], status: [], level1: [], departments: [], likelihood: [], text: '' })).toEqual(rows);
  });
});

describe('flaggedFacets', () => {
  it('counts each filter value; one department despite two spellings; likelihood worst first, blanks last', () => {
    const f = flaggedFacets(rowsAt('2024-09-30'));
    expect(f.status.map((x) => [x.value, x.count])).toEqual([['behind', 5], ['warning', 9]]);
    expect(f.departments).toEqual([{ value: '江苏省数据局(江苏省政务服务管理办公室)', label: '江苏省数据局 (江苏省政务服务管理办公室)', count: 14 }]);
    expect(f.level1.map((x) => [x.value, x.count])).toEqual([['产出指标', 7], ['过程', 4], ['满意度指标', 1], ['效益指标', 2]]);
    expect(f.likelihood.map((x) => [x.value, x.count])).toEqual([['有可能', 7], ['确定能', 2], [NO_LIKELIHOOD, 5]]);
    expect(f.projects.map((x) => x.count).reduce((a, b) => a + b)).toBe(14);
  });
});

describe('sortFlagged', () => {
  const rows = rowsAt('2024-06-30');
  it('sorts by gap either way, ties broken by the worst-first rank', () => {
    expect(sortFlagged(rows, 'gap', 'descending').map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(sortFlagged(rows, 'gap', 'ascending').map((r) => r.rank)).toEqual([9, 8, 7, 6, 5, 4, 3, 1, 2]);
  });
  it('sorts by project name, status and likelihood', () => {
    expect(sortFlagged(rows, 'project').map((r) => r.project)).toEqual([
      '“一企来办”平台运营运维费', '“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台信息系统运维费',
      '江苏12345在线平台运行费', '江苏12345在线平台运行费', '江苏12345在线平台运行费', '江苏12345在线平台运行费', '省政务办信息系统安全运维',
    ]);
    expect(sortFlagged(rows, 'status', 'ascending').map((r) => r.rank)).toEqual([6, 7, 8, 9, 1, 2, 3, 4, 5]);
    expect(sortFlagged(rows, 'likelihood').map((r) => r.likelihood)).toEqual(['有可能', '有可能', '有可能', '确定能', '确定能', '确定能', '确定能', '', '']);
    expect(sortFlagged(rows, 'rank', 'descending').map((r) => r.rank)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // A copy: the input keeps its order.
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('scale', () => {
  it('builds, filters and sorts 30,000 indicators (12,000 flagged) in well under a second', () => {
    const projects: Project[] = [];
    const indicators: Indicator[] = [];
    const actuals: Actual[] = [];
    for (let p = 0; p < 1000; p++) {
      const id = `p${p}`;
      projects.push({ id, name: `项目${p}`, year: 2024, department: `部门${p % 7}`, unit: '', type: '', level: '', startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [] });
      for (let k = 0; k < 30; k++) {
        const iid = `${id}-i${k}`;
        indicators.push({ id: iid, projectId: id, level1: k % 2 ? '产出指标' : '效益指标', level2: '数量指标', level3: `指标${k}`, targetH1: '≥100个', targetFY: '≥100个' });
        // 100 met, 95 warning, 80 behind, in turn.
        actuals.push({ projectId: id, indicatorId: iid, date: '2024-06-30', value: ['100', '95', '80', '100', '100'][k % 5] });
      }
    }
    const data: Dataset = { projects, indicators, actuals, spend: [] };
    const report = buildReport(data, '2024-06-30', defaultSettings());
    const t0 = performance.now();
    const rows = flaggedRows(report.judgements, new Map(projects.map((p) => [p.id, p])), new Map(indicators.map((i) => [i.id, i])));
    const some = filterFlagged(rows, { status: ['behind'], departments: ['部门3'], text: '项目1' });
    sortFlagged(rows, 'project');
    const ms = performance.now() - t0;
    expect(rows.length).toBe(12_000);
    expect(rows[0].status).toBe('behind');
    expect(rows[6000].status).toBe('warning');
    expect(some.every((r) => r.department === '部门3' && r.project.includes('项目1'))).toBe(true);
    expect(ms).toBeLessThan(1500);
  });
});
