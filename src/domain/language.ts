// The two languages the product writes its sentences in (explanations, variances, decks).
export type TextLanguage = 'zh-CN' | 'en';

/** A sentence composed only when read, in the language asked for (re-judging must not build 300,000 strings). */
export type Phrase = (lang: TextLanguage) => string;

export const isEnglish = (lang: TextLanguage) => lang === 'en';
