// What a chart says when there is nothing to draw, in Chinese and English. Below the app, the deck
// and the CLI, so all three say the same words: the deck's slides (src/present/labels.ts), the
// app's overview and print (through the 'present' message area) and `npm run cli -- deck`.
// `{date}` is the as-of date as the chart shows it (6月30日 / 6/30).
export type EmptyLanguage = 'zh-CN' | 'en';

export interface EmptyTexts {
  /** No project at all, or none under the filters. */
  noProjects: string;
  /** Projects, but no 三级 indicator among them. */
  noIndicators: string;
  /** Indicators, none reported by the date (the start of a year). */
  noActuals: string;
  /** One project's charts when none of its indicators is reported yet. */
  noProjectActuals: string;
  /** A project with no 三级 indicator. */
  noProjectIndicators: string;
  /** Budgets, but no spend recorded by the date. */
  noSpend: string;
}

export const emptyTexts: Record<EmptyLanguage, EmptyTexts> = {
  'zh-CN': {
    noProjects: '没有项目：当前数据或筛选条件下没有项目',
    noIndicators: '没有指标：当前范围内的项目没有三级指标',
    noActuals: '尚无实际值：截至 {date} 没有已填报的指标',
    noProjectActuals: '尚无实际值：截至 {date} 本项目没有已填报的指标',
    noProjectIndicators: '本项目没有三级指标',
    noSpend: '尚无执行数：截至 {date} 没有已填报的支出',
  },
  en: {
    noProjects: 'No project in the data or under the filters',
    noIndicators: 'No indicator: the projects in scope have no level-3 indicators',
    noActuals: 'No actuals yet: no indicator reported by {date}',
    noProjectActuals: 'No actuals yet: none of this project’s indicators reported by {date}',
    noProjectIndicators: 'This project has no level-3 indicators',
    noSpend: 'No spend yet: none recorded by {date}',
  },
};

/** The as-of date as charts write it: `6月30日` / `6/30` (the year is in the deck's title). */
export function shortDate(iso: string, lang: EmptyLanguage): string {
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return lang === 'en' ? `${m}/${d}` : `${m}月${d}日`;
}

/** Every message with its date filled in. */
export function emptyTextsAt(lang: EmptyLanguage, asOf: string): EmptyTexts {
  const date = shortDate(asOf, lang);
  return Object.fromEntries(Object.entries(emptyTexts[lang]).map(([k, v]) => [k, v.replace('{date}', date)])) as unknown as EmptyTexts;
}
