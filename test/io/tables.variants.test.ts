// Target tables as other provinces publish them (domain.md §1), written from the descriptions:
// a 项目支出绩效目标表 with only year targets split into 指标性质 / 指标值 / 度量单位 beside 指标值类型 /
// 评(扣)分标准 / 备注, header labels 主管部门及编码 / 项目执行单位 / 项目负责人及电话 / 项目起止时间, money
// in 元 and 年度资金总额:1600000 in one cell; a 绩效目标申报表 with a 绩效指标 label column, 指标内容 for
// the 三级 and a 实施期 column before the 年度 one; a 项目支出绩效自评表 with 实际完成值, 分值, 得分 and
// 偏差原因分析及改进措施. Each is read row by row with exact expectations, as text, .xlsx and .docx.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRawTables } from '../../src/io/rawTable';
import { detectKind } from '../../src/io/detect';
import type { Indicator, Problem, Project } from '../../src/domain/types';

export const TABLES = ['split-columns', 'mid-term', 'self-assessment'] as const;
export const tableText = (name: string) => readFileSync(new URL(`../fixtures/tables/${name}.txt`, import.meta.url), 'utf8');
export const rows = (inds: Indicator[]) => inds.map((i) => [i.source?.row, i.level1, i.level2, i.level3, i.targetH1, i.targetFY].join(' | '));
export const facts = (p: Project) => [p.name, p.year, p.department, p.unit, p.startYear, p.endYear, p.contact, p.funds];
const codes = (ps: Problem[]) => ps.map((p) => [p.code, p.severity, p.source?.row]);

export const EXPECTED = {
  'split-columns': {
    facts: ['城乡居民医保经办服务能力提升', 2025, '[318]某省医疗保障局', '某省医疗保障事业管理中心', 2025, 2025, '李明 0791-86000000', { total: 160, sources: { 财政拨款: 150, 其他资金: 10 } }],
    rows: [
      '10 | 产出指标 | 数量指标 | 经办人员培训人次 |  | ≥1200人次',
      '11 | 产出指标 | 数量指标 | 经办服务网点覆盖县区数 |  | =100个',
      '12 | 产出指标 | 质量指标 | 档案验收合格率 |  | ≥95%',
      '13 | 产出指标 | 质量指标 | 预算调整率 |  | ±3%以内',
      '14 | 产出指标 | 时效指标 | 业务办结时限 |  | ≤3个工作日',
      '15 | 产出指标 | 时效指标 | 预算执行率 |  | ≥90%',
      '16 | 产出指标 | 成本指标 | 人均培训成本 |  | ≤17元/人.每天',
      '17 | 效益指标 | 社会效益指标 | 群众就医便利程度 |  | 明显提升',
      '18 | 满意度指标 | 服务对象满意度指标 | 参保群众满意度 |  | 不低于90%',
    ],
    actuals: [],
    problems: [['money-yuan', 'warning', 3]],
  },
  'mid-term': {
    facts: ['农村饮水安全巩固提升', 2025, '某市水利局', '某市农村供水管理站', 2024, 2026, '王强/0731-88000000', { total: 300, sources: { 财政拨款: 260, 其他资金: 40 } }],
    rows: [
      '13 | 产出指标 | 数量指标 | 水厂提质改造数量 |  | 14座',
      '14 | 产出指标 | 数量指标 | 新增供水管网长度 |  | ≥120公里',
      '15 | 产出指标 | 质量指标 | 工程验收合格率 |  | 100%',
      '16 | 产出指标 | 时效指标 | 工程完工及时率 |  | 100%',
      '17 | 效益指标 | 社会效益指标 | 农村自来水普及率 |  | ≥92%',
      '18 | 效益指标 | 可持续影响指标 | 工程长效运行机制 |  | 健全',
      '19 | 满意度指标 | 服务对象满意度指标 | 受益群众满意度 |  | ≥90%',
    ],
    actuals: [],
    problems: [],
  },
  'self-assessment': {
    facts: ['社区居家养老服务补助', 2024, '某区民政局', '某区养老服务指导中心', null, null, undefined, { total: 80, sources: {} }],
    rows: [
      '8 | 产出指标 | 数量指标 | 服务老年人人次 |  | ≥6000人次',
      '9 | 产出指标 | 质量指标 | 服务质量抽查合格率 |  | ≥95%',
      '10 | 产出指标 | 时效指标 | 补助资金拨付及时率 |  | 100%',
      '11 | 效益指标 | 社会效益指标 | 居家养老服务覆盖率 |  | ≥60%',
      '12 | 满意度指标 | 服务对象满意度指标 | 老年人满意度 |  | ≥90%',
    ],
    actuals: [
      [8, '2024-12-31', '6320人次', ''], [9, '2024-12-31', '93%', '两家服务站整改未到位，已约谈并限期整改'],
      [10, '2024-12-31', '100%', ''], [11, '2024-12-31', '62%', ''], [12, '2024-12-31', '92%', ''],
    ],
    problems: [['funds-extra-amount', 'warning', 6]],
  },
} as const;

describe.each(TABLES)('%s as text', (name) => {
  const r = importRawTables(tableText(name), `${name}.txt`);
  const want = EXPECTED[name];

  it('is told a target table by its content', () => expect(detectKind(tableText(name))).toBe('raw-table'));
  it('reads the header facts and the money (元 → 万元)', () => {
    expect(r.projects).toHaveLength(1);
    expect(facts(r.projects[0])).toEqual(want.facts);
  });
  it('places every indicator row with its year target only (no 半年 invented)', () => expect(rows(r.indicators)).toEqual(want.rows));
  it('reads a 自评表\'s 实际完成值 as actuals of 31 December with the 偏差原因', () =>
    expect(r.actuals.map((a) => [a.source?.row, a.date, a.value, a.reason ?? ''])).toEqual(want.actuals));
  it('reports only what a finance officer should check', () => expect(codes(r.problems)).toEqual(want.problems));
});

describe('column groups and other shapes', () => {
  const T = (...cells: string[]) => cells.join('\t');
  const head = ['2025年度', T('项目名称', '测试项目'), T('主管部门', '测试厅')];
  it('reads the 年度 group of a two-row title whichever side the 中期 group stands on', () => {
    for (const order of [['年度指标', '中期指标'], ['中期指标', '年度指标']]) {
      const year = order[0] === '年度指标' ? 0 : 3;
      const vals = (y: string[], m: string[]) => (year === 0 ? [...y, ...m] : [...m, ...y]);
      const text = [...head,
        T('一级指标', '二级指标', '三级指标', order[0], '', '', order[1]),
        T('', '', '', '指标性质', '指标值', '度量单位', '指标性质', '指标值', '度量单位'),
        T('产出指标', '数量指标', '培训场次', ...vals(['≥', '12', '场'], ['≥', '36', '场'])),
        T('', '', '覆盖率', ...vals(['≥', '80', '%'], ['', '', ''])),
      ].join('\n');
      const r = importRawTables(text, 't.txt');
      expect(rows(r.indicators), order.join()).toEqual(['4 | 产出指标 | 数量指标 | 培训场次 |  | ≥12场', '6 | 产出指标 | 数量指标 | 覆盖率 |  | ≥80%'].map((s, k) => (k ? s.replace(/^6/, '7') : s.replace(/^4/, '6'))));
      expect(r.problems).toEqual([expect.objectContaining({ code: 'missing-funds' })]);
    }
  });
});
