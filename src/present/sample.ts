// 示例数据: whether the data holds the bundled sample — real 2024 target tables with invented
// actuals and spend (data/README.md) — and the words every rendering of the deck shows on its cover
// and in each slide's footer, so invented figures are never taken for a unit's own.
//
// The rule (the CLI reads files, not the app's origin): a record is sample data when its 备注 is
// 示例数据 (scripts/make-sample-data.ts writes it on every row of the bundled actuals) or it was
// read from a file named sample-*.csv (the bundled actuals and spend, which has no 备注 field).
// One such record is enough: a deck mixing the sample with real figures still contains invented ones.
import type { Dataset, SourceRef } from '../domain/types';
import type { DeckLanguage } from './labels';
import type { Deck } from './types';

export const SAMPLE_NOTE = '示例数据';
const SAMPLE_FILE = /(^|[\\/])sample-[^\\/]*\.csv$/i;

const fromSampleFile = (source?: SourceRef) => !!source && SAMPLE_FILE.test(source.file);

/** True when any actual or spend record is 示例数据 (see the rule above). Linear, stops at the first. */
export function hasSampleData(data: Pick<Dataset, 'actuals' | 'spend'>): boolean {
  return data.actuals.some((a) => a.note?.trim() === SAMPLE_NOTE || fromSampleFile(a.source)) || data.spend.some((s) => fromSampleFile(s.source));
}

/** The deck's 示例数据 mark: a short label (badges, footers) and the sentence that explains it (cover). */
export function sampleMark(lang: DeckLanguage = 'zh-CN'): NonNullable<Deck['sample']> {
  return lang === 'en'
    ? { label: 'SAMPLE DATA', detail: 'Sample data: the targets are real 2024 tables, the actuals and spend are invented for demonstration' }
    : { label: '示例数据', detail: '示例数据：目标取自真实的2024年目标表，实际值与执行数为虚构，仅供演示' };
}

/** The deck marked as 示例数据 when `sample` is set; unchanged otherwise. */
export function markSample(deck: Deck, sample: boolean | undefined, lang: DeckLanguage = 'zh-CN'): Deck {
  return sample ? { ...deck, sample: sampleMark(lang) } : deck;
}
