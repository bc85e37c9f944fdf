// Words and figures of the deck: its title by report date, dates, rule-set names, status and
// budget figures.
import type { Status } from '../domain/judge/types';
import type { ProjectSummary } from '../domain/report.types';
import type { RuleSetId } from '../domain/settings';
import type { SlideFigure } from './types';
import type { DeckLanguage } from './labels';
import { chineseDate } from '../domain/calendar';
import { formatPercent } from '../domain/target';
import { ruleSetLabel } from '../domain/labels';

/** 2024年6月30日 (en: 2024-06-30). */
export function dateText(iso: string, lang: DeckLanguage = 'zh-CN'): string {
  return lang === 'en' ? iso : chineseDate(iso);
}

/** 截至 2024年6月30日 (en: as of 2024-06-30). */
export function longDate(iso: string, lang: DeckLanguage = 'zh-CN'): string {
  return lang === 'en' ? `as of ${iso}` : `截至 ${dateText(iso)}`;
}

/** 2024年半年绩效监控 / 2024年1–7月绩效监控 / … by the usual report dates, else the date. */
export function deckTitle(asOf: string, lang: DeckLanguage = 'zh-CN'): string {
  const y = asOf.slice(0, 4);
  const round: Record<string, [string, string]> = {
    '03-31': ['一季度', 'Q1'], '06-30': ['半年', 'half-year'], '07-31': ['1–7月', 'January–July'],
    '09-30': ['三季度', 'Q3'], '12-31': ['全年', 'full-year'],
  };
  const r = round[asOf.slice(5)];
  if (lang === 'en') return r ? `${y} ${r[1]} performance monitoring` : `Performance monitoring ${longDate(asOf, lang)}`;
  return r ? `${y}年${r[0]}绩效目标执行监控` : `绩效目标执行监控（${longDate(asOf)}）`;
}

export function ruleSetName(id: RuleSetId, lang: DeckLanguage = 'zh-CN'): string {
  if (lang === 'en') return id === 'pmkpi' ? 'integrated-system lights' : 'default rules';
  return ruleSetLabel[id];
}

export function statusFigures(counts: Record<Status, number>, names: Record<Status, string>, which: Status[]): SlideFigure[] {
  return which.map((s) => ({ label: names[s], value: String(counts[s]), tone: s }));
}

/** A slide's figures in one line of the overview grid: the lead figure, then every status count (so 滞后 is never cut off). */
export function tileFigures(figures: SlideFigure[]): SlideFigure[] {
  return figures.filter((f, i) => i === 0 || (f.tone !== undefined && f.tone !== 'neutral' && !f.value.endsWith('%')));
}

/** `rateStatus`: the judged status of the project's 预算执行率 indicator, which colours the rate. */
export function budgetFigures(s: ProjectSummary | undefined, rateStatus: Status | undefined, lang: DeckLanguage): SlideFigure[] {
  const b = s?.budget;
  const tone = b?.executionRate == null ? 'pending' : rateStatus ?? 'neutral';
  return [
    { label: lang === 'en' ? 'Execution rate' : '预算执行率', value: formatPercent(b?.executionRate ?? null), tone },
    { label: lang === 'en' ? 'Time elapsed' : '序时进度', value: formatPercent(b?.timeProgress ?? null) },
    { label: lang === 'en' ? 'Half-year plan' : '半年计划占比', value: formatPercent(b?.planH1Share ?? null) },
  ];
}
