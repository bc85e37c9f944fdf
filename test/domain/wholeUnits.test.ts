import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { prepareIndicator } from '../../src/domain/judge/evaluate';
import { expectedPath, pathValueAt } from '../../src/domain/path';
import { paceFor } from '../../src/domain/pace';
import { expectedText } from '../../src/domain/rows';
import { isWholeUnit } from '../../src/domain/judge/wholeUnits';

// domain.md §3 whole units: a count of discrete things is expected in whole units, rounded down.
const project: Project = {
  id: 'p', name: '省政务办信息系统安全运维', year: 2024, department: '', unit: '', type: '', level: '', startYear: 2024, endYear: 2024,
  funds: { total: 100, sources: {} }, expenses: [],
};
const ind = (level3: string, targetH1: string, targetFY: string): Indicator =>
  ({ id: `i-${level3}`, projectId: 'p', level1: '产出指标', level2: '数量指标', level3, targetH1, targetFY });
const pen = ind('渗透测试', '≥2轮', '≥4轮');
const visitors = ind('服务人次', '≥1万人次', '≥3万人次');
const training = ind('培训场次', '序时进度', '≥10场');
const settings = defaultSettings();

function judge(i: Indicator, value: string | null, date: string, asOf: string) {
  const actuals: Actual[] = value === null ? [] : [{ projectId: 'p', indicatorId: i.id, date, value }];
  const data: Dataset = { projects: [project], indicators: [i], actuals, spend: [] };
  return buildReport(data, asOf, settings).judgements[0];
}

describe('whole units (domain.md §3)', () => {
  it('knows which units count whole things: 个 项 次 轮 人 人次 家 套 份 篇 期 场 批, not 万人次, %, 小时 or 万元', () => {
    for (const u of ['个', '项', '次', '轮', '人', '人次', '家', '套', '份', '篇', '期', '场', '批']) expect(isWholeUnit(u), u).toBe(true);
    for (const u of ['万人次', '%', '小时', '万元', '']) expect(isWholeUnit(u), u).toBe(false);
  });

  it('渗透测试 ≥2轮 → ≥4轮 expects 2轮 on 31 July (not 2.34轮): 2轮 then is 达标', () => {
    const j = judge(pen, '2轮', '2024-07-31', '2024-07-31');
    expect(j.expected).toBe(2);
    expect(expectedText(j)).toBe('2轮');
    expect(j.status).toBe('met');
    expect(j.variance).toEqual({ absolute: 0, relative: 0 });
    expect(j.explain).toContain('应达值：2轮（6月30日 2轮 → 12月31日 4轮，已过下半年的 16.8%，即 2.34轮，按整数计为 2轮）');
    expect(paceFor(pen, j, settings)).toBeNull();
  });

  it('steps up on the day the share reaches the next whole unit: 3轮 from 30 September (2.99 on 29 September is 2)', () => {
    expect(judge(pen, null, '', '2024-09-29').expected).toBe(2);
    expect(judge(pen, null, '', '2024-09-30').expected).toBe(3);
    expect(judge(pen, null, '', '2024-12-31').expected).toBe(4);
    expect(judge(pen, null, '', '2024-06-30').expected).toBe(2);
    expect(judge(pen, null, '', '2024-03-31').expected).toBe(0);
    // One short of a whole expected value is behind (1 of 2 is 50%).
    expect(judge(pen, '1轮', '2024-07-31', '2024-07-31').status).toBe('behind');
  });

  it('keeps fractions of a counted 万人次 (1.5万人次 is a real figure) and of a year-only count pro-rated by 序时进度', () => {
    expect(judge(visitors, null, '', '2024-09-30').expected).toBeCloseTo(1 + 2 * (92 / 184), 10);
    const t = judge(training, null, '', '2024-07-31');
    // 序时进度 × 10场 = 213/366 × 10 = 5.82场 → 5场.
    expect([t.model, t.expected]).toEqual(['cumulative', 5]);
    expect(t.explain).toContain('（序时进度 58.2% × 10场，即 5.82场，按整数计为 5场）');
  });

  it('draws the expected path of a count in whole steps, agreeing with the judge every day', () => {
    const path = expectedPath(prepareIndicator(pen, settings), 2024, settings);
    expect(pathValueAt(path, '2024-07-31')).toBe(2);
    expect(pathValueAt(path, '2024-09-29')).toBe(2);
    expect(pathValueAt(path, '2024-09-30')).toBe(3);
    expect(pathValueAt(path, '2024-03-31')).toBe(0);
    expect(pathValueAt(path, '2024-04-01')).toBe(1);
    expect(path[0]).toEqual({ date: '2024-01-01', value: 0 });
    expect(path[path.length - 1]).toEqual({ date: '2024-12-31', value: 4 });
  });
});
