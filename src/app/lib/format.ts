// Number/text formatting for the UI. Quantities and variances use the domain's own formatting
// (domain/target, domain/rows) so the app, the CLI and exports read the same.
import type { Judgement } from '../../domain/judge/types';
import { targetIn } from '../../domain/judge/explain';
import { expectedValueText, varianceText, type TextLanguage } from '../../domain/rows';
import { wanText } from '../../charts/categoryRows';

/** Expected value for a table cell: a qualitative target stands for itself. */
export const formatExpectedCell = (j: Judgement): string => expectedValueText(j);

/** Variance in the UI language: `-14个百分点（-35%）`, `-14 pp (-35%)` (a vue-i18n locale other than en reads Chinese). */
export const formatVariance = (j: Judgement, locale: string = 'zh-CN'): string => varianceText(j, uiLanguage(locale));

export const uiLanguage = (locale: string): TextLanguage => (locale === 'en' ? 'en' : 'zh-CN');

/** A cumulative target path in the UI language: `半年 ≥2轮 → 全年 ≥4轮`, `half-year ≥2轮 → full-year ≥4轮`. */
export const formatTarget = (target: string, locale: string): string => targetIn(target, uiLanguage(locale));

/** A figure and its bracketed part on two lines for narrow cells: `-0.5小时` / `（-12.5%）`, `270分钟` / `（4.5小时）`. */
export const cellLines = (text: string): string[] => text.split(/\s?(?=[（(])/);

/** A fraction as a percentage: 0.4523 → `45.23%`; null → ``. */
export function formatRate(fraction: number | null | undefined, digits = 1): string {
  if (fraction == null || !Number.isFinite(fraction)) return '';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** 万元 amounts with thousands separators: 1234.5 → `1,234.50`. */
export function formatWan(amount: number | null | undefined): string {
  if (amount == null || !Number.isFinite(amount)) return '';
  return wanText(amount);
}

/** Bytes for progress messages: `3.2 MB`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
