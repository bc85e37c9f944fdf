// Flat rows of a report for tables and exports (CLI table/JSON/CSV, the app's flagged-list CSV):
// one per indicator with its project name and path, the keys other tools rely on.
import type { Dataset, Indicator } from './types';
import type { Report } from './report.types';
import type { Judgement, Status } from './judge/types';
import { formatQuantity } from './target';
import { statusSeverity } from './labels';
import type { TextLanguage } from './language';

export interface IndicatorRow {
  project: string;
  projectId: string;
  indicatorId: string;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  expected: string;
  actual: string;
  status: Status;
  variance: { absolute: number | null; relative: number | null; text: string };
  explain: string;
  reason: string;
  likelihood: string;
  judgement: Judgement;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** The expected value at asOf in its unit (`45%`, `2小时`); '' for a qualitative or unparsed target. */
export function expectedText(j: Judgement): string {
  return j.expected === null ? '' : formatQuantity(round(j.expected), j.unit);
}

/**
 * The actual as recorded, with its value in the target's unit when it was written otherwise, so it
 * reads beside the expected value: `270分钟（4.5小时）` against `≤4小时`, `0.85（0.85%）` (a bare
 * number is in the target's unit, which is how `0.85` against `≥80%` gets judged). Written in the
 * target's unit, or qualitative: as recorded.
 */
export function actualShownText(j: Pick<Judgement, 'actualText' | 'actual' | 'unit'>): string {
  const text = (j.actualText ?? '').trim();
  if (!text || j.actual === null || !j.unit) return text;
  // Full-width digits and signs (８５％, －3%) and thousands separators read as the same number.
  const m = /^[<>≤≥=]*\s*([-+]?\d+(?:\.\d+)?)\s*(.*)$/.exec(text.normalize('NFKC').replace(/(\d),(?=\d{3})/g, '$1'));
  if (m && Math.abs(Number(m[1]) - j.actual) < 1e-9 && m[2] === j.unit) return text;
  return `${text}（${formatQuantity(round(j.actual), j.unit)}）`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-06-30` → `6月30日` / `30 Jun`: the date beside a stale or previous value (its year is the report's). */
export function monthDay(iso: string, lang: TextLanguage = 'zh-CN'): string {
  const m = /^\d{4}-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return lang === 'en' ? `${Number(m[2])} ${MONTHS_EN[Number(m[1]) - 1]}` : `${Number(m[1])}月${Number(m[2])}日`;
}

/**
 * The actual as tables show it (actualShownText), with its date and 过期 when it is stale (domain.md
 * §3): `85%（6月30日，过期）`, in English `85% (30 Jun, stale)` — an old figure never passes for a current one.
 */
export function actualCellText(j: Pick<Judgement, 'actualText' | 'actual' | 'unit' | 'stale' | 'actualDate'>, lang: TextLanguage = 'zh-CN'): string {
  return withStale(actualShownText(j), j, lang);
}

/** Appends the stale mark to a text of the actual; unchanged when the actual is current. */
export function withStale(text: string, j: Pick<Judgement, 'stale' | 'actualDate'>, lang: TextLanguage = 'zh-CN'): string {
  if (!text || !j.stale || !j.actualDate) return text;
  return lang === 'en' ? `${text} (${monthDay(j.actualDate, 'en')}, stale)` : `${text}（${monthDay(j.actualDate)}，过期）`;
}

/** A round's context for an indicator not yet filled in it: `上期：85%（6月30日）`; '' without one. */
export function previousText(j: Pick<Judgement, 'previous'>, lang: TextLanguage = 'zh-CN'): string {
  const p = j.previous;
  if (!p) return '';
  return lang === 'en' ? `Previous: ${p.value} (${monthDay(p.date, 'en')})` : `上期：${p.value}（${monthDay(p.date)}）`;
}

/** The expected value as tables show it: a qualitative target is its own expected value (充分 stays 充分); '' when unparsed. */
export function expectedValueText(j: Judgement): string {
  if (j.expected !== null) return expectedText(j);
  return j.status === 'unparsed' ? '' : j.target;
}

/** The language of a UI text; Chinese is the default of the CLI and of every export. */
export type { TextLanguage } from './language';

/**
 * `-14个百分点（-35%）` / `+0.5小时（+25%）`; in English `-14 pp (-35%)`. '' without a numeric variance.
 * A money cap reads as the share of it used: `已用 0%`, over it `已用 105%（超出 5.8万元）` (domain.md §3 caps).
 */
export function varianceText(j: Judgement, lang: TextLanguage = 'zh-CN'): string {
  const { absolute, relative } = j.variance;
  if (absolute === null) return '';
  if (j.capShare !== undefined) return capText(j.capShare, absolute, j.unit, lang);
  const sign = absolute > 0 ? '+' : '';
  const en = lang === 'en';
  const rel = relative === null ? '' : en ? ` (${sign}${round(relative * 100)}%)` : `（${sign}${round(relative * 100)}%）`;
  // A difference of percentages is in points, not a percentage of anything.
  const abs = j.unit === '%' ? `${sign}${round(absolute)}${en ? ' pp' : '个百分点'}` : `${sign}${formatQuantity(round(absolute), j.unit)}`;
  return abs + rel;
}

function capText(share: number, over: number, unit: string, lang: TextLanguage): string {
  const used = round(share * 100);
  const excess = over > 0 ? formatQuantity(round(over), unit) : '';
  if (lang === 'en') return `${used}% of the cap used${excess ? ` (${excess} over)` : ''}`;
  return `已用 ${used}%${excess ? `（超出 ${excess}）` : ''}`;
}

export function indicatorRows(data: Dataset, report: Report): IndicatorRow[] {
  const names = new Map(data.projects.map((p) => [p.id, p.name]));
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  return report.judgements.map((j) => indicatorRow(j, byId.get(j.indicatorId)!, names.get(j.projectId) ?? j.projectId));
}

/** One indicator's row (the CLI streams them one at a time from the engine, see cli/format). */
export function indicatorRow(j: Judgement, ind: Indicator, project: string): IndicatorRow {
  return {
    project, projectId: j.projectId, indicatorId: j.indicatorId,
    level1: ind.level1, level2: ind.level2, level3: ind.level3, target: j.target,
    expected: expectedValueText(j),
    actual: withStale(j.actualText ?? '', j), status: j.status,
    variance: { ...j.variance, text: varianceText(j) }, explain: j.explain,
    reason: j.reason ?? '', likelihood: j.likelihood ?? '', judgement: j,
  };
}

/** Worst first: behind before warning, then by relative shortfall (largest gap first). */
export function worstFirst(a: Pick<IndicatorRow, 'status' | 'judgement'>, b: Pick<IndicatorRow, 'status' | 'judgement'>): number {
  const s = statusSeverity[b.status] - statusSeverity[a.status];
  if (s) return s;
  return gapOf(b.judgement) - gapOf(a.judgement);
}

/** How far from the expected value, as a share of it, in the bad direction. */
export function gapOf(j: Judgement): number {
  const r = j.variance.relative;
  if (r === null) return 0;
  return j.direction === 'negative' ? r : -r;
}
