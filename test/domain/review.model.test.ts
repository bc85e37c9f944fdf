import { describe, expect, it } from 'vitest';
import type { Actual, Dataset, Indicator, Project } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';

// Progress-model defaults (domain.md §3, first match wins) and the 反向 reading of "=0 bad events"
// (domain.md §2) on indicators as real tables name them.

let seq = 0;
const ind = (level1: string, level2: string, level3: string, targetH1: string, targetFY: string): Indicator =>
  ({ id: `m${++seq}`, projectId: 'p1', level1, level2, level3, targetH1, targetFY });
const project: Project = {
  id: 'p1', name: '测试项目', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目', level: '省本级',
  startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [],
};
function judge(i: Indicator, actuals: Record<string, string>, asOf: string) {
  const list: Actual[] = Object.entries(actuals).map(([date, value]) => ({ projectId: 'p1', indicatorId: i.id, date, value }));
  const data: Dataset = { projects: [project], indicators: [i], actuals: list, spend: [] };
  return buildReport(data, asOf, defaultSettings()).judgements[0];
}

describe('rule 1: 满意度 indicators are level', () => {
  it('recognises a satisfaction indicator by its 一级指标 when the 二级 cell is blank', () => {
    // A page break left 二级 blank; the 一级 says it is a satisfaction indicator: ≥80% → ≥90% is a bar, not a quantity.
    const j = judge(ind('满意度指标', '', '群众好评率', '≥80%', '≥90%'), { '2024-03-31': '85%' }, '2024-03-31');
    expect(j.model).toBe('level');
    expect(j.modelReason).toContain('规则1');
    expect(j.expected).toBe(80);
  });
  it('a count of satisfaction surveys under 数量指标 is not a satisfaction level: it accumulates (rule 4)', () => {
    const j = judge(ind('产出指标', '数量指标', '满意度调查开展次数', '≥1次', '≥2次'), {}, '2024-09-30');
    expect(j.model).toBe('cumulative');
    expect(j.expected).toBe(1); // 1.5次, a count in whole units: 1次 (domain.md §3)
  });
});

describe('=0 on bad events is 反向, whatever the event is called', () => {
  for (const name of ['项目延期次数', '资金超支金额', '数据漏报条数', '系统误报次数']) {
    it(`${name} =0 is 反向 and level (rule 2): any occurrence is behind`, () => {
      const unit = name.endsWith('金额') ? '万元' : name.endsWith('条数') ? '条' : '次';
      const i = ind('产出指标', '质量指标', name, `=0${unit}`, `=0${unit}`);
      const j = judge(i, { '2024-06-30': `1${unit}` }, '2024-06-30');
      expect(j.direction).toBe('negative');
      expect(j.modelReason).toContain('规则2');
      expect(j.status).toBe('behind');
    });
  }
  it('explains a missed zero target plainly instead of "1.1 times 0"', () => {
    const j = judge(ind('效益指标', '社会效益', '安全事故发生数', '=0次', '=0次'), { '2024-06-30': '1次' }, '2024-06-30');
    expect(j.status).toBe('behind');
    expect(j.explain).toContain('应为 0次');
    expect(j.explain).not.toContain('1.1倍');
  });
  it('=0% 预算执行率 in 半年 stays a 正向 milestone', () => {
    const j = judge(ind('过程', '资金管理', '预算执行率', '=0%', '=100%'), { '2024-09-30': '40%' }, '2024-09-30');
    expect(j.direction).toBe('positive');
    expect(j.model).toBe('cumulative');
    expect(j.expected).toBeCloseTo(50, 10);
    expect(j.status).toBe('warning');
  });
});

describe('a full-year target of =0 is a cap whatever the indicator is called', () => {
  it('新增隐性债务 =0万元: any amount is behind, 0 is met', () => {
    const debt = ind('效益指标', '经济效益', '新增隐性债务', '=0万元', '=0万元');
    const j = judge(debt, { '2024-06-30': '5万元' }, '2024-06-30');
    expect(j.direction).toBe('negative');
    expect(j.status).toBe('behind');
    expect(judge(debt, { '2024-06-30': '0' }, '2024-06-30').status).toBe('met');
  });
  it('a =0 半年 milestone before a positive 全年 target stays 正向 (安全培训 =0次 → ≥2次)', () => {
    const j = judge(ind('产出指标', '数量指标', '安全培训', '=0次', '≥2次'), { '2024-09-30': '1次' }, '2024-09-30');
    expect(j.direction).toBe('positive');
    expect(j.status).toBe('met');
  });
});
