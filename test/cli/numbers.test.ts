// The CLI's report (src/cli/format.ts) carries the judging rules of issue 8: stale actuals with
// their date, the cap's share used, the execution rate's source.
import { describe, expect, it } from 'vitest';
import { formatCsv, formatJson, formatTable } from '../../src/cli/format';
import { judged, SAFETY } from '../app/projectFixture';

describe('CLI report numbers (domain.md §3)', () => {
  const { data, report } = judged('2024-08-31');

  it('writes a stale actual with its date in the table and CSV, and flags it in JSON', () => {
    const table = formatTable(data, report);
    expect(table).toContain('91%（6月30日，过期）');
    expect(formatCsv(data, report)).toContain('91%（6月30日，过期）');
    const json = JSON.parse(formatJson(data, report));
    const sat = json.indicators.find((i: { project: string; level3: string }) => i.project === SAFETY && i.level3 === '项目总成本');
    expect([sat.stale, sat.actualDate, sat.capShare, sat.variance.text]).toEqual([true, '2024-06-30', 0, '已用 0%']);
  });

  it('names the source of each project\'s execution rate', () => {
    const table = formatTable(data, report);
    expect(table).toMatch(/执行率来源/);
    const json = JSON.parse(formatJson(data, report));
    expect(json.projects.map((p: { rateSource: string; rateDate: string }) => [p.rateSource, p.rateDate])).toEqual(Array(4).fill(['spend', '2024-06-30']));
  });
});
