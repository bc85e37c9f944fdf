// Tables the seed does not contain: another province and department, other names and orders,
// 成本指标 with 经济/社会成本指标, an unknown 二级, an implied 一级 named as the table files it
// further down, rows that cannot be placed, and bad funds rows. Every problem names its line.
import { describe, expect, it } from 'vitest';
import { importRawTables, looksLikeRawTable } from '../../src/io/rawTable';

const T = (...cells: string[]) => cells.join('\t');

const ZHEJIANG = [
  '浙江省省级部门项目支出绩效目标表', // 1
  T('', '（2025年度）', '单位：万元'), // 2
  T('项目名称', '农村饮用水安全提升工程补助', '主管部门', '浙江省水利厅'), // 3
  T('项目类型', '一次性项目', '项目级次', '省对下'), // 4
  T('开始时间', '2025年', '完成时间', '2025年'), // 5
  T('实施单位', '浙江省农村水利管理中心', '项目负责人/联系电话', '王某/0571-0000000'), // 6
  T('立项必要性', '<p>保障农村饮用水安全。</p><p>落实省委部署&nbsp;要求，&lt;必须&gt;按期完成。</p>'), // 7
  T('实施可行性', '已有规划，'), // 8
  '资金已落实。', // 9: the text went on over a line break
  T('项目实施内容', '对 30 个县的供水站改造。'), // 10
  T('项目资金(万元)', '收入', '', '全年(程)预算数'), // 11
  T('', '', '资金总额', '2,400'), // 12
  T('', '', '一般公共预算资金', '2,000'), // 13
  T('', '', '政府性基金', '400'), // 14
  T('', '', '中央转移支付资金', '0'), // 15: a source this vocabulary does not know
  T('', '支出', '', '半年(程)计划执行数', '全年(程)预算数'), // 16
  T('', '供水站改造补助', '', '1,200', '2,200'), // 17
  T('', '项目管理费', '', '50', '200'), // 18
  T('中长期目标', '', '三年内全面提升农村供水保障水平。'), // 19
  T('年度目标', '', '完成 30 座供水站改造。'), // 20
  T('一级指标', '二级指标', '三级指标', '半年(程)指标值', '全年(程)指标值'), // 21
  T('过程', '资金管理', '预算执行率', '=50%', '=100%'), // 22
  T('', '数量指标', '改造供水站数量', '≥15座', '≥30座'), // 23: 产出, named 产出 below
  T('', '', '受益人口', '≥5万人', '≥10万人'), // 24
  T('产出', '质量指标', '水质达标率', '≥95%', '≥95%'), // 25
  T('', '时效指标', '完工及时率', '=50%', '=100%'), // 26
  T('成本指标', '经济成本指标', '单站改造成本', '≤80万元/座', '≤80万元/座'), // 27
  T('', '社会成本指标', '征地拆迁户数', '=0户', '=0户'), // 28
  T('效益', '社会效益', '农村供水保证率', '≥90%', '≥95%'), // 29
  T('', '生态效益', '', '', ''), // 30
  T('', '服务质量', '群众投诉处理及时率', '=100%', '=100%'), // 31: a 二级 of this province
  '', // 32
  '浙江省省级部门项目支出绩效目标表', // 33
  '第 2 页', // 34
  T('', '', '水源保护区划定率', '≥80%', '=100%'), // 35
  T('', '', '=100%', '=100%'), // 36: values without a 三级
  T('产出', '数量指标', '额外', '改造供水站', '≥1座', '≥2座'), // 37: three names before the 三级
  T('满意度', '服务对象满意度', '受益群众满意度', '≥85%', '≥90%'), // 38
  T('', '服务对象满意度', '回访满意度', '≥85%', ''), // 39: 全年 value missing
  '备注：以上数据为测算值。', // 40
].join('\r\n');

describe('importRawTables on a table of another province', () => {
  const r = importRawTables(ZHEJIANG, 'zj.txt');

  it('reads the header facts and plain texts', () => {
    expect(r.projects).toHaveLength(1);
    const p = r.projects[0];
    expect([p.name, p.year, p.department, p.type, p.level, p.startYear, p.endYear, p.unit, p.contact]).toEqual([
      '农村饮用水安全提升工程补助', 2025, '浙江省水利厅', '一次性项目', '省对下', 2025, 2025, '浙江省农村水利管理中心', '王某/0571-0000000',
    ]);
    expect(p.texts).toEqual({
      necessity: '保障农村饮用水安全。\n落实省委部署 要求，<必须>按期完成。',
      feasibility: '已有规划，\n资金已落实。',
      content: '对 30 个县的供水站改造。',
      longTermGoal: '三年内全面提升农村供水保障水平。',
      annualGoal: '完成 30 座供水站改造。',
    });
  });

  it('reads funds with thousands separators and a source it does not know', () => {
    const p = r.projects[0];
    expect(p.funds).toEqual({ total: 2400, sources: { 一般公共预算资金: 2000, 政府性基金: 400, 中央转移支付资金: 0 } });
    expect(p.expenses).toEqual([
      { name: '供水站改造补助', planH1: 1200, budgetFY: 2200 },
      { name: '项目管理费', planH1: 50, budgetFY: 200 },
    ]);
  });

  it('places the indicators by the form structure, names kept as filed', () => {
    expect(r.indicators.map((i) => [i.source?.row, i.level1, i.level2, i.level3, i.targetH1, i.targetFY].join(' | '))).toEqual([
      '22 | 过程 | 资金管理 | 预算执行率 | =50% | =100%',
      '23 | 产出 | 数量指标 | 改造供水站数量 | ≥15座 | ≥30座',
      '24 | 产出 | 数量指标 | 受益人口 | ≥5万人 | ≥10万人',
      '25 | 产出 | 质量指标 | 水质达标率 | ≥95% | ≥95%',
      '26 | 产出 | 时效指标 | 完工及时率 | =50% | =100%',
      '27 | 成本指标 | 经济成本指标 | 单站改造成本 | ≤80万元/座 | ≤80万元/座',
      '28 | 成本指标 | 社会成本指标 | 征地拆迁户数 | =0户 | =0户',
      '29 | 效益 | 社会效益 | 农村供水保证率 | ≥90% | ≥95%',
      '31 | 效益 | 服务质量 | 群众投诉处理及时率 | =100% | =100%',
      '35 | 效益 | 服务质量 | 水源保护区划定率 | ≥80% | =100%',
      '38 | 满意度 | 服务对象满意度 | 受益群众满意度 | ≥85% | ≥90%',
      '39 | 满意度 | 服务对象满意度 | 回访满意度 | ≥85% | ',
    ]);
  });

  it('reports each row it cannot place, with its line, and never drops one silently', () => {
    const pid = r.projects[0].id;
    expect(r.problems.map((p) => [p.code, p.severity, p.source?.row, p.projectId === pid])).toEqual([
      ['unknown-indicator-row', 'error', 36, true],
      ['unknown-indicator-row', 'error', 37, true],
      ['missing-target', 'warning', 39, true],
      ['note-line', 'warning', 40, true],
    ]);
    expect(r.problems[0].message).toBe('zj.txt 第36行：无法识别的指标行“=100% | =100%”，未导入');
    expect(r.problems[1].message).toBe('zj.txt 第37行：无法识别的指标行“产出 | 数量指标 | 额外 | 改造供水站 | ≥1座 | ≥2座”，未导入');
    expect(r.problems[2].message).toBe('zj.txt 第39行：三级指标“回访满意度”缺少全年（程）指标值');
    expect(r.problems.every((p) => p.source?.file === 'zj.txt')).toBe(true);
  });

  it('is recognised as a raw table', () => {
    expect(looksLikeRawTable(ZHEJIANG)).toBe(true);
  });
});

describe('importRawTables problems and edge shapes', () => {
  const head = (name: string) => [T('项目名称', name, '主管部门', '某厅'), '2024年度'];
  const titles = T('一级指标', '二级指标', '三级指标', '半年（程）指标值', '全年（程）指标值');

  it('reports text before the first 项目名称 and rows before any 一级', () => {
    const r = importRawTables(['说明文字一行', ...head('甲'), titles, T('', '', '孤立的三级', '=1个', '=2个')].join('\n'), 'a.txt');
    expect(r.problems.map((p) => [p.code, p.source?.row])).toEqual([
      ['outside-project', 1],
      ['no-level1', 5],
      ['missing-funds', 2],
      ['no-indicators', 2],
    ]);
    expect(r.problems[0].message).toBe('a.txt 第1行：无法识别的行“说明文字一行”（不在任何“项目名称”之下），未导入');
    expect(r.projects[0].year).toBe(2024);
  });

  it('counts repeated identical paths into distinct ids', () => {
    const row = T('产出指标', '数量指标', '培训人次', '≥100人次', '≥200人次');
    const r = importRawTables([...head('乙'), titles, row, row].join('\n'), 'b.txt');
    expect(r.indicators).toHaveLength(2);
    expect(r.indicators[0].id).not.toBe(r.indicators[1].id);
  });

  it('keeps two tables of the same project apart with a suffixed id and a warning', () => {
    const table = [...head('丙'), titles, T('决策', '项目立项', '立项依据充分性', '充分', '充分')];
    const r = importRawTables([...table, ...table].join('\n'), 'c.txt');
    expect(r.projects.map((p) => p.id)).toEqual([r.projects[0].id, `${r.projects[0].id}-2`]);
    expect(new Set(r.indicators.map((i) => i.id)).size).toBe(2);
    expect(r.problems.filter((p) => p.code === 'duplicate-project').map((p) => p.source?.row)).toEqual([5]);
  });

  it('reports funds rows it cannot read and differing echoes', () => {
    const r = importRawTables(
      [
        ...head('丁'),
        T('项目资金（万元）', '收入', '', '全年（程）预算数'),
        T('', '资金总额', '100'),
        T('', '资金总额', '120'),
        T('', '一般公共预算资金', ''),
        T('', '支出', '', '半年（程）计划执行数', '全年（程）预算数'),
        T('', '只有全年数的支出', '', '', '80'),
        T('', '', '', '30', '40'),
        T('', '没有金额的支出', '', '', ''),
        T('', '重复的支出', '1', '2'),
        T('', '重复的支出', '1', '2'),
        titles,
        T('成本指标', '', '项目总成本', '≤100万元', '≤100万元'),
      ].join('\n'),
      'd.txt',
    );
    const p = r.projects[0];
    expect(p.funds).toEqual({ total: 100, sources: {} });
    expect(p.expenses).toEqual([
      { name: '只有全年数的支出', planH1: null, budgetFY: 80 },
      { name: '重复的支出', planH1: 1, budgetFY: 2 },
    ]);
    expect(r.problems.map((x) => [x.code, x.source?.row])).toEqual([
      ['funds-conflict', 5],
      ['funds-no-amount', 6],
      ['expense-incomplete', 8],
      ['funds-orphan-amount', 9],
      ['funds-orphan-amount', 9],
      ['expense-no-amount', 10],
      ['duplicate-expense', 12],
    ]);
    expect(r.indicators.map((i) => [i.level1, i.level2, i.level3])).toEqual([['成本指标', '', '项目总成本']]);
  });

  it('reports a row naming a category where the 三级 should be', () => {
    const r = importRawTables([...head('戊'), titles, T('决策', '项目立项', '充分', '充分'), T('', '', '过程', '合规', '合规')].join('\n'), 'e.txt');
    expect(r.indicators).toEqual([]);
    expect(r.problems.filter((p) => p.code === 'missing-level3').map((p) => p.source?.row)).toEqual([4, 5]);
  });

  it('warns when a 二级 is filed under an unusual 一级 but keeps it as filed', () => {
    const r = importRawTables([...head('己'), titles, T('效益指标', '数量指标', '惠及人数', '≥1万人', '≥2万人')].join('\n'), 'f.txt');
    expect(r.indicators.map((i) => [i.level1, i.level2])).toEqual([['效益指标', '数量指标']]);
    expect(r.problems.map((p) => p.code)).toContain('level-mismatch');
  });

  it('returns nothing but no crash for empty or unrelated text', () => {
    expect(importRawTables('', 'x.txt')).toEqual({ projects: [], indicators: [], actuals: [], problems: [] });
    const r = importRawTables('hello\nworld', 'x.txt');
    expect(r.projects).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.source?.row])).toEqual([
      ['outside-project', 1],
      ['outside-project', 2],
    ]);
  });
});

describe('looksLikeRawTable', () => {
  it('tells raw tables from CSV/TSV exports and other text', () => {
    expect(looksLikeRawTable('江苏省省级项目预算绩效目标表\n2024年度')).toBe(true);
    expect(looksLikeRawTable(T('项目名称', '甲') + '\n' + T('一级指标', '二级指标', '三级指标', '半年（程）指标值', '全年（程）指标值'))).toBe(true);
    expect(looksLikeRawTable('项目名称,一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值\n甲,决策,项目立项,x,充分,充分')).toBe(false);
    expect(looksLikeRawTable(T('项目名称', '一级指标', '二级指标', '三级指标') + '\n' + T('甲', '决策', '项目立项', 'x'))).toBe(false);
    expect(looksLikeRawTable('')).toBe(false);
    expect(looksLikeRawTable('项目名称\t甲\n日期\t实际值')).toBe(false);
  });
});
