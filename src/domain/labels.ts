// The one place where code names meet Chinese (and English) UI labels.
import type { Status, Direction } from './judge/types';
import type { ProgressModel } from './types';
import type { RuleSetId } from './settings';
import type { RateSource } from './report.types';

export const statusLabel: Record<Status, string> = {
  met: '达标',
  warning: '预警',
  behind: '滞后',
  pending: '待填报',
  unparsed: '无法判断',
};

export const statusLabelEn: Record<Status, string> = {
  met: 'Met',
  warning: 'Warning',
  behind: 'Behind',
  pending: 'Pending',
  unparsed: 'Unparsed',
};

/** Worst first: the order flagged lists and project roll-ups use. */
export const statusSeverity: Record<Status, number> = { behind: 4, warning: 3, unparsed: 2, pending: 1, met: 0 };

export const statusOrder: Status[] = ['met', 'warning', 'behind', 'pending', 'unparsed'];

export const modelLabel: Record<ProgressModel, string> = { cumulative: '进度型', level: '水平型' };
export const modelLabelEn: Record<ProgressModel, string> = { cumulative: 'cumulative', level: 'level' };

const models = new Map<string, ProgressModel>([['cumulative', 'cumulative'], ['level', 'level'], ['进度型', 'cumulative'], ['水平型', 'level']]);

/** 进度模型 as written in a file (code name or Chinese label) → model; null for anything else (a Map: `constructor` is not a model). */
export const modelOf = (name: string): ProgressModel | null => models.get(name) ?? null;

export const directionLabel: Record<Direction, string> = { positive: '正向', negative: '反向' };
export const directionLabelEn: Record<Direction, string> = { positive: 'higher is better', negative: 'lower is better' };

export const ruleSetLabel: Record<RuleSetId, string> = { default: '默认规则', pmkpi: '一体化系统规则' };

/** Chinese label → canonical field, for CSV headers (English aliases accepted). */
export const fieldAliases: Record<string, string[]> = {
  project: ['项目名称', 'project', 'projectName', 'name'],
  projectId: ['项目编号', '项目ID', 'projectId', 'project_id'],
  indicatorId: ['指标编号', '指标ID', 'indicatorId', 'indicator_id'],
  contact: ['项目负责人/联系电话', '项目负责人', '联系电话', 'contact'],
  year: ['年度', 'year'],
  department: ['主管部门', 'department'],
  unit: ['实施单位', 'unit'],
  type: ['项目类型', 'type'],
  level: ['项目级次', 'level'],
  startYear: ['开始时间', 'startYear'],
  endYear: ['完成时间', 'endYear'],
  fundsTotal: ['资金总额', 'fundsTotal', 'total'],
  level1: ['一级指标', 'level1'],
  level2: ['二级指标', 'level2'],
  level3: ['三级指标', 'level3', 'indicator'],
  targetH1: ['半年（程）指标值', '半年(程)指标值', '半年指标值', 'targetH1'],
  targetFY: ['全年（程）指标值', '全年(程)指标值', '全年指标值', 'targetFY'],
  model: ['进度模型', 'model'],
  weight: ['权重', '分值', 'weight'],
  planH1: ['半年（程）计划执行数', '半年(程)计划执行数', '半年计划执行数', 'planH1'],
  budgetFY: ['全年（程）预算数', '全年(程)预算数', '全年预算数', 'budgetFY'],
  date: ['日期', 'date'],
  value: ['实际值', 'value', 'actual'],
  reason: ['偏差原因', '偏差原因分析', 'reason'],
  likelihood: ['完成可能性', '完成目标可能性', 'likelihood'],
  note: ['备注', 'note'],
  reasonCategory: ['偏差原因类别', '原因类别', 'reasonCategory'],
  forecast: ['全年预计完成值', '全年预计完成情况', '全年预计', 'forecast'],
  measures: ['纠偏措施', 'measures'],
  expense: ['支出项目', 'expense'],
  amount: ['累计执行数', 'amount', 'spend'],
};

/** 收入 sources of the funds block (万元); in a projects CSV each may be a column of its own. */
export const fundSourceNames = ['一般公共预算资金', '政府性基金', '国有资本金', '社保基金', '财政专户管理资金', '上年结转资金', '其他资金'];

/** 完成目标可能性 values of the monitoring form. */
export const likelihoodValues = ['确定能', '有可能', '完全不可能'];

/** A name in Chinese quotes; one holding quotes itself goes in 「」 (not ““一企来办”平台…”). */
export function quoted(name: string): string {
  return /[“”"]/.test(name) ? `「${name}」` : `“${name}”`;
}

/** Where a project's execution rate comes from (domain.md §3 one execution rate). */
export const rateSourceLabel: Record<RateSource, string> = { spend: '执行数', reported: '填报的预算执行率', none: '无' };
export const rateSourceLabelEn: Record<RateSource, string> = { spend: 'spend records', reported: 'reported 预算执行率', none: 'none' };
