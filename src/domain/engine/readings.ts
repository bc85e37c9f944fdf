// How each observation reads against the target of each half, decided once at build by the
// reference functions themselves (readActualAgainst = readActualIn, classifyQualitative; the applied
// target asked once per schedule and half): a number in the target's unit
// or a verdict. A date change then only picks the half and compares numbers. A reading depends on
// the schedule (model and targets), the half and the text alone, so each is decided once per
// schedule (ReadingMemo, both halves at once): a province's 600,000 actuals repeat a few thousand texts.
import type { Settings } from '../settings';
import type { Period } from '../judge/types';
import { appliedIn, readActualAgainst, type PreparedIndicator } from '../judge/evaluate';
import { classifyQualitative } from '../judge/classify';
import type { Schedules } from './schedule';
import { READ_BEHIND, READ_ERROR, READ_MET, READ_MISMATCH, READ_NONE, READ_NUMBER, READ_WARNING } from './codes';

const VERDICT_CODE = { met: READ_MET, warning: READ_WARNING, behind: READ_BEHIND } as const;

/** The reading of `value` in one half: its code and, for a number, the value. */
export function readIn(p: PreparedIndicator, value: string, half: Period, settings: Settings, applied = appliedIn(p, half, settings)): Reading {
  const parsed = readActualAgainst(p, value, applied, settings);
  if (parsed === null) return { code: READ_NONE, value: NaN };
  if (parsed.kind === 'error') return { code: READ_ERROR, value: NaN };
  if (parsed.kind === 'number') return { code: READ_NUMBER, value: parsed.value };
  const v = classifyQualitative(parsed, applied.kind === 'qualitative' ? applied.rank : null);
  if (!v) return { code: READ_MISMATCH, value: NaN };
  return { code: VERDICT_CODE[v.status as keyof typeof VERDICT_CODE] ?? READ_MISMATCH, value: NaN };
}

export interface Reading { code: number; value: number }

/** How a text reads in either half: [半年, 全年]. */
export type Readings = readonly [Reading, Reading];

/** Per schedule, the texts read so far (bounded: a stream of unique texts cannot grow it without limit). */
const MEMO_LIMIT = 100_000;

export class ReadingMemo {
  private readonly memos: (Map<string, Readings> | undefined)[] = [];

  constructor(private readonly schedules: Schedules, private readonly settings: Settings) {}

  /** How `text` reads for p, of schedule s, in half 0 (半年) or 1 (全年): readIn's answer. */
  of(p: PreparedIndicator, s: number, half: 0 | 1, text: string): Reading {
    return this.both(p, s, text)[half];
  }

  /** How `text` reads for p, of schedule s, in both halves. */
  both(p: PreparedIndicator, s: number, text: string): Readings {
    let memo = this.memos[s];
    if (!memo) this.memos[s] = memo = new Map();
    let r = memo.get(text);
    if (!r) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      const { schedules, settings } = this;
      r = [readIn(p, text, 'H1', settings, schedules.appliedIn(s, 0, settings)), readIn(p, text, 'FY', settings, schedules.appliedIn(s, 1, settings))];
      memo.set(text, r);
    }
    return r;
  }
}
