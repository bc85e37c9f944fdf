// Which part of the portfolio a deck covers: the dashboard's overview filters, applied as the
// overview applies them. Department, unit and type pick projects; 一级指标 and the search also pick
// indicators, so the deck's counts match the overview's cards. A status filter is left out on
// purpose: it would hide the very slides a meeting needs (and the flagged slides are by status).
import type { Dataset, Indicator } from '../domain/types';
import type { Judgement } from '../domain/judge/types';
import { applyFilter, type OverviewFilter } from '../domain/aggregate';
import { filterNames, type DeckLanguage } from './labels';

export interface DeckScope {
  projectIds: ReadonlySet<string>;
  /** Absent when no indicator-level filter is set: every indicator of the kept projects. */
  indicatorIds?: ReadonlySet<string>;
  /** What the deck says it covers, e.g. `一级指标：产出指标`; '' for the whole portfolio. */
  description: string;
}

export function deckScope(data: Dataset, indicatorsById: Map<string, Indicator>, judgements: Judgement[], filter: OverviewFilter, lang: DeckLanguage = 'zh-CN'): DeckScope {
  const f: OverviewFilter = { ...filter, statuses: [] };
  const result = applyFilter(data.projects, indicatorsById, judgements, f);
  const byIndicator = f.level1.length > 0 || f.search.trim() !== '';
  return {
    projectIds: new Set(result.projects.map((p) => p.id)),
    indicatorIds: byIndicator ? new Set(result.judgements.map((j) => j.indicatorId)) : undefined,
    description: describeFilter(f, lang),
  };
}

// Filter names come from the dashboard's own filter bar (labels.ts); the rest is the deck's punctuation.
const WORDS = {
  'zh-CN': { search: '搜索', sep: '、', colon: '：' },
  en: { search: 'Search', sep: ', ', colon: ': ' },
} as const;

/** `主管部门：省政务办 · 一级指标：产出指标、效益指标 · 搜索：“满意度”`; '' without filters. */
export function describeFilter(f: OverviewFilter, lang: DeckLanguage = 'zh-CN'): string {
  const n = WORDS[lang];
  const names = filterNames(lang);
  const parts: string[] = [];
  for (const key of ['departments', 'units', 'types', 'level1'] as const) {
    if (f[key].length) parts.push(`${names[key]}${n.colon}${f[key].join(n.sep)}`);
  }
  const search = f.search.trim();
  if (search) parts.push(`${n.search}${n.colon}“${search}”`);
  return parts.join(' · ');
}
