// The form's fixed words: labels of the header fields, the funds block and the indicator tree.
// Compared on normKey() (no blanks, half-width brackets), so （程）/(程) and 项目资金（万元）/(万元)
// are one word. Indicator names are vocabulary only: rows are placed by the form's structure,
// and names not listed here are kept as filed.
import type { ProjectTexts } from '../../domain/types';

export type FactKey = 'name' | 'department' | 'type' | 'level' | 'startYear' | 'endYear' | 'period' | 'unit' | 'contact' | 'year';

/** Maps, not objects: cell text is data and must never reach Object.prototype (`constructor`). */
const table = <T>(entries: Record<string, T>): ReadonlyMap<string, T> => new Map(Object.entries(entries));

export const FACT_KEYS = table<FactKey>({
  项目名称: 'name',
  主管部门: 'department',
  主管部门及代码: 'department',
  主管部门及编码: 'department',
  项目主管部门: 'department',
  部门名称: 'department',
  预算部门: 'department',
  部门: 'department',
  主管单位: 'department',
  项目起止时间: 'period',
  项目期限: 'period',
  实施期限: 'period',
  项目执行单位: 'unit',
  执行单位: 'unit',
  '项目负责人及电话': 'contact',
  预算年度: 'year',
  项目类型: 'type',
  项目级次: 'level',
  开始时间: 'startYear',
  项目开始时间: 'startYear',
  起始时间: 'startYear',
  完成时间: 'endYear',
  项目完成时间: 'endYear',
  结束时间: 'endYear',
  实施单位: 'unit',
  项目实施单位: 'unit',
  项目负责人: 'contact',
  联系电话: 'contact',
  '项目负责人/联系电话': 'contact',
  项目负责人及联系电话: 'contact',
  '项目负责人/电话': 'contact',
  '联系人/联系电话': 'contact',
  联系人: 'contact',
  年度: 'year',
});

export const TEXT_KEYS = table<keyof ProjectTexts>({
  立项必要性: 'necessity',
  项目立项必要性: 'necessity',
  实施可行性: 'feasibility',
  项目实施可行性: 'feasibility',
  项目实施内容: 'content',
  实施内容: 'content',
  中长期目标: 'longTermGoal',
  长期目标: 'longTermGoal',
  总体目标: 'longTermGoal',
  年度目标: 'annualGoal',
  年度绩效目标: 'annualGoal',
  实施期目标: 'longTermGoal',
  实施期绩效目标: 'longTermGoal',
  中期目标: 'longTermGoal',
});

/** Funds block labels that carry no value; 收入/支出 switch between sources and expenditure lines. */
export type FundsMarker = 'block' | 'yuan' | 'income' | 'expense' | 'fyColumn' | 'h1Column' | 'column';

/** Money written in 元 (项目资金（元）, 金额单位：元): amounts are converted to 万元. */
export const YUAN = /^(项目资金\(元\)|(金额|资金)?单位[:：]?元)$/;

export function fundsMarker(key: string): FundsMarker | null {
  if (YUAN.test(key)) return 'yuan';
  if (/^项目资金(\(万元\))?$/.test(key) || /^(金额|资金)?单位[:：]?万元$/.test(key)) return 'block';
  if (key === '收入' || key === '资金来源') return 'income';
  if (key === '支出' || key === '资金支出' || key === '支出明细') return 'expense';
  if (/^全年(\(程\))?预算(数|金额)(\(万元\))?$/.test(key) || /^(年度|本年度?)(资金总额|预算数|金额)(\((万元|元)\))?$/.test(key)) return 'fyColumn';
  if (/^半年(\(程\))?计划执行(数|金额)(\(万元\))?$/.test(key)) return 'h1Column';
  // A 自评表's other money columns: titles only (its rows keep the first amount, the year's budget).
  if (/^(年初预算数|全年执行数|执行数|执行率|分值|得分|实施期资金总额)(\((万元|元)\))?$/.test(key)) return 'column';
  return null;
}

export const FUND_SOURCES = new Set([
  '资金总额',
  '一般公共预算资金',
  '一般公共预算',
  '政府性基金',
  '政府性基金预算资金',
  '国有资本金',
  '国有资本经营预算资金',
  '社保基金',
  '社会保险基金预算资金',
  '财政专户管理资金',
  '上年结转资金',
  '其他资金',
  '财政拨款',
  '财政资金',
  '本年度申请财政资金',
  '本年度申请资金',
  '自筹资金',
]);

export const TOTAL_KEY = '资金总额';
/** Other names of 资金总额 when a value stands with them (`年度资金总额:16`). */
export const TOTAL_ALIASES = new Set(['资金总额', '年度资金总额', '本年度资金总额', '项目资金总额', '资金总额(万元)', '资金总额(元)']);

/**
 * What a column of the indicator block holds: the tree (l1 l2 l3), the 半年 / 全年 (or only) target
 * (h1 fy), a split target's 指标性质 (op) and 度量单位 (unit), a 自评表's 实际完成值 (actual) and
 * 偏差原因 (reason); `other` is a 中期 / 长期 / 实施期 value kept out of the targets, `skip` a column
 * beside them that is not a target (指标值类型, 评(扣)分标准, 备注, 分值, 得分, the 绩效指标 label).
 */
export type TitleRole = 'l1' | 'l2' | 'l3' | 'h1' | 'fy' | 'op' | 'unit' | 'actual' | 'reason' | 'other' | 'skip';

const TITLES = table<TitleRole>({
  一级指标: 'l1', 一级指标名称: 'l1', 二级指标: 'l2', 二级指标名称: 'l2',
  三级指标: 'l3', 三级指标名称: 'l3', 指标内容: 'l3', 绩效指标名称: 'l3', 指标名称: 'l3',
  指标值: 'fy', 目标值: 'fy', 计划指标值: 'fy', 预期指标值: 'fy', 年度指标: 'fy', 年度绩效指标: 'fy',
  指标性质: 'op', 指标方向: 'op', 运算符号: 'op', 符号: 'op',
  度量单位: 'unit', 计量单位: 'unit', 单位: 'unit', 指标值单位: 'unit',
  实际完成值: 'actual', 全年实际值: 'actual', 实际值: 'actual', 年度实际完成值: 'actual', 全年实际完成值: 'actual', 实际完成情况: 'actual',
  偏差原因分析及改进措施: 'reason', 偏差原因分析及整改措施: 'reason', 偏差原因分析: 'reason', 偏差原因: 'reason', 未完成原因分析: 'reason', 未完成原因和改进措施: 'reason',
  绩效指标: 'skip', 指标值类型: 'skip', 指标类型: 'skip', '评(扣)分标准': 'skip', 评分标准: 'skip', 扣分标准: 'skip', 评分规则: 'skip',
  备注: 'skip', 分值: 'skip', 权重: 'skip', 得分: 'skip', 指标解释: 'skip', 指标说明: 'skip',
});

/** A 中期 / 长期 / 实施期 column (or group of columns): context, never a target. */
const OTHER_GROUP = /^(中期|长期|中长期|实施期|项目期|总体)(绩效)?(指标值?|目标值?)?(\(.*\))?$/;

/** The column a title cell names: 半年（程）指标值, 全年/年度指标值, 指标值（半年）, 半年（程）/全年（程）
 * under a spanning 指标值 (two-row titles), and the other roles above. */
export function titleRole(key: string): TitleRole | undefined {
  const known = TITLES.get(key);
  if (known) return known;
  if (OTHER_GROUP.test(key)) return 'other';
  const m = /^(?:(上半年|半年|全年|年度)(?:\(程\))?(?:指标值|目标值)?|(?:指标值|目标值)\((上半年|半年|全年|年度)(?:\(程\))?\))$/.exec(key);
  if (!m) return undefined;
  return /半年/.test(m[1] ?? m[2]) ? 'h1' : 'fy';
}

/** A group title over several columns (two-row titles): 年度… gives the targets, 中期/长期/实施期… does not. */
export function titleGroup(key: string): 'year' | 'other' | undefined {
  if (OTHER_GROUP.test(key)) return 'other';
  if (/^(年度|全年)(绩效)?(指标值?|目标值?)?$/.test(key)) return 'year';
  return undefined;
}

/** Column titles of the indicator block (a repeated title row after a page break is skipped). */
export function isIndicatorTitle(key: string): boolean {
  return titleRole(key) !== undefined;
}

/** 一级 name → its family (the standard name); variants map to the same family. */
const LEVEL1 = table<string>({
  决策: '决策',
  决策指标: '决策',
  过程: '过程',
  过程指标: '过程',
  产出: '产出指标',
  产出指标: '产出指标',
  成本: '成本指标',
  成本指标: '成本指标',
  效益: '效益指标',
  效益指标: '效益指标',
  满意度: '满意度指标',
  满意度指标: '满意度指标',
});

/** Usual 二级 → 一级 family (domain.md §1), older and newer frameworks. */
const LEVEL2 = table<string>({
  项目立项: '决策',
  绩效目标: '决策',
  资金投入: '决策',
  资金管理: '过程',
  组织实施: '过程',
  业务管理: '过程',
  财务管理: '过程',
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  产出数量: '产出指标',
  产出质量: '产出指标',
  产出时效: '产出指标',
  产出成本: '产出指标',
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
  经济成本: '成本指标',
  社会成本: '成本指标',
  生态环境成本: '成本指标',
  经济效益: '效益指标',
  社会效益: '效益指标',
  生态效益: '效益指标',
  可持续影响: '效益指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度: '满意度指标',
  服务对象满意度指标: '满意度指标',
});

/** 成本指标 is a 二级 of 产出指标 in older tables and a 一级 of its own in newer ones. */
const COST_AS_LEVEL2 = new Set(['成本指标', '成本']);

export const level1Family = (key: string): string | undefined => LEVEL1.get(key);

export function level2Family(key: string): string | undefined {
  return LEVEL2.get(key) ?? (COST_AS_LEVEL2.has(key) ? '产出指标' : undefined);
}

export const isLevelName = (key: string): boolean => LEVEL1.has(key) || LEVEL2.has(key);

/** Heuristic for "this cell is a 指标值": only used to break ties between two shapes of a row. */
export function looksLikeTarget(text: string): boolean {
  const s = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^(=|≥|≤|>|<|≧|≦|≠|约|不低于|不高于|不少于|不超过|不多于|大于|小于|高于|低于)/.test(s)) return true;
  if (/^[+-]?\d/.test(s) || /%$/.test(s)) return true;
  if (s === '序时进度') return true;
  return s.length <= 12 && /(充分|规范|明确|合理|科学|合规|有效|健全|及时|满意|较高|较好|较低|较大|较强|明显|显著|良好|优秀|达标|合格|完成|提升|提高|改善|达成|是|否|无|有)$/.test(s);
}

/** `81`, `1,325.06`, `1，325.06`, `１３２５`, `98.5万元` → number; anything else → null. */
export function parseAmount(text: string): number | null {
  const s = text.normalize('NFKC').replace(/\s+/g, '').replace(/万元$/, '');
  if (/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(s) || /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** `2024`, `2024年`, `2024年度`, `2024-01`, `2024年1月` → 2024; else null. */
export function parseYearText(text: string): number | null {
  const m = /^(\d{4})(\s*年度?|[-/.年]\d{1,2}(月|[-/.]\d{1,2}日?)?)?$/.exec(text.normalize('NFKC').trim());
  return m ? Number(m[1]) : null;
}

/** The form's title: …绩效目标表, 绩效目标申报表 / 批复表 / 填报表, 项目支出绩效目标表, 项目支出绩效自评表, with its year. */
export const TABLE_TITLE = /绩效(目标(申报|填报|批复|审核)?|自评)表(\(\d{4}年度?\))?$/;

/** Page furniture repeated on every page (title, year line, page numbers, unit note): its year, or null. */
export function furniture(key: string): { year: number | null } | null {
  if (key.length <= 60 && TABLE_TITLE.test(key)) return { year: Number(/(\d{4})年度?/.exec(key)?.[1]) || null };
  const year = /^\(?(\d{4})年度\)?$/.exec(key);
  if (year) return { year: Number(year[1]) };
  if (/^(第\d+页([,，]?共\d+页)?|共\d+页[,，]?第\d+页|[-—–]\d+[-—–]|(金额|资金)?单位[:：]?万元)$/.test(key)) return { year: null };
  return null;
}
