// The seed: four 2024 target tables of one Jiangsu department, as extracted text (tabs, blank
// carried-down cells, page breaks, an HTML funds table, both bracket widths). Every indicator is
// written out below, checked line by line against the seed text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRawTables, looksLikeRawTable } from '../../src/io/rawTable';
import { indicatorId, projectId } from '../../src/domain/ids';

const SEED = readFileSync(new URL('../fixtures/rawTable/jiangsu-2024-seed.txt', import.meta.url), 'utf8');
const FILE = 'jiangsu-2024-seed.txt';

/** line | 一级 | 二级 | 三级 | 半年 | 全年 */
const EXPECTED = [
  // “一企来办”平台运营运维费
  '30 | 决策 | 项目立项 | 立项依据充分性 | 充分 | 充分',
  '31 | 决策 | 项目立项 | 立项程序规范性 | 规范 | 规范',
  '32 | 决策 | 绩效目标 | 绩效指标明确性 | 明确 | 明确',
  '33 | 决策 | 绩效目标 | 绩效目标合理性 | 合理 | 合理',
  '34 | 决策 | 资金投入 | 资金分配合理性 | 合理 | 合理',
  '35 | 决策 | 资金投入 | 预算编制科学性 | 科学 | 科学',
  '36 | 过程 | 资金管理 | 预算执行率 | =30% | =100%',
  '37 | 过程 | 资金管理 | 资金使用合规性 | 合规 | 合规',
  '38 | 过程 | 资金管理 | 资金到位率 | 序时进度 | 100%',
  '39 | 过程 | 组织实施 | 制度执行有效性 | 有效 | 有效',
  '40 | 过程 | 组织实施 | 管理制度健全性 | 健全 | 健全',
  '41 | 产出指标 | 数量指标 | 项目覆盖单位或市县区数量占比 | =50% | =100%',
  '42 | 产出指标 | 数量指标 | 系统功能达标率 | =50% | =100%',
  '43 | 产出指标 | 质量指标 | 已完工增补业务功能扩展等迭代更新验收合格率 | =50% | =100%',
  '44 | 产出指标 | 质量指标 | 信息系统日常维护合格率 | =50% | =100%',
  '45 | 产出指标 | 时效指标 | 信息系统故障修复响应时间 | ≤4小时 | ≤4小时',
  '46 | 产出指标 | 时效指标 | 项目完成及时性 | 及时 | 及时',
  '49 | 效益指标 | 社会效益 | 对提高行政审批效率的改善或提升程度 | 改善或提升程度较高 | 改善或提升程度较高',
  '50 | 效益指标 | 社会效益 | 对促进政务信息公开情况的影响程度 | 较高 | 较高',
  '51 | 效益指标 | 社会效益 | 对信息系统可用性及稳定性的改善或提升程度 | 改善或提升程度较高 | 改善或提升程度较高',
  '52 | 效益指标 | 社会效益 | 对信息系统安全性能的改善或提升程度 | 改善或提升程度较高 | 改善或提升程度较高',
  '54 | 效益指标 | 可持续影响 | 对提高行政审批效率的持续影响程度 | 改善或影响程度较高 | 改善或影响程度较高',
  '55 | 效益指标 | 可持续影响 | 对单位履职、促进事业发展的持续影响程度 | 较高 | 较高',
  '56 | 效益指标 | 可持续影响 | 对促进政务信息公开情况的持续影响程度 | 较高 | 较高',
  '57 | 满意度指标 | 服务对象满意度 | 服务对象满意度 | ≥80% | ≥90%',
  // 江苏12345在线平台信息系统运维费
  '87 | 决策 | 项目立项 | 立项程序规范性 | 规范 | 规范',
  '88 | 决策 | 项目立项 | 立项依据充分性 | 充分 | 充分',
  '89 | 决策 | 绩效目标 | 绩效目标合理性 | 合理 | 合理',
  '90 | 决策 | 绩效目标 | 绩效指标明确性 | 明确 | 明确',
  '91 | 决策 | 资金投入 | 预算编制科学性 | 科学 | 科学',
  '92 | 决策 | 资金投入 | 资金分配合理性 | 合理 | 合理',
  '93 | 过程 | 资金管理 | 预算执行率 | =40% | =100%',
  '94 | 过程 | 资金管理 | 资金到位率 | 序时进度 | 100%',
  '95 | 过程 | 资金管理 | 资金使用合规性 | 合规 | 合规',
  '96 | 过程 | 组织实施 | 制度执行有效性 | 有效 | 有效',
  '97 | 过程 | 组织实施 | 管理制度健全性 | 健全 | 健全',
  '98 | 产出指标 | 数量指标 | 等保测评及安全运维服务成果 | ≥1项 | ≥2项',
  '99 | 产出指标 | 数量指标 | 日常维护信息系统数量 | ≥2个 | ≥2个',
  '100 | 产出指标 | 数量指标 | 项目覆盖单位或市区县数量 | =21个 | =21个',
  '101 | 产出指标 | 质量指标 | 系统运行事故发生频率 | ≤5% | ≤5%',
  '102 | 产出指标 | 时效指标 | 信息系统日常维护周期 | ≤1周 | ≤1周',
  '103 | 产出指标 | 时效指标 | 信息系统故障修复响应时间 | ≤2小时 | ≤2小时',
  '105 | 效益指标 | 经济效益 | 对避免重复投入运维费用的改善程度 | 显著 | 显著',
  '106 | 效益指标 | 社会效益 | 对提高公共服务能力和效率的改善或提升程度 | 较高 | 较高',
  '107 | 效益指标 | 社会效益 | 对工作效率、管理和决策支持的改善或提升程度 | 较高 | 较高',
  '109 | 效益指标 | 可持续影响 | 对提高公共服务能力和效率的持续影响程度 | 较高 | 较高',
  '110 | 满意度指标 | 服务对象满意度 | 服务对象满意度 | ≥80% | ≥80%',
  // 江苏12345在线平台运行费
  '144 | 决策 | 项目立项 | 立项程序规范性 | 规范 | 规范',
  '145 | 决策 | 项目立项 | 立项依据充分性 | 充分 | 充分',
  '146 | 决策 | 绩效目标 | 绩效目标合理性 | 合理 | 合理',
  '147 | 决策 | 绩效目标 | 绩效指标明确性 | 明确 | 明确',
  '148 | 决策 | 资金投入 | 资金分配合理性 | 合理 | 合理',
  '149 | 决策 | 资金投入 | 预算编制科学性 | 科学 | 科学',
  '150 | 过程 | 资金管理 | 预算执行率 | =45% | =100%',
  '151 | 过程 | 资金管理 | 资金到位率 | 序时进度 | 100%',
  '152 | 过程 | 资金管理 | 资金使用合规性 | 合规 | 合规',
  '153 | 过程 | 组织实施 | 制度执行有效性 | 有效 | 有效',
  '154 | 过程 | 组织实施 | 管理制度健全性 | 健全 | 健全',
  '155 | 产出指标 | 数量指标 | 上线运行的系统模块数量 | =4个 | =6个',
  '157 | 产出指标 | 数量指标 | 人员配置及坐席配套 | ≥105人 | ≥105人',
  '158 | 产出指标 | 质量指标 | 接通率（含未接通回拨） | =100% | =100%',
  '159 | 产出指标 | 质量指标 | 服务合格率 | ≥98% | ≥98%',
  '160 | 产出指标 | 质量指标 | 服务表单派发准确率 | ≥98% | ≥98%',
  '161 | 产出指标 | 质量指标 | 按时派单率 | =100% | =100%',
  '164 | 效益指标 | 社会效益 | 提高公共服务能力和效率的改善或提高程度 | 明显 | 明显',
  '165 | 效益指标 | 社会效益 | 对推动“互联网+”发展的影响程度 | 明显 | 明显',
  '166 | 效益指标 | 社会效益 | 安全事故发生数 | =0次 | =0次',
  '167 | 效益指标 | 社会效益 | 对工作效率、管理和决策支持的改善或提升程度 | 明显 | 明显',
  '169 | 效益指标 | 可持续影响 | 对提高或改善公共服务水平的持续影响程度 | 明显 | 明显',
  '170 | 效益指标 | 可持续影响 | 对提高公共服务能力和效率的持续影响程度 | 明显 | 明显',
  '171 | 满意度指标 | 服务对象满意度 | 对服务代表满意率 | ≥90% | ≥90%',
  // 省政务办信息系统安全运维
  '199 | 决策 | 项目立项 | 立项程序规范性 | 规范 | 规范',
  '200 | 决策 | 项目立项 | 立项依据充分性 | 充分 | 充分',
  '201 | 决策 | 绩效目标 | 绩效目标合理性 | 合理 | 合理',
  '202 | 决策 | 绩效目标 | 绩效指标明确性 | 明确 | 明确',
  '203 | 决策 | 资金投入 | 资金分配合理性 | 合理 | 合理',
  '204 | 决策 | 资金投入 | 预算编制科学性 | 科学 | 科学',
  '205 | 过程 | 资金管理 | 资金使用合规性 | 合规 | 合规',
  '206 | 过程 | 资金管理 | 资金到位率 | 序时进度 | 100%',
  '207 | 过程 | 资金管理 | 预算执行率 | =0% | =100%',
  '208 | 过程 | 组织实施 | 制度执行有效性 | 有效 | 有效',
  '209 | 过程 | 组织实施 | 管理制度健全性 | 健全 | 健全',
  '210 | 产出指标 | 数量指标 | 安全培训 | ≥1次 | ≥2次',
  '211 | 产出指标 | 数量指标 | 渗透测试 | ≥2轮 | ≥4轮',
  '212 | 产出指标 | 数量指标 | 基线核查 | ≥1轮 | ≥1轮',
  '213 | 产出指标 | 数量指标 | 日常维护信息系统数量 | ≥6个 | ≥6个',
  '214 | 产出指标 | 数量指标 | 系统安全风险评估 | ≥1轮 | ≥1轮',
  '215 | 产出指标 | 数量指标 | 应急演练 | ≥1次 | ≥1次',
  '216 | 产出指标 | 数量指标 | 漏洞扫描 | ≥2轮 | ≥4轮',
  '217 | 产出指标 | 数量指标 | 驻场人数 | =2人 | =2人',
  '218 | 产出指标 | 质量指标 | 系统运行事故发生频率 | ≤3% | ≤3%',
  '220 | 成本指标 |  | 项目总成本 | ≤116万元 | ≤116万元',
  '221 | 效益指标 | 经济效益 | 对避免重复投入运维费用的改善程度 | 较高 | 较高',
  '222 | 效益指标 | 社会效益 | 对信息系统安全性能的改善或提升程度 | 明显 | 明显',
  '223 | 效益指标 | 社会效益 | 对信息安全应急响应能力的改善或提升程度 | 明显 | 明显',
  '224 | 效益指标 | 社会效益 | 对信息系统可用性及稳定性的改善或提升程度 | 明显 | 明显',
  '226 | 效益指标 | 可持续影响 | 对保障机构持续稳定运转、持续发挥职能的改善或提升程度 | 明显 | 明显',
  '227 | 效益指标 | 可持续影响 | 对信息系统后续可用性及稳定性的持续影响程度 | 明显 | 明显',
  '228 | 满意度指标 | 服务对象满意度 | 受众满意度 | 满意 | 满意',
];

const rows = (text: string) => {
  const r = importRawTables(text, FILE);
  return r.indicators.map((i) => [i.source?.row, i.level1, i.level2, i.level3, i.targetH1, i.targetFY].join(' | '));
};

describe('importRawTables on the seed', () => {
  const result = importRawTables(SEED, FILE);

  it('reads the four projects without a single problem', () => {
    expect(result.problems).toEqual([]);
    expect(result.projects.map((p) => p.name)).toEqual([
      '“一企来办”平台运营运维费',
      '江苏12345在线平台信息系统运维费',
      '江苏12345在线平台运行费',
      '省政务办信息系统安全运维',
    ]);
    const counts = result.projects.map((p) => result.indicators.filter((i) => i.projectId === p.id).length);
    expect(counts).toEqual([25, 22, 24, 28]);
    expect(result.indicators).toHaveLength(99);
  });

  it('places every 三级 indicator under the right 一级/二级 with both targets', () => {
    expect(rows(SEED)).toEqual(EXPECTED);
  });

  it('puts indicators of a project in that project, in file order', () => {
    const [p1, p2, p3, p4] = result.projects;
    const lines = (p: typeof p1) => result.indicators.filter((i) => i.projectId === p.id).map((i) => i.source!.row!);
    expect([lines(p1)[0], lines(p1).at(-1)]).toEqual([30, 57]);
    expect([lines(p2)[0], lines(p2).at(-1)]).toEqual([87, 110]);
    expect([lines(p3)[0], lines(p3).at(-1)]).toEqual([144, 171]);
    expect([lines(p4)[0], lines(p4).at(-1)]).toEqual([199, 228]);
    expect(result.indicators.every((i) => i.source?.file === FILE)).toBe(true);
  });

  it('keeps empty categories (成本指标, 经济效益, 生态效益, 时效指标 without 三级) as headers, not indicators', () => {
    const level3s = new Set(result.indicators.map((i) => i.level3));
    for (const name of ['成本指标', '经济效益', '生态效益', '时效指标', '']) expect(level3s.has(name)).toBe(false);
    expect(result.indicators.filter((i) => i.level2 === '时效指标').map((i) => i.source?.row)).toEqual([45, 46, 102, 103]);
  });

  it('reads the header facts as filed', () => {
    const facts = result.projects.map(({ name, year, department, type, level, startYear, endYear, unit, contact, source }) => ({
      name, year, department, type, level, startYear, endYear, unit, contact, source,
    }));
    const dept = '江苏省数据局 (江苏省政务服务管理办公室)';
    const common = { year: 2024, type: '常年安排项目', level: '省本级' };
    expect(facts).toEqual([
      { ...common, name: '“一企来办”平台运营运维费', department: dept, startYear: 2024, endYear: 2026, unit: '江苏省政务服务网运营中心', contact: undefined, source: { file: FILE, row: 7 } },
      { ...common, name: '江苏12345在线平台信息系统运维费', department: dept, startYear: 2023, endYear: 2025, unit: '江苏省政务服务网运管中心', contact: undefined, source: { file: FILE, row: 63 } },
      { ...common, name: '江苏12345在线平台运行费', department: '江苏省数据局（江苏省政务服务管理办公室）', startYear: 2021, endYear: 2023, unit: '江苏省政务服务网运营中心', contact: '00', source: { file: FILE, row: 116 } },
      { ...common, name: '省政务办信息系统安全运维', department: dept, startYear: 2023, endYear: 2025, unit: '江苏省政务服务网运营中心', contact: undefined, source: { file: FILE, row: 177 } },
    ]);
  });

  it('reads funds totals and every source, including the HTML table and 上年结转资金 of project 3', () => {
    const zero = { 政府性基金: 0, 国有资本金: 0, 社保基金: 0, 财政专户管理资金: 0, 其他资金: 0 };
    expect(result.projects.map((p) => p.funds)).toEqual([
      { total: 81, sources: { 一般公共预算资金: 81, ...zero, 上年结转资金: 0 } },
      { total: 98.5, sources: { 一般公共预算资金: 98.5, ...zero, 上年结转资金: 0 } },
      { total: 1325.06, sources: { 一般公共预算资金: 1075.06, ...zero, 上年结转资金: 250 } },
      { total: 116, sources: { 一般公共预算资金: 116, ...zero, 上年结转资金: 0 } },
    ]);
  });

  it('reads every 支出 line with its 半年 planH1 and 全年 budgetFY', () => {
    expect(result.projects.map((p) => p.expenses)).toEqual([
      [
        { name: '“一企来办”企业综合服务平台运维项目', planH1: 25.2, budgetFY: 53.2 },
        { name: '“一企来办”企业综合服务平台运营项目', planH1: 0, budgetFY: 23.75 },
      ],
      [
        { name: '江苏12345热线平台等保密评', planH1: 0, budgetFY: 15.5 },
        { name: '江苏12345管理平台（江苏12345热线和江苏“互联网+督查”）运维', planH1: 37.12, budgetFY: 78.37 },
      ],
      [
        { name: '江苏12345在线平台服务外包项目（坐席服务及配套）', planH1: 296.7, budgetFY: 602.61 },
        { name: '法律顾问服务', planH1: 12.8, budgetFY: 16 },
        { name: '江苏12345热线服务外包项目分包2（江苏12345热线智能客服及诉求质检服务外包）', planH1: 81.08, budgetFY: 164.68 },
        { name: '江苏12345热线服务外包项目分包1（省级政务服务便民热线归并优化话务人员服务外包）', planH1: 239.56, budgetFY: 486.53 },
        { name: '12345政务服务便民热线江苏省地方标准建设', planH1: 0, budgetFY: 16.91 },
      ],
      [{ name: '信息系统安全运维', planH1: 0, budgetFY: 110.2 }],
    ]);
  });

  it('turns the long texts into plain paragraphs, never markup', () => {
    const [p1, , p3, p4] = result.projects;
    expect(Object.keys(p1.texts!)).toEqual(['necessity', 'feasibility', 'content', 'longTermGoal', 'annualGoal']);
    for (const p of result.projects) for (const t of Object.values(p.texts!)) expect(t).not.toMatch(/[<>]|&[a-z]+;/);
    expect(p1.texts!.necessity!.split('\n')).toHaveLength(2);
    expect(p1.texts!.necessity!.startsWith('省政府办公厅印发《关于做好“苏企通”平台惠企政策直达工作的通知》')).toBe(true);
    expect(p1.texts!.necessity!.split('\n')[1].startsWith('省“一企来办”企业综合服务平台（原苏企通）2023年由省政务办')).toBe(true);
    expect(p1.texts!.longTermGoal!.startsWith('通过对“一企来办”企业综合服务平台（原苏企通）日常运营维护')).toBe(true);
    // 实施可行性 filed as <p>实施可行性</p>: still a label.
    expect(p3.texts!.feasibility!.split('\n')).toHaveLength(5);
    expect(p3.texts!.feasibility!.endsWith('每年按预算编制项目支出，列入年度部门预算。')).toBe(true);
    expect(p3.texts!.content!.startsWith('江苏12345在线平台是由省政府筹办的省级政务服务热线')).toBe(true);
    expect(p4.texts!.annualGoal!.endsWith('保障重要信息系统长期安全稳定运行。')).toBe(true);
  });

  it('gives stable, unique ids built from the domain id functions', () => {
    const again = importRawTables(SEED, 'renamed-file.txt');
    expect(again.projects.map((p) => p.id)).toEqual(result.projects.map((p) => p.id));
    expect(again.indicators.map((i) => i.id)).toEqual(result.indicators.map((i) => i.id));
    expect(new Set(result.indicators.map((i) => i.id)).size).toBe(99);
    expect(new Set(result.projects.map((p) => p.id)).size).toBe(4);
    const p4 = result.projects[3];
    expect(p4.id).toBe(projectId(2024, '江苏省数据局 (江苏省政务服务管理办公室)', '省政务办信息系统安全运维'));
    const cost = result.indicators.find((i) => i.level3 === '项目总成本')!;
    expect(cost.id).toBe(indicatorId(p4.id, '成本指标', '', '项目总成本', 0));
    expect(cost.projectId).toBe(p4.id);
  });

  it('is recognised as a raw table', () => {
    expect(looksLikeRawTable(SEED)).toBe(true);
  });
});
