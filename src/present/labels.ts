// The deck's words that it shares with the dashboard — chart titles, the empty states, the
// overview's filter names — held here, below the app, the CLI and the deck, which all may read
// them (the deck used to read them out of the app's message catalogue). They say exactly what the
// dashboard says: test/present/labels.test.ts compares them with src/app/i18n word for word.
import type { Status } from '../domain/judge/types';
import { statusLabel, statusLabelEn } from '../domain/labels';
import { emptyTexts, emptyTextsAt } from '../charts/emptyText';

export type DeckLanguage = 'zh-CN' | 'en';

export interface DeckWords {
  budgetTitle: string;
  levelTitle: string;
  /** A 一级指标 left blank in the table. */
  unnamed: string;
  quantTitle: string;
  /** The 量化指标 chart when indicators are reported but none has a variance to show. */
  noVariance: string;
  filters: { departments: string; units: string; types: string; level1: string };
}

export const deckWords: Record<DeckLanguage, DeckWords> = {
  'zh-CN': {
    budgetTitle: '预算执行率与序时进度',
    levelTitle: '各一级指标状态分布',
    unnamed: '（未填写）',
    quantTitle: '量化指标达成情况',
    noVariance: '尚无可计算偏差的量化指标（需有实际值且应达值不为 0）',
    filters: { departments: '主管部门', units: '实施单位', types: '项目类型', level1: '一级指标' },
  },
  en: {
    budgetTitle: 'Budget execution against time elapsed',
    levelTitle: 'Status by level-1 indicator',
    unnamed: '(blank)',
    quantTitle: 'Quantitative indicators against targets',
    noVariance: 'No quantitative indicator with a variance yet (needs an actual and a non-zero expected value)',
    filters: { departments: 'Department', units: 'Implementing unit', types: 'Project type', level1: 'Level-1 indicator' },
  },
};

/** The overview's filter names (主管部门, 实施单位, 项目类型, 一级指标), as its filter bar shows them. */
export function filterNames(lang: DeckLanguage): DeckWords['filters'] {
  return deckWords[lang].filters;
}

/** The deck's words, status names and the empty-state messages dated by `asOf` (尚无实际值：截至 6月30日 …). */
export function deckChartLabels(lang: DeckLanguage, asOf?: string) {
  return {
    ...deckWords[lang],
    status: (lang === 'en' ? statusLabelEn : statusLabel) as Record<Status, string>,
    empty: asOf ? emptyTextsAt(lang, asOf) : emptyTexts[lang],
  };
}
