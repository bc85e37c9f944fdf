// Target tables of other provinces, written by hand the way their forms extract to text: 安徽 (一次性
// project 2023–2025, older framework with 成本指标 under 产出, page breaks inside the funds block and
// between a 二级 and its 三级, 项目负责人 and 联系电话 as separate labels), 广东 (效益/满意度 before
// 产出, a 成本指标 block with 三级 rows, only 全年 targets under a 年度指标值 column, 其中：sources),
// 四川 (two tables back to back, a label and its value in one cell, a page break inside the 支出
// lines and between 时效指标 and its 三级, a two-row title) and 湖北 (an HTML funds table, rows that
// cannot be read safely and must be reported). Expected values are what a finance officer reads
// off each form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRawTables } from '../../src/io/rawTable';
import type { Indicator, Problem, Project } from '../../src/domain/types';

const read = (name: string) => importRawTables(readFileSync(new URL(`../fixtures/rawTable/${name}`, import.meta.url), 'utf8'), name);
const rows = (inds: Indicator[]) => inds.map((i) => [i.source?.row, i.level1, i.level2, i.level3, i.targetH1, i.targetFY].join(' | '));
const facts = (p: Project) => [p.name, p.year, p.department, p.type, p.level, p.startYear, p.endYear, p.unit, p.contact];
const problems = (ps: Problem[]) => ps.map((p) => [p.code, p.severity, p.source?.row, p.message]);
const T = (...cells: string[]) => cells.join('\t');

describe('安徽: one-off project, older framework, page breaks in funds and between 二级 and 三级', () => {
  const r = read('anhui-2024-water.txt');
  const p = r.projects[0];

  it('reads the header with 项目负责人 and 联系电话 as separate labels', () => {
    expect(r.projects).toHaveLength(1);
    expect(facts(p)).toEqual([
      '皖北地区农村供水保障工程省级补助', 2024, '安徽省水利厅', '一次性项目', '省对下', 2023, 2025, '安徽省农村水利水电服务中心', '周建国/0551-62128000',
    ]);
    expect(p.texts?.necessity?.split('\n')).toHaveLength(2);
    expect(p.texts?.content).toBe('2024年完成宿州、阜阳、亳州三市12座地表水厂配套管网建设，新建改造配水管网800公里，新增受益人口60万人。');
  });

  it('reads every source, across the page break, with 上年结转资金 and 其他资金', () => {
    expect(p.funds).toEqual({
      total: 3650,
      sources: { 一般公共预算资金: 2800, 政府性基金: 0, 国有资本金: 0, 社保基金: 0, 财政专户管理资金: 0, 上年结转资金: 650, 其他资金: 200 },
    });
    expect(p.expenses).toEqual([
      { name: '宿州市埇桥区、灵璧县、泗县地表水厂配套输配水管网及入户工程省级补助资金', planH1: 980, budgetFY: 1650 },
      { name: '阜阳市临泉县、太和县农村供水规模化改造（含水源地保护及水质检测能力建设）补助', planH1: 600, budgetFY: 1200 },
      { name: '亳州市利辛县城乡供水一体化项目省级补助', planH1: 300, budgetFY: 650 },
      { name: '项目前期工作及技术审查费', planH1: 30, budgetFY: 150 },
    ]);
  });

  it('places 成本指标 under 产出 and the 三级 that a page break parted from its 二级', () => {
    expect(rows(r.indicators)).toEqual([
      '34 | 产出指标 | 数量指标 | 新建改造配水管网长度 | ≥300公里 | ≥800公里',
      '35 | 产出指标 | 数量指标 | 新增受益人口 | ≥20万人 | ≥60万人',
      '36 | 产出指标 | 数量指标 | 完成水厂配套工程数量 | ≥4座 | =12座',
      '37 | 产出指标 | 质量指标 | 工程验收合格率 | 100% | 100%',
      '38 | 产出指标 | 质量指标 | 出厂水水质达标率 | >=90% | >=95%',
      '39 | 产出指标 | 时效指标 | 补助资金下达时间 | ≤30日 | ≤30日',
      '40 | 产出指标 | 时效指标 | 工程完工及时率 | 序时进度 | 100%',
      '41 | 产出指标 | 成本指标 | 单位管网建设成本 | ≤18万元/公里 | ≤18万元/公里',
      '42 | 产出指标 | 成本指标 | 项目前期工作费用占比 | ≤5% | ≤5%',
      '43 | 效益指标 | 社会效益 | 农村自来水普及率 | ≥91% | ≥93%',
      '44 | 效益指标 | 社会效益 | 农村供水保证率 | ≥90% | ≥95%',
      '45 | 效益指标 | 生态效益 | 地下水开采量压减 | ≥0.3亿立方米 | ≥0.8亿立方米',
      '50 | 效益指标 | 可持续影响 | 工程长效运行管护机制 | 基本建立 | 建立',
      '51 | 满意度指标 | 服务对象满意度 | 受益群众满意度 | ≥85% | ≥90%',
    ]);
    expect(r.problems).toEqual([]);
  });
});

describe('广东: 效益 before 产出, a 成本指标 block, only 全年 targets', () => {
  const r = read('guangdong-2024-fullyear.txt');
  const p = r.projects[0];

  it('reads the header, the <p> content and the funds with 其中： sources', () => {
    expect(facts(p)).toEqual([
      '广东省统一身份认证平台运维', 2024, '广东省政务服务和数据管理局', '常年安排项目', '省本级', 2024, 2024, '广东省数字政府运营中心', '陈晓东 020-83133000',
    ]);
    expect(p.texts?.content).toBe('（一）平台7×24小时运行监控和日常巡检；\n（二）身份核验接口扩容与性能优化；\n（三）网络安全等级保护测评和商用密码应用安全性评估。');
    expect(p.funds).toEqual({ total: 116, sources: { 一般公共预算资金: 100, 上年结转资金: 16 } });
    expect(p.expenses).toEqual([
      { name: '平台运行监控、日常巡检及身份核验接口扩容与性能优化服务', planH1: 40, budgetFY: 80 },
      { name: '网络安全等级保护测评及商用密码应用安全性评估', planH1: 0, budgetFY: 36 },
    ]);
  });

  it('reads the 年度指标值 column by position, also for a 三级 worded like a target (项目按时完成)', () => {
    expect(rows(r.indicators)).toEqual([
      '21 | 效益指标 | 社会效益 | 政务服务事项“一网通办”率 |  | ≥95%',
      '22 | 效益指标 | 社会效益 | 跨省通办身份核验成功率 |  | >=98%',
      '23 | 效益指标 | 可持续影响 | 平台持续稳定运行 |  | 较高',
      '24 | 满意度指标 | 服务对象满意度 | 用户满意度 |  | ≥90%',
      '25 | 产出指标 | 数量指标 | 日均身份认证服务次数 |  | ≥50万次',
      '26 | 产出指标 | 数量指标 | 年度安全巡检 |  | =12次',
      '27 | 产出指标 | 质量指标 | 平台可用率 |  | ≥99.9%',
      '28 | 产出指标 | 质量指标 | 重大网络安全事件 |  | =0次',
      '29 | 产出指标 | 时效指标 | 故障响应时间 |  | ≤30分钟',
      '30 | 产出指标 | 时效指标 | 项目按时完成 |  | 按时完成',
      '31 | 成本指标 | 经济成本指标 | 项目总成本 |  | ≤116万元',
      '32 | 成本指标 | 经济成本指标 | 单次认证服务成本 |  | ≤0.01元',
    ]);
  });

  it('says once that the table has no 半年 targets instead of warning on every row', () => {
    expect(problems(r.problems)).toEqual([
      ['missing-target', 'warning', 21, 'guangdong-2024-fullyear.txt 第21行：项目“广东省统一身份认证平台运维”的12项三级指标都只有全年（程）指标值，半年（程）指标值为空'],
    ]);
    expect(r.problems[0].projectId).toBe(p.id);
  });
});

describe('四川: two tables back to back, page breaks in 支出 and between 时效指标 and its 三级', () => {
  const r = read('sichuan-2024-two.txt');
  const [p1, p2] = r.projects;

  it('reads both projects, a label and its value in one cell, and HTML entities in <p> text', () => {
    expect(r.projects.map(facts)).toEqual([
      ['四川省12345政务服务便民热线运行保障', 2024, '四川省人民政府办公厅', '常年安排项目', '省本级', 2024, 2026, '四川省政务服务和公共资源交易服务中心', '李明/028-86000000'],
      ['四川省政务云安全运维', 2024, '四川省大数据中心', '一次性项目', '省本级', 2024, 2024, '四川省大数据中心', '王磊/028-86001111'],
    ]);
    expect(p1.texts?.content).toBe('1.坐席服务：配置话务人员不少于120人，7×24小时接听；\n2.知识库维护&工单质检；\n3.平台运维。');
  });

  it('reads funds and the 支出 lines on both sides of the page break', () => {
    expect(p1.funds).toEqual({
      total: 1480.5,
      sources: { 一般公共预算资金: 1230.5, 政府性基金: 0, 国有资本金: 0, 社保基金: 0, 财政专户管理资金: 0, 上年结转资金: 200, 其他资金: 50 },
    });
    expect(p1.expenses).toEqual([
      { name: '坐席服务外包（含话务人员、班组长、质检员及配套办公场地租赁）', planH1: 520, budgetFY: 1100 },
      { name: '热线平台及知识库系统运维', planH1: 90, budgetFY: 230.5 },
      { name: '热线工单质检及第三方满意度回访评估', planH1: 50, budgetFY: 150 },
    ]);
    expect(p2.funds).toEqual({ total: 260, sources: { 一般公共预算资金: 260 } });
    expect(p2.expenses).toEqual([{ name: '政务云安全服务', planH1: 100, budgetFY: 260 }]);
  });

  it('places every 三级 of both tables, the second under a two-row title', () => {
    expect(rows(r.indicators.filter((i) => i.projectId === p1.id))).toEqual([
      '30 | 决策 | 项目立项 | 立项依据充分性 | 充分 | 充分',
      '31 | 决策 | 资金投入 | 预算编制科学性 | 科学 | 科学',
      '32 | 过程 | 资金管理 | 预算执行率 | =45% | =100%',
      '33 | 过程 | 资金管理 | 资金到位率 | 序时进度 | 100%',
      '34 | 过程 | 组织实施 | 管理制度健全性 | 健全 | 健全',
      '35 | 产出指标 | 数量指标 | 话务坐席人员数量 | ≥120人 | ≥120人',
      '36 | 产出指标 | 数量指标 | 年受理群众诉求量 | ≥60万件 | ≥120万件',
      '37 | 产出指标 | 质量指标 | 人工接通率 | ≥95% | ≥95%',
      '38 | 产出指标 | 质量指标 | 工单质检合格率 | >=90% | >=90%',
      '39 | 产出指标 | 质量指标 | 重大服务差错 | =0次 | =0次',
      '44 | 产出指标 | 时效指标 | 一般诉求办结时限 | ≤3个工作日 | ≤3个工作日',
      '45 | 产出指标 | 时效指标 | 紧急诉求转办时限 | ≤30分钟 | ≤30分钟',
      '46 | 产出指标 | 成本指标 | 坐席人均服务成本 | ≤9万元/人·年 | ≤9万元/人·年',
      '47 | 效益指标 | 社会效益 | 群众诉求解决率 | ≥85% | ≥90%',
      '48 | 效益指标 | 社会效益 | 对优化营商环境的促进作用 | 较高 | 较高',
      '49 | 效益指标 | 可持续影响 | 热线服务长效运行机制 | 健全 | 健全',
      '50 | 满意度指标 | 服务对象满意度 | 来电群众满意率 | ≥90% | ≥90%',
    ]);
    expect(rows(r.indicators.filter((i) => i.projectId === p2.id))).toEqual([
      '65 | 产出指标 | 数量指标 | 渗透测试 | ≥2轮 | ≥4轮',
      '66 | 产出指标 | 数量指标 | 等级保护测评系统数量 |  | ≥30个',
      '67 | 产出指标 | 质量指标 | 高危漏洞修复率 | 100% | 100%',
      '68 | 效益指标 | 社会效益 | 政务云安全防护能力 | 明显提升 | 明显提升',
      '69 | 满意度指标 | 服务对象满意度 | 云上单位满意度 | ≥85% | ≥90%',
    ]);
    expect(problems(r.problems)).toEqual([['missing-target', 'warning', 66, 'sichuan-2024-two.txt 第66行：三级指标“等级保护测评系统数量”缺少半年（程）指标值']]);
    expect(r.problems[0].projectId).toBe(p2.id);
  });
});

describe('湖北: rows that cannot be read safely are reported, not guessed', () => {
  const r = read('hubei-2024-ambiguous.txt');
  const p = r.projects[0];

  it('reads the HTML funds table with <th> titles and a 支出 line without its 半年 amount', () => {
    expect(p.contact).toBe('刘洋/027-87230000');
    expect(p.texts?.content).toBe('支持17个市州医保经办服务窗口标准化建设，\n开展医保经办人员培训。');
    expect(p.funds).toEqual({ total: 850, sources: { 一般公共预算资金: 600, 上年结转资金: 250 } });
    expect(p.expenses).toEqual([
      { name: '市州医保经办服务窗口标准化建设补助', planH1: 400, budgetFY: 700 },
      { name: '医保经办人员业务培训', planH1: null, budgetFY: 150 },
    ]);
  });

  it('rejects a shifted row whose unknown name may be 一级 or 二级, and the rows carrying it down', () => {
    expect(rows(r.indicators)).toEqual([
      '14 | 产出指标 | 数量指标 | 完成标准化建设的经办窗口数量 | ≥8个 | ≥17个',
      '15 | 产出指标 | 数量指标 | 培训经办人员 | ≥500人次 | ≥1500人次',
      '16 | 产出指标 | 质量指标 | 培训考核合格率 | ≥90% | ≥90%',
      '17 | 效益指标 | 社会效益 | 医保业务“一窗通办”事项占比 | ≥60% | ≥80%',
      '23 | 效益指标 | 可持续影响 | 对全省医保经办服务标准化的 |  | ',
      '24 | 效益指标 | 可持续影响 | 推动作用 | 较高 | 较高',
      '25 | 满意度指标 | 服务对象满意度 | 参保群众满意度 | ≥85% | ≥90%',
    ]);
    const f = 'hubei-2024-ambiguous.txt';
    expect(problems(r.problems)).toEqual([
      ['expense-incomplete', 'warning', 12, `${f} 第12行：支出行“医保经办人员业务培训”只有一个金额，按全年（程）预算数导入，半年计划执行数为空`],
      ['ambiguous-level', 'error', 21, `${f} 第21行：无法判断“服务质量”是一级还是二级指标（本行因分页错位），本行“服务质量 | 群众办事平均等候时间 | ≤20分钟 | ≤15分钟”未导入`],
      ['ambiguous-level', 'error', 22, `${f} 第22行：无法确定一级/二级指标：本行沿用第21行的指标层级，而该行无法判断，本行“医保经办业务差错率 | ≤1% | ≤1%”未导入`],
      ['missing-target', 'warning', 23, `${f} 第23行：三级指标“对全省医保经办服务标准化的”没有半年和全年指标值`],
      ['split-level3', 'warning', 24, `${f} 第24行：三级指标“推动作用”紧接在没有指标值的第23行“对全省医保经办服务标准化的”之后，可能是同一指标名称分成了两行；已按两项导入，请核对`],
    ]);
  });
});

describe('indicator rows read by the title columns', () => {
  const head = [T('项目名称', '甲', '主管部门', '某厅'), '2024年度', T('项目资金（万元）', '收入', '', '全年（程）预算数'), T('', '', '资金总额', '10')];
  const run = (...lines: string[]) => importRawTables([...head, ...lines].join('\n'), 'x.txt');
  const title = T('一级指标', '二级指标', '三级指标', '半年（程）指标值', '全年（程）指标值');

  it('reads a 半年-only row whose 三级 is worded like a target, under category names', () => {
    const r = run(title, T('产出指标', '时效指标', '项目按时完成', '按时完成', ''), T('', '', '培训完成率', '=50%'));
    expect(rows(r.indicators)).toEqual(['6 | 产出指标 | 时效指标 | 项目按时完成 | 按时完成 | ', '7 | 产出指标 | 时效指标 | 培训完成率 | =50% | ']);
    expect(r.problems.map((p) => [p.code, p.source?.row])).toEqual([['missing-target', 6], ['missing-target', 7]]);
  });

  it('still reads a row shifted by a page break by its shape (成本指标 | 项目总成本 | ≤116万元 | ≤116万元)', () => {
    const r = run(title, T('成本指标', '项目总成本', '≤116万元', '≤116万元', ''));
    expect(rows(r.indicators)).toEqual(['6 | 成本指标 |  | 项目总成本 | ≤116万元 | ≤116万元']);
    expect(r.problems).toEqual([]);
  });

  it('takes 一级 | 二级 | 三级 without values as an indicator without targets, keeping the categories', () => {
    const r = run(title, T('效益指标', '社会效益', '公众知晓度'), T('', '', '群众获得感', '较高', '较高'), T('', '', '受益面', '较大', '较大'));
    expect(rows(r.indicators)).toEqual([
      '6 | 效益指标 | 社会效益 | 公众知晓度 |  | ',
      '7 | 效益指标 | 社会效益 | 群众获得感 | 较高 | 较高',
      '8 | 效益指标 | 社会效益 | 受益面 | 较大 | 较大',
    ]);
    expect(r.problems.map((p) => [p.code, p.source?.row])).toEqual([['missing-target', 6], ['split-level3', 7]]);
  });

  it('recognises title rows of other provinces instead of reporting them', () => {
    for (const t of [
      T('一级指标', '二级指标', '三级指标', '半年指标值', '年度指标值'),
      T('一级指标', '二级指标', '三级指标', '指标值（半年）', '指标值（全年）'),
    ]) {
      const r = run(t, T('产出指标', '数量指标', '培训人次', '', '≥200人次'), T('', '', '培训天数', '≥2天', '≥4天'));
      expect(rows(r.indicators)).toEqual(['6 | 产出指标 | 数量指标 | 培训人次 |  | ≥200人次', '7 | 产出指标 | 数量指标 | 培训天数 | ≥2天 | ≥4天']);
      expect(r.problems.map((p) => p.code)).toEqual(['missing-target']);
    }
  });

  it('keeps a category row where the 三级 should be reported, and its categories for the rows below', () => {
    const r = run(title, T('产出指标', '质量指标', '合格', '合格'), T('', '', '验收合格率', '=100%', '=100%'));
    expect(rows(r.indicators)).toEqual(['7 | 产出指标 | 质量指标 | 验收合格率 | =100% | =100%']);
    expect(r.problems.map((p) => [p.code, p.source?.row])).toEqual([['missing-level3', 6]]);
  });
});
