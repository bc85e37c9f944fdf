// How each observation reads against the target of each half, decided once at build by the
// reference functions themselves (readActualAgainst = readActualIn, classifyQualitative; the applied
// target asked once per schedule and half): a number in the target's unit
// or a verdict. A date change then only picks the half and compares numbers.
import type { Settings } from '../settings';
import type { Period } from '../judge/types';
import { appliedIn, readActualAgainst, type PreparedIndicator } from '../judge/evaluate';
import { classifyQualitative } from '../judge/classify';
import { READ_BEHIND, READ_ERROR, READ_MET, READ_MISMATCH, READ_NONE, READ_NUMBER, READ_WARNING } from './codes';

const VERDICT_CODE = { met: READ_MET, warning: READ_WARNING, behind: READ_BEHIND } as const;

/** The reading of `value` in one half: its code and, for a number, the value. */
export function readIn(p: PreparedIndicator, value: string, half: Period, settings: Settings, applied = appliedIn(p, half, settings)): { code: number; value: number } {
  const parsed = readActualAgainst(p, value, applied, settings);
  if (parsed === null) return { code: READ_NONE, value: NaN };
  if (parsed.kind === 'error') return { code: READ_ERROR, value: NaN };
  if (parsed.kind === 'number') return { code: READ_NUMBER, value: parsed.value };
  const v = classifyQualitative(parsed, applied.kind === 'qualitative' ? applied.rank : null);
  if (!v) return { code: READ_MISMATCH, value: NaN };
  return { code: VERDICT_CODE[v.status as keyof typeof VERDICT_CODE] ?? READ_MISMATCH, value: NaN };
}
