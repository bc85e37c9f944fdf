import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../src/domain/types';
import type { Settings } from '../../../src/domain/settings';
import { defaultSettings } from '../../../src/domain/settings';
import { buildReport } from '../../../src/domain/report';
import type { ProjectSummary } from '../../../src/domain/report.types';
import { applyFilter, byExecutionGap, countByProject, emptyFilter, worstOf, type OverviewFilter } from '../../../src/domain/aggregate';
import { statusSeverity } from '../../../src/domain/labels';
import { Engine } from '../../../src/domain/engine';
import { filterIndexes } from '../../../src/domain/engine/overview';
import { projectCountsAt, projectListAt, type ProjectRow, type ProjectSortKey } from '../../../src/domain/engine/overviewProjects';
import { synthesize } from '../../../scripts/gen/synthesize';
import { loadFiles } from '../../../src/io/load';
import { basis, date, handRolled, rules, seedData, settingsOf } from './arbitraries';

// The overview's project list on the engine against what the overview did before it: summaries of
// the filtered projects by id, byExecutionGap, a row per project (counts under the filter) and the
// table's comparators over every row, on the same generated data, dates, rule sets and filters.

const sample = loadFiles(['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: readFileSync(`data/${name}`, 'utf8') }))).dataset;

const KEYS: ProjectSortKey[] = ['name', 'indicators', 'flagged', 'worst', 'rate'];

/** The project table's rows and sort as written over ProjectSummary objects (the reference). */
function referenceRows(data: Dataset, asOf: string, settings: Settings, filter: OverviewFilter) {
  const report = buildReport(data, asOf, settings);
  const indicatorsById = new Map(data.indicators.map((i) => [i.id, i]));
  const projectsById = new Map(data.projects.map((p) => [p.id, p]));
  const summariesById = new Map(report.projects.map((s) => [s.projectId, s]));
  const ref = applyFilter(data.projects, indicatorsById, report.judgements, filter);
  const summaries = byExecutionGap(ref.projects.map((p) => summariesById.get(p.id)).filter((s): s is ProjectSummary => !!s));
  const counts = countByProject(ref.judgements);
  const rows: ProjectRow[] = summaries.map((s) => {
    const p = projectsById.get(s.projectId);
    const c = counts.get(s.projectId);
    return {
      id: s.projectId, name: s.name, department: p?.department ?? '', unit: p?.unit ?? '',
      indicators: c ? Object.values(c).reduce((a, b) => a + b, 0) : 0, behind: c?.behind ?? 0, warning: c?.warning ?? 0,
      worst: c ? worstOf(c) : null, rate: s.budget.executionRate, light: s.light ?? null,
    };
  });
  const compare: Record<ProjectSortKey, (a: ProjectRow, b: ProjectRow) => number> = {
    name: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
    indicators: (a, b) => a.indicators - b.indicators,
    flagged: (a, b) => a.behind - b.behind || a.warning - b.warning,
    worst: (a, b) => (a.worst ? statusSeverity[a.worst] : -1) - (b.worst ? statusSeverity[b.worst] : -1),
    rate: (a, b) => (a.rate ?? -1) - (b.rate ?? -1),
  };
  const sorted = (key: ProjectSortKey, order: 'ascending' | 'descending') => [...rows].sort((a, b) => (order === 'ascending' ? 1 : -1) * compare[key](a, b));
  return { summaries, counts, rows, sorted, projectsById };
}

function check(data: Dataset, asOf: string, settings: Settings, filter: OverviewFilter) {
  const ref = referenceRows(data, asOf, settings, filter);
  const engine = new Engine(data, settings).judge(asOf);
  const f = filterIndexes(engine, filter);
  expect([...f.projectIndexes].map((k) => engine.columns.projects[k])).toEqual(f.projects);
  const list = projectListAt(engine, f.projectIndexes);
  const counts = projectCountsAt(engine, f.indexes);
  expect(list.length).toBe(ref.summaries.length);
  expect(list.slice(0, 100)).toEqual(ref.summaries.slice(0, 100));
  expect(list.slice(0)).toEqual(ref.summaries);
  for (const [id, c] of ref.counts) expect(counts.get(id)).toEqual(c);
  for (const p of data.projects) if (!ref.counts.has(p.id)) expect(counts.get(p.id)).toBeUndefined();
  const rowsAt = (positions: number[]) => positions.map((r) => list.row(r, counts, ref.projectsById));
  expect(rowsAt(list.sorted('', null, counts))).toEqual(ref.rows);
  for (const key of KEYS) for (const order of ['ascending', 'descending'] as const) expect(rowsAt(list.sorted(key, order, counts))).toEqual(ref.sorted(key, order));
}

const some = (values: string[], max: number) => fc.subarray([...new Set(values)], { maxLength: Math.min(max, new Set(values).size) });
const filterOf = (data: Dataset) =>
  fc.record({
    departments: some([...data.projects.map((p) => p.department), '无此部门'], 2),
    units: some(data.projects.map((p) => p.unit), 1),
    types: some(data.projects.map((p) => p.type), 1),
    level1: some(data.indicators.map((i) => i.level1), 2),
    statuses: fc.subarray(['met', 'warning', 'behind', 'pending', 'unparsed'] as const, { maxLength: 2 }).map((s) => [...s]),
    search: fc.constantFrom('', '满意', '项目1 产出', 'ZZZ', data.projects[0]?.name ?? ''),
  });

describe('the overview project list on the engine = summaries, byExecutionGap and the table rows', () => {
  it('on generated province data sets, with any filter, every sort', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 6 }), date, rules, basis, fc.integer(), (seed, n, asOf, ruleSet, b, pick) => {
      const data = synthesize(seedData, n, seed).data;
      check(data, asOf, settingsOf(ruleSet, b), fc.sample(filterOf(data), { numRuns: 1, seed: pick })[0]);
    }), { numRuns: 30 });
  });

  it('on arbitrary targets, actuals and spend', () => {
    fc.assert(fc.property(handRolled, date, rules, basis, fc.integer(), (data, asOf, ruleSet, b, pick) => {
      check(data, asOf, settingsOf(ruleSet, b), fc.sample(filterOf(data), { numRuns: 1, seed: pick })[0]);
    }), { numRuns: 150 });
  });

  it('on the bundled 示例数据: the projects furthest behind, and the table sorted by 滞后/预警', () => {
    const e = new Engine(sample, defaultSettings()).judge('2024-09-30');
    const f = filterIndexes(e, emptyFilter());
    const list = projectListAt(e, f.projectIndexes);
    const counts = projectCountsAt(e, f.indexes);
    const byId = new Map(sample.projects.map((p) => [p.id, p]));
    expect(list.length).toBe(sample.projects.length);
    expect(list.slice(0, 3).map((s) => [s.name, s.budget.executionRate])).toEqual(EXPECTED_GAP);
    expect(list.sorted('flagged', 'descending', counts).slice(0, 2).map((r) => list.row(r, counts, byId)).map((r) => [r.name, r.behind, r.warning, r.worst])).toEqual(EXPECTED_FLAGGED);
  });
});

const EXPECTED_GAP = [['省政务办信息系统安全运维', 0.34500000000000003], ['江苏12345在线平台信息系统运维费', 0.49005076142131976], ['“一企来办”平台运营运维费', 0.58]];
const EXPECTED_FLAGGED = [['“一企来办”平台运营运维费', 2, 4, 'behind'], ['省政务办信息系统安全运维', 2, 0, 'behind']];
