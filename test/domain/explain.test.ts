import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings, type Settings } from '../../src/domain/settings';
import { explainIn, targetIn } from '../../src/domain/judge/explain';

// The "why is this red?" sentence in the English UI: every word of the product's own is English;
// only the data (target texts, actuals, units, grades) and the 一体化系统 name stay as written.

let seq = 0;
const ind = (level1: string, level2: string, level3: string, targetH1: string, targetFY: string, extra: Partial<Indicator> = {}): Indicator =>
  ({ id: `i${++seq}`, projectId: 'p1', level1, level2, level3, targetH1, targetFY, ...extra });
const project = (year = 2024): Project => ({
  id: 'p1', name: '测试项目', year, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: year, endYear: year, funds: { total: 100, sources: {} }, expenses: [{ name: '运维', planH1: 30, budgetFY: 100 }],
});
function judge(i: Indicator, value: string | null, asOf: string, settings: Settings = defaultSettings(), year = 2024) {
  const actuals: Actual[] = value === null ? [] : [{ projectId: 'p1', indicatorId: i.id, date: asOf, value }];
  const data: Dataset = { projects: [project(year)], indicators: [i], actuals, spend: [] };
  return buildReport(data, asOf, settings).judgements[0];
}

const rate = ind('过程', '资金管理', '预算执行率', '=30%', '=100%');
const response = ind('产出指标', '时效指标', '故障修复响应时间', '≤4小时', '≤4小时');
const satisfaction = ind('满意度指标', '服务对象满意度', '服务对象满意度', '≥80%', '≥90%');
const scans = ind('产出指标', '数量指标', '渗透测试', '≥2轮', '≥4轮');
const effect = ind('效益指标', '社会效益', '服务水平', '较高', '较高');
const broken = ind('产出指标', '数量指标', '巡检', '若干', '若干');

describe('explanations in English', () => {
  it('a lagging cumulative progress rate: path, rule 4, expected on the path, points short', () => {
    const j = judge(rate, '15%', '2024-06-30');
    expect(j.explainIn!('en')).toBe(
      'Target: half-year =30% → full-year =100% (half-year); cumulative (rule 4: half-year value below the full-year one), higher is better; '
      + 'expected: 30% (1 Jan 0 → 30 Jun 30%, 100.0% of the first half elapsed); actual: 15% (2024-06-30); Behind: progress rate: 15 points short, beyond the 10-point tolerance',
    );
    expect(j.explain).toBe(
      '目标：半年 =30% → 全年 =100%（半年）；进度型（规则4：正向且半年值低于全年值，为进度型），正向；'
      + '应达值：30%（1月1日 0 → 6月30日 30%，已过上半年的 100.0%）；实际：15%（2024-06-30）；滞后：进度百分比：落后 15 个百分点，超过 10 个百分点容差',
    );
  });

  it('a response time over its cap but within the tolerance', () => {
    expect(judge(response, '4.2小时', '2024-09-30').explainIn!('en')).toBe(
      'Target: ≤4小时 (full-year); level (rule 2: a ≤/< target or =0 bad events), lower is better; expected: 4小时 (full-year target ≤4小时); '
      + 'actual: 4.2小时 (2024-09-30); Warning: lower is better: over, but within the tolerance limit 4.4小时 (×1.1)',
    );
  });

  it('covers every branch without a Chinese word of its own', () => {
    const lights = defaultSettings('pmkpi');
    const cases = [
      judge(rate, '35%', '2024-06-30'), judge(rate, '22%', '2024-06-30'), judge(rate, null, '2024-06-30'),
      judge(response, '3小时', '2024-03-31'), judge(response, '6小时', '2024-03-31'),
      judge(satisfaction, '85%', '2024-09-30'), judge(satisfaction, '82%', '2024-09-30'), judge(satisfaction, '60%', '2024-09-30'),
      judge(scans, '9轮', '2024-09-30'), judge(scans, '0', '2024-03-31'),
      judge(effect, '达成', '2024-09-30'), judge(effect, '部分达成', '2024-09-30'), judge(effect, '一般', '2024-09-30'), judge(effect, '明显', '2024-09-30'),
      judge(broken, '3', '2024-06-30'), judge(scans, '3小时', '2024-09-30'),
      judge(rate, '20%', '2024-09-30', lights), judge(satisfaction, '50%', '2024-09-30', lights), judge(response, '5小时', '2024-09-30', lights),
      judge(scans, null, '2024-09-30', lights), judge(scans, '2', '2024-06-30', defaultSettings(), 2023),
    ];
    expect(new Set(cases.map((j) => j.status))).toEqual(new Set(['met', 'warning', 'behind', 'pending', 'unparsed']));
    // What may stay Chinese: data (targets, actuals, units, grades), the 一体化系统 name, a parser's reason for an unreadable actual.
    const data = /[≥≤=<>]?[\d.]*(小时|轮|若干|较高|达成|部分达成|一般|明显)|一体化系统|“[^”]*”/g;
    for (const j of cases) {
      const en = j.explainIn!('en');
      const own = j.actualError ? en.replace(j.actualError, '') : en;
      expect(own.replace(data, ''), en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(explainIn(j, 'en')).toBe(en);
      expect(explainIn(j, 'zh-CN')).toBe(j.explain);
    }
  });

  it('says when a project of another 年度 is judged at its own year end', () => {
    expect(judge(scans, '3', '2024-06-30', defaultSettings(), 2023).explainIn!('en'))
      .toMatch(/^Project year 2023 is over: judged as of 31 Dec 2023; Target: half-year ≥2轮 → full-year ≥4轮 \(full-year\)/);
  });

  it('falls back to the Chinese explanation for a judgement read back from JSON', () => {
    const plain = JSON.parse(JSON.stringify(judge(rate, '15%', '2024-06-30')));
    expect(explainIn(plain, 'en')).toBe(plain.explain);
  });

  it('translates a cumulative path and leaves any other target as written', () => {
    expect(targetIn('半年 ≥2轮 → 全年 ≥4轮', 'en')).toBe('half-year ≥2轮 → full-year ≥4轮');
    expect(targetIn('半年 ≥2轮 → 全年 ≥4轮', 'zh-CN')).toBe('半年 ≥2轮 → 全年 ≥4轮');
    expect(targetIn('≤4小时', 'en')).toBe('≤4小时');
  });
});
