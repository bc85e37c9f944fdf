// Writes the illustrative actuals and spend (示例数据) bundled in data/: invented, not real figures,
// chosen so that 31 Mar, 30 Jun and 30 Sep 2024 show a realistic mix of every status.
// Run: npx tsx scripts/make-sample-data.ts   (reads data/projects.json, writes data/sample-*.csv)
import { readFileSync, writeFileSync } from 'node:fs';
import { toCsv } from '../src/io/write';

interface CanonicalIndicator { level1: string; level2: string; level3: string; targetFY: string }
interface CanonicalProject { name: string; funds: { total: number }; expenses: { name: string; budgetFY: number }[]; indicators: CanonicalIndicator[] }

const DATES = ['2024-03-31', '2024-06-30', '2024-09-30'] as const;
type Row = [q1: string | null, h1: string | null, q3: string | null, reason?: string, likelihood?: string];

// Per project (in table order), 三级指标 → values at the three dates; null = not yet reported.
// Qualitative indicators not listed are reported 达成 at 30 Jun and 30 Sep.
const values: Record<string, Row>[] = [
  {
    资金到位率: ['25%', '50%', '75%'],
    项目覆盖单位或市县区数量占比: ['35%', '55%', '80%'],
    系统功能达标率: ['20%', '50%', '70%'],
    已完工增补业务功能扩展等迭代更新验收合格率: [null, '40%', '60%', '其他：部分迭代需求变更，验收推迟至四季度', '有可能'],
    信息系统日常维护合格率: ['25%', '50%', '76%'],
    信息系统故障修复响应时间: ['3小时', '3.5小时', '270分钟', '硬件条件保障：8月机房空调故障导致排障时间延长', '确定能'],
    对信息系统安全性能的改善或提升程度: [null, '明显', '一般', '其他：安全加固项目尚未完成', '有可能'],
    服务对象满意度: [null, '87%', '87%', '其他：新版平台上线初期用户反馈问题较多', '有可能'],
  },
  {
    预算执行率: ['8%', '26%', '49%', '经费保障：等保密评合同下半年签订，付款集中在四季度', '有可能'],
    资金到位率: ['25%', '50%', '75%'],
    等保测评及安全运维服务成果: [null, '0项', '1项', '制度保障：等保测评机构招标流程延长', '确定能'],
    日常维护信息系统数量: ['2个', '2个', '2个'],
    项目覆盖单位或市区县数量: ['21个', '21个', '21个'],
    系统运行事故发生频率: ['2%', '3%', '5.4%', '硬件条件保障：三季度两次存储故障', '有可能'],
    信息系统日常维护周期: ['5天', '1周', '6天'],
    信息系统故障修复响应时间: ['90分钟', '1.5小时', '2小时'],
    对避免重复投入运维费用的改善程度: [null, '显著', '明显', '其他：部分功能重复采购待清理', '有可能'],
    服务对象满意度: [null, '91%', '92%'],
  },
  {
    预算执行率: ['20%', '44%', '71%'],
    资金到位率: ['25%', '50%', '75%'],
    上线运行的系统模块数量: ['1个', '3个', '5个', '人员保障：开发团队人员调整，模块上线推迟', '确定能'],
    人员配置及坐席配套: ['100人', '103人', '106人', '人员保障：话务人员流失，招聘补充中', '确定能'],
    '接通率（含未接通回拨）': ['99.2%', '97.6%', '99.1%', '其他：汛期话务量激增', '有可能'],
    服务合格率: ['98.6%', '98.3%', '98.8%'],
    服务表单派发准确率: ['97.9%', '98.4%', '98.6%'],
    按时派单率: ['100%', '100%', '99.6%'],
    安全事故发生数: ['0次', '0次', '0次'],
    对服务代表满意率: ['92%', '93.5%', '94%'],
  },
  {
    资金到位率: ['25%', '50%', '75%'],
    安全培训: [null, '1次', '1次'],
    渗透测试: ['1轮', '2轮', '3轮'],
    基线核查: [null, '1轮', '1轮'],
    日常维护信息系统数量: ['6个', '6个', '6个'],
    系统安全风险评估: [null, null, null],
    应急演练: [null, '0次', '1次', '其他：演练计划调整至三季度', '确定能'],
    漏洞扫描: ['1轮', '2轮', '2轮', '人员保障：驻场人员休假，第三轮扫描推迟到10月', '确定能'],
    驻场人数: ['2人', '2人', '2人'],
    系统运行事故发生频率: ['0%', '1%', '1%'],
    项目总成本: [null, '0万元', '40万元'],
    受众满意度: [null, null, '满意'],
  },
];

// Execution rate (cumulative spend ÷ 资金总额) at the three dates. Projects 1 and 4 record no
// 预算执行率 actual: the app derives it from this spend; projects 2 and 3 report it explicitly.
const executionRates: number[][] = [[0.12, 0.275, 0.58], [0.08, 0.26, 0.49], [0.2, 0.44, 0.71], [0, 0, 0.345]];

const projects: CanonicalProject[] = JSON.parse(readFileSync('data/projects.json', 'utf8')).projects;
const actualRows: (string | null)[][] = [['项目名称', '三级指标', '日期', '实际值', '偏差原因', '完成可能性', '备注']];
const spendRows: (string | number | null)[][] = [['项目名称', '支出项目', '日期', '累计执行数', '备注']];
const QUALITATIVE = /^(充分|规范|明确|合理|科学|合规|有效|健全|及时|满意)$/;

projects.forEach((p, k) => {
  const table = values[k] ?? {};
  for (const ind of p.indicators) {
    const row: Row | undefined = table[ind.level3] ?? (isQualitative(ind) ? [null, '达成', '达成'] : undefined);
    if (!row) continue; // not reported: stays 待填报
    DATES.forEach((date, t) => {
      const v = row[t];
      if (v == null) return;
      const lagging = t > 0 && row[3] && (t === 2 || row[1] !== row[2]);
      actualRows.push([p.name, ind.level3, date, v, lagging ? (row[3] ?? '') : '', lagging ? (row[4] ?? '') : '', '示例数据']);
    });
  }
  const linesTotal = p.expenses.reduce((sum, e) => sum + e.budgetFY, 0);
  p.expenses.forEach((e) => DATES.forEach((date, t) => {
    const share = (executionRates[k][t] * p.funds.total) / linesTotal;
    spendRows.push([p.name, e.name, date, round(e.budgetFY * share), '示例数据']);
  }));
});

function isQualitative(ind: CanonicalIndicator): boolean {
  return QUALITATIVE.test(ind.targetFY) || /较高|明显|显著/.test(ind.targetFY);
}
function round(x: number) {
  return Math.round(x * 100) / 100;
}

writeFileSync('data/sample-actuals.csv', toCsv(actualRows));
writeFileSync('data/sample-spend.csv', toCsv(spendRows));
console.log(`示例数据：${actualRows.length - 1} 条实际值，${spendRows.length - 1} 条支出记录`);
