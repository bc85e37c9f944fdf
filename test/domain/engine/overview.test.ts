import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Dataset } from '../../../src/domain/types';
import type { Settings } from '../../../src/domain/settings';
import { defaultSettings } from '../../../src/domain/settings';
import { buildReport } from '../../../src/domain/report';
import {
  applyFilter, countByLevel1, countByProject, countByProjectField, emptyFilter, worstFlagged, type OverviewFilter,
} from '../../../src/domain/aggregate';
import { flaggedRows, type FlaggedRow } from '../../../src/domain/flagged';
import { Engine } from '../../../src/domain/engine';
import { countByFieldAt, countByLevel1At, filterIndexes, worstFlaggedAt } from '../../../src/domain/engine/overview';
import { projectCountsAt } from '../../../src/domain/engine/overviewProjects';
import { flaggedRowsAt } from '../../../src/domain/engine/flaggedRows';
import { synthesize } from '../../../scripts/gen/synthesize';
import { basis, date, handRolled, rules, seedData, settingsOf } from './arbitraries';
import { readFileSync } from 'node:fs';
import { loadFiles } from '../../../src/io/load';

const sample = loadFiles(['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: readFileSync(`data/${name}`, 'utf8') }))).dataset;

// The overview's roll-ups and the flagged list on the engine against the reference functions of
// domain/aggregate and domain/flagged, on the same generated data, dates, rule sets and filters.

const plain = (rows: FlaggedRow[]) => rows.map((r) => JSON.parse(JSON.stringify({ ...toPlain(r), explain: r.judgement.explain })));
const toPlain = (r: FlaggedRow) => ('toJSON' in r ? (r as unknown as { toJSON(): FlaggedRow }).toJSON() : r);

function compare(data: Dataset, asOf: string, settings: Settings, filter: OverviewFilter) {
  const report = buildReport(data, asOf, settings);
  const projectsById = new Map(data.projects.map((p) => [p.id, p]));
  const indicatorsById = new Map(data.indicators.map((i) => [i.id, i]));
  const ref = applyFilter(data.projects, indicatorsById, report.judgements, filter);
  const engine = new Engine(data, settings).judge(asOf);
  const mine = filterIndexes(engine, filter);
  expect(mine.projects.map((p) => p.id)).toEqual(ref.projects.map((p) => p.id));
  expect([...mine.indexes].map((i) => data.indicators[i].id)).toEqual(ref.judgements.map((j) => j.indicatorId));
  expect(mine.statusCounts).toEqual(ref.statusCounts);
  expect(countByLevel1At(engine, mine.indexes)).toEqual(countByLevel1(ref.judgements, indicatorsById));
  expect(countByFieldAt(engine, mine.indexes, 'department')).toEqual(countByProjectField(ref.judgements, projectsById, 'department'));
  expect(countByFieldAt(engine, mine.indexes, 'unit')).toEqual(countByProjectField(ref.judgements, projectsById, 'unit'));
  const byProject = projectCountsAt(engine, mine.indexes);
  for (const [id, counts] of countByProject(ref.judgements)) expect(byProject.get(id)).toEqual(counts);
  const top = (rows: { indicatorId: string; explain: string; variance: unknown; expected: string; actual: string }[]) =>
    rows.map(({ indicatorId, explain, variance, expected, actual }) => ({ indicatorId, explain, variance, expected, actual }));
  expect(top(worstFlaggedAt(engine, mine.indexes, 10))).toEqual(top(worstFlagged(data, indicatorsById, report, ref.judgements, 10)));
  expect(plain(flaggedRowsAt(engine))).toEqual(plain(flaggedRows(report.judgements, projectsById, indicatorsById)));
}

/** A filter drawn from the data's own values (and some that match nothing). */
const filterOf = (data: Dataset) =>
  fc.record({
    departments: fc.subarray([...new Set(data.projects.map((p) => p.department)), '无此部门'], { maxLength: 2 }),
    units: fc.subarray([...new Set(data.projects.map((p) => p.unit))], { maxLength: 1 }),
    types: fc.subarray([...new Set(data.projects.map((p) => p.type))], { maxLength: 1 }),
    level1: fc.subarray([...new Set(data.indicators.map((i) => i.level1)), ' 产出 指标 '], { maxLength: 2 }),
    statuses: fc.subarray(['met', 'warning', 'behind', 'pending', 'unparsed'] as const, { maxLength: 2 }).map((s) => [...s]),
    search: fc.constantFrom('', '满意', '项目1 产出', 'ZZZ', data.projects[0]?.name ?? ''),
  });

describe('overview and flagged list on the engine = the reference', () => {
  it('on generated province data sets, with any filter', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 4 }), date, rules, basis, fc.integer(), (seed, n, asOf, ruleSet, b, pick) => {
      const data = synthesize(seedData, n, seed).data;
      const filter = fc.sample(filterOf(data), { numRuns: 1, seed: pick })[0];
      compare(data, asOf, settingsOf(ruleSet, b), filter);
    }), { numRuns: 30 });
  });

  it('on arbitrary targets, actuals and department spellings', () => {
    fc.assert(fc.property(handRolled, date, rules, basis, fc.integer(), (data, asOf, ruleSet, b, pick) => {
      compare(data, asOf, settingsOf(ruleSet, b), fc.sample(filterOf(data), { numRuns: 1, seed: pick })[0]);
    }), { numRuns: 150 });
  });

  it('on the bundled 示例数据: the exact counts and worst rows of three dates', () => {
    const e = new Engine(sample, defaultSettings());
    const at = (asOf: string) => {
      e.judge(asOf);
      const rows = flaggedRowsAt(e);
      return { counts: filterIndexes(e, emptyFilter()).statusCounts, first: rows.slice(0, 2).map((r) => [r.rank, r.status, r.level3, r.expected]), n: rows.length };
    };
    expect(at('2024-06-30')).toEqual({ counts: { met: 88, warning: 4, behind: 5, pending: 2, unparsed: 0 }, n: 9,
      first: [[1, 'behind', '等保测评及安全运维服务成果', '1项'], [2, 'behind', '应急演练', '1次']] });
    expect(at('2024-09-30')).toEqual({ counts: { met: 84, warning: 9, behind: 5, pending: 1, unparsed: 0 }, n: 14,
      first: [[1, 'behind', '漏洞扫描', '3轮'], [2, 'behind', '预算执行率', '50%']] });
    // Rows made again after another date read that date, not the one before.
    expect(at('2024-12-31').counts).toEqual({ met: 74, warning: 6, behind: 18, pending: 1, unparsed: 0 });
    expect(at('2024-06-30').first[0]).toEqual([1, 'behind', '等保测评及安全运维服务成果', '1项']);
    const behindOnly = filterIndexes(e, { ...emptyFilter(), statuses: ['behind'] });
    expect(behindOnly.indexes.length).toBe(5);
    expect(behindOnly.statusCounts.met).toBe(88);
    expect(filterIndexes(e, { ...emptyFilter(), search: '无此项目' }).projects).toEqual([]);
  });
});
