// The words of the slide charts that only slides say (what a bar and a line mean, the rows left
// out), in Chinese and English; the titles they share with the dashboard are in labels.ts.
import type { DeckLanguage } from './labels';

export interface SlideWords {
  budgetNote: (time: string) => string;
  budgetRest: (n: number) => string;
  noRate: string;
  total: (n: number) => string;
  groupRest: (n: number) => string;
  quantNote: string;
  quantRest: (n: number) => string;
  /** A figure whose date is not the report's (a stale rate): `49.0%（6月30日）`. */
  dated: (value: string, date: string) => string;
}

export const slideWords: Record<DeckLanguage, SlideWords> = {
  'zh-CN': {
    budgetNote: (t) => `按执行率由低到高 · 红线 = 序时进度 ${t}`,
    budgetRest: (n) => `其余 ${n} 项未列出（执行率较高，见总览）`,
    noRate: '无执行数',
    total: (n) => `共 ${n}`,
    groupRest: (n) => `其余 ${n} 项未列出`,
    quantNote: '柱 = 实际 ÷ 应达 · 虚线 = 应达 · 右侧 = 实际 / 应达',
    quantRest: (n) => `其余 ${n} 项未列出（偏差较小，见项目页）`,
    dated: (v, d) => `${v}（${d}）`,
  },
  en: {
    budgetNote: (t) => `Lowest rate first · red line = time elapsed ${t}`,
    budgetRest: (n) => `${n} more not shown (higher rates: see the overview)`,
    noRate: 'no spend',
    total: (n) => `${n} in all`,
    groupRest: (n) => `${n} more not shown`,
    quantNote: 'Bar = actual ÷ expected · dashed = expected · right: actual / expected',
    quantRest: (n) => `${n} more not shown (smaller gaps: see the project page)`,
    dated: (v, d) => `${v} (${d})`,
  },
};
