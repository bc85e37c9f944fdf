import { describe, expect, it } from 'vitest';
import { varianceText, indicatorRows } from '../../src/domain/rows';
import { flaggedRows } from '../../src/domain/flagged';
import { judged, SAFETY } from '../app/projectFixture';

// domain.md §3 caps: 项目总成本 ≤116万元 met with room to spare is 达标, its variance the share used.
describe('a 反向 money cap (项目总成本 ≤116万元)', () => {
  it('at 0万元 on 30 June is 达标 and reads 已用 0%, never +100%', () => {
    const { judgement: j } = judged('2024-06-30').judgementOf(SAFETY, '项目总成本');
    expect([j.status, j.actual, j.expected, j.capShare]).toEqual(['met', 0, 116, 0]);
    expect(varianceText(j)).toBe('已用 0%');
    expect(varianceText(j, 'en')).toBe('0% of the cap used');
  });

  it('at 40万元 on 30 September reads 已用 34.48%; over the cap it says by how much', () => {
    const { judgement: j } = judged('2024-09-30').judgementOf(SAFETY, '项目总成本');
    expect(varianceText(j)).toBe('已用 34.48%');
    expect(varianceText({ ...j, actual: 121.8, capShare: 1.05, variance: { absolute: 5.8, relative: 0.05 } })).toBe('已用 105%（超出 5.8万元）');
  });

  it('is the text of the CLI/CSV rows and of the flagged list', () => {
    const { data, report } = judged('2024-06-30');
    const row = indicatorRows(data, report).find((r) => r.level3 === '项目总成本')!;
    expect(row.variance.text).toBe('已用 0%');
    const j = report.judgements.find((x) => x.indicatorId === row.indicatorId)!;
    const over = { ...j, status: 'behind' as const, actual: 130, capShare: 130 / 116, variance: { absolute: 14, relative: 14 / 116 } };
    const flagged = flaggedRows([over], new Map(data.projects.map((p) => [p.id, p])), new Map(data.indicators.map((i) => [i.id, i])));
    expect(flagged[0].varianceText).toBe('已用 112.07%（超出 14万元）');
  });
});
