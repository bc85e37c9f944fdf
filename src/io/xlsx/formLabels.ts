// The words of the 项目支出绩效目标执行监控表, shared by the writer and the reader: the reader finds
// the header block, the funds block and the indicator table by these labels (and their common
// variants), never by fixed row numbers, so a unit's inserted rows or moved blocks still read.
import { REASON_CATEGORIES } from '../../domain/round';

export const FORM_TITLE = '项目支出绩效目标执行监控表';
export const SUMMARY_TITLE = '项目支出绩效目标执行监控汇总表';
export const SUMMARY_SHEET = '汇总表';

export const HEADER_LABELS = { name: '项目名称', department: '主管部门', unit: '实施单位', contact: '负责人', period: '监控期间', year: '年度' } as const;

export const FUNDS = {
  block: '项目资金\n（万元）',
  item: '资金项目',
  total: '年度资金总额',
  spent: '执行数',
  rate: '执行率',
  forecast: '全年预计执行数',
  note: '说明',
  sumRow: '合计',
} as const;

/** Indicator table columns: key → header text (执行情况 gets its months: 执行情况（1–7月）). */
export const COLUMNS = {
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  targetH1: '半年指标值',
  targetFY: '年度指标值',
  value: '执行情况',
  forecast: '全年预计完成情况',
  reason: '偏差原因分析',
  likelihood: '完成目标可能性',
  measures: '纠偏措施',
  note: '备注',
} as const;
export type ColumnKey = keyof typeof COLUMNS;

/** Which column a header cell names, as a unit may retitle it (1-7月执行情况, 全年指标值, 完成可能性 …). */
export function columnOf(header: string): ColumnKey | null {
  const h = header.replace(/\s+/g, '').normalize('NFKC');
  if (/^一级/.test(h)) return 'level1';
  if (/^二级/.test(h)) return 'level2';
  if (/^三级|^绩效指标名称|^指标内容/.test(h)) return 'level3';
  if (/半年.*指标值/.test(h)) return 'targetH1';
  if (/(年度|全年).*指标值|^指标值$|^目标值$/.test(h)) return 'targetFY';
  if (/预计/.test(h)) return 'forecast';
  if (/执行情况|完成情况|实际值|实际完成/.test(h)) return 'value';
  if (/偏差原因/.test(h)) return 'reason';
  if (/可能性/.test(h)) return 'likelihood';
  if (/纠偏|整改|改进措施/.test(h)) return 'measures';
  if (/^备注/.test(h)) return 'note';
  return null;
}

/** 偏差原因分析 as one cell: `经费保障：text`, the category alone, or the text alone. */
export function reasonCell(category: string | undefined, reason: string | undefined): string {
  if (category && reason) return `${category}：${reason}`;
  return category || reason || '';
}

export function splitReason(cell: string): { category?: string; reason?: string } {
  const text = cell.trim();
  if (!text) return {};
  for (const c of REASON_CATEGORIES) {
    if (text === c) return { category: c };
    const m = new RegExp(`^${c}\\s*[：:]\\s*`).exec(text);
    if (m) {
      const reason = text.slice(m[0].length).trim();
      return reason ? { category: c, reason } : { category: c };
    }
  }
  return { reason: text };
}

/** 执行情况（1–7月） for a period ending on a month's last day, else 执行情况（截至7月15日）. */
export function valueHeader(end: string): string {
  const [y, m, d] = end.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d === last ? `${COLUMNS.value}（${m === 1 ? '1月' : `1–${m}月`}）` : `${COLUMNS.value}（截至${m}月${d}日）`;
}

/** 2024年1月1日至2024年7月31日 — the reader takes the last date of it as the period end. */
export function periodText(start: string, end: string): string {
  const cn = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  return `${cn(start)}至${cn(end)}`;
}
