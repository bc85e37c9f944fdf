// Expected-value and variance texts of report rows (the CLI, exports and the app all show these).
import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { actualShownText, expectedText, expectedValueText, indicatorRows, varianceText } from '../../src/domain/rows';

const project: Project = {
  id: 'p1', name: '江苏12345在线平台信息系统运维费', year: 2024, department: '江苏省数据局', unit: '江苏省政务服务网运管中心',
  type: '常年安排项目', level: '省本级', startYear: 2023, endYear: 2025, funds: { total: 98.5, sources: {} }, expenses: [],
};
const ind = (id: string, level3: string, targetH1: string, targetFY: string): Indicator =>
  ({ id, projectId: 'p1', level1: '产出指标', level2: '质量指标', level3, targetH1, targetFY });
const indicators = [
  ind('rate', '预算执行率', '=40%', '=100%'),
  ind('fix', '信息系统故障修复响应时间', '≤2小时', '≤2小时'),
  ind('count', '等保测评及安全运维服务成果', '≥1项', '≥2项'),
  ind('norm', '运维管理制度', '规范', '规范'),
  ind('odd', '平台运行稳定性', '稳中有进??', '稳中有进??'),
];
const act = (indicatorId: string, value: string) => ({ projectId: 'p1', indicatorId, date: '2024-06-30', value });
const data: Dataset = { projects: [project], indicators, actuals: [act('rate', '26%'), act('fix', '150分钟'), act('count', '1'), act('norm', '达成')], spend: [] };
const report = buildReport(data, '2024-06-30', defaultSettings());
const j = (id: string) => report.judgements.find((x) => x.indicatorId === id)!;

describe('expected value texts', () => {
  it('a quantity in the target unit; nothing for a qualitative or unparsed target', () => {
    expect(['rate', 'fix', 'count', 'norm', 'odd'].map((id) => expectedText(j(id)))).toEqual(['40%', '2小时', '1项', '', '']);
  });
  it('for table cells a qualitative target is its own expected value; an unparsed one stays empty', () => {
    expect(['rate', 'fix', 'count', 'norm', 'odd'].map((id) => expectedValueText(j(id)))).toEqual(['40%', '2小时', '1项', '规范', '']);
    expect(indicatorRows(data, report).map((r) => r.expected)).toEqual(['40%', '2小时', '1项', '规范', '']);
  });
});

describe('variance texts', () => {
  it('in Chinese by default (CLI, exports): points for percentages, the target unit otherwise', () => {
    expect(['rate', 'fix', 'count', 'norm', 'odd'].map((id) => varianceText(j(id)))).toEqual(['-14个百分点（-35%）', '+0.5小时（+25%）', '0项（0%）', '', '']);
    expect(indicatorRows(data, report)[0].variance.text).toBe('-14个百分点（-35%）');
  });
  it('in English for the English UI: pp, and ASCII brackets', () => {
    expect(['rate', 'fix', 'count', 'norm'].map((id) => varianceText(j(id), 'en'))).toEqual(['-14 pp (-35%)', '+0.5小时 (+25%)', '0项 (0%)', '']);
    expect(varianceText(j('rate'), 'zh-CN')).toBe('-14个百分点（-35%）');
  });
  it('a variance without a relative part (expected value 0) has no brackets', () => {
    const zero = { ...j('rate'), expected: 0, variance: { absolute: 5, relative: null } };
    expect(varianceText(zero)).toBe('+5个百分点');
    expect(varianceText(zero, 'en')).toBe('+5 pp');
  });
});

describe('actualShownText', () => {
  const shown = (actualText: string, actual: number | null, unit: string) => actualShownText({ actualText, actual, unit });
  it('adds the value in the target unit when the actual was written in another', () => {
    expect(shown('270分钟', 4.5, '小时')).toBe('270分钟（4.5小时）');
    expect(shown('1.2万人', 12000, '人')).toBe('1.2万人（12,000人）');
    expect(shown('无', 0, '次')).toBe('无（0次）');
    // A bare number is in the target's unit: saying so shows how `0.85` against ≥80% was read.
    expect(shown('0.85', 0.85, '%')).toBe('0.85（0.85%）');
  });
  it('leaves an actual written in the target unit, a qualitative one and a missing one as recorded', () => {
    expect(shown('28%', 28, '%')).toBe('28%');
    expect(shown(' 4.5 小时 ', 4.5, '小时')).toBe('4.5 小时');
    expect(shown('<1小时', 1, '小时')).toBe('<1小时');
    expect(shown('８５％', 85, '%')).toBe('８５％');
    expect(shown('－3%', -3, '%')).toBe('－3%');
    expect(shown('1,200万元', 1200, '万元')).toBe('1,200万元');
    expect(shown('＜4小时', 4, '小时')).toBe('＜4小时');
    expect(shown('较高', null, '')).toBe('较高');
    expect(shown('', null, '%')).toBe('');
  });
});
