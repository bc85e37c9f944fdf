// Small display helpers of the project page: dates as prose, paces with their unit.
import type { Pace } from '../../../domain/pace';
import { formatQuantity } from '../../../domain/target';
import { chineseDate } from '../../../domain/calendar';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-06-30` → `2024年6月30日` (zh, domain/calendar chineseDate) / `30 Jun 2024` (en); other text unchanged. */
export function proseDate(iso: string | null | undefined, locale: string): string {
  if (locale !== 'en') return chineseDate(iso ?? '');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : (iso ?? '');
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** English words of the usual Chinese units, so an English sentence reads `+0.33 items`, not `+0.33项`. */
const UNITS_EN: Record<string, string> = {
  项: 'items', 个: '', 次: 'times', 轮: 'rounds', 人: 'people', 人次: 'person-times', 家: 'entities', 套: 'sets', 份: 'copies',
  篇: 'articles', 期: 'issues', 场: 'sessions', 批: 'batches', 台: 'units', 小时: 'hours', 天: 'days', 日: 'days', 分钟: 'minutes', 万元: '10k CNY', 元: 'CNY',
};

/** A quantity in a pace or gap: percentages of progress read as points. */
export function paceQuantity(value: number, unit: string, locale: string): string {
  if (unit === '%') return `${r2(value)}${locale === 'en' ? ' pp' : '个百分点'}`;
  if (locale === 'en' && unit in UNITS_EN) return `${r2(value)}${UNITS_EN[unit] ? ` ${UNITS_EN[unit]}` : ''}`;
  return formatQuantity(r2(value), unit);
}

export const paceMonths = (p: Pace) => String(Math.round(p.monthsLeft * 10) / 10);

/**
 * Long texts of the form may carry HTML paragraph fragments (`<p>…</p>`, `<br>`): they become line
 * breaks. Nothing is ever rendered as markup; any other tag stays visible as typed.
 */
export function plainParagraphs(text: string | undefined): string {
  return (text ?? '').replace(/<br\s*\/?>/gi, '\n').replace(/<\/?p(\s[^>]*)?>/gi, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
