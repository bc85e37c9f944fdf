// Small display helpers of the project page: dates as prose, paces with their unit.
import type { Pace } from '../../../domain/pace';
import { formatQuantity } from '../../../domain/target';

/** `2024-06-30` → `2024年6月30日` (zh) / `30 Jun 2024` (en). */
export function proseDate(iso: string | null | undefined, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (locale === 'en') return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][mo - 1]} ${y}`;
  return `${y}年${mo}月${d}日`;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** A quantity in a pace or gap: percentages of progress read as points. */
export function paceQuantity(value: number, unit: string, locale: string): string {
  if (unit === '%') return `${r2(value)}${locale === 'en' ? ' pts' : '个百分点'}`;
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
