// Well-formed records of the canonical JSON read directly (a province's file: 600,000 actuals and
// 300,000 indicators, nearly all well-formed). Accepts only a record the general reading
// (./json readActual, readSpend; ./jsonProject) would take without a word: known keys only, ids,
// dates and values as non-empty text, optional texts as text or null, amounts as finite numbers,
// a progress model by a name it has, no attachments. Anything else returns null, and the general reading takes the record, with its
// messages. test/io/jsonPlain.test.ts shows both give the same records and problems.
import { modelOf } from '../domain/labels';
import type { Actual, ProgressModel, Spend } from '../domain/types';
import type { JsonObject } from './jsonFields';
import { parseDate } from './values';

export const ACTUAL_TEXTS = ['reason', 'likelihood', 'note', 'reasonCategory', 'forecast', 'measures'] as const;

const ACTUAL_KEYS = new Set<string>(['projectId', 'indicatorId', 'date', 'value', ...ACTUAL_TEXTS]);
const SPEND_KEYS = new Set<string>(['projectId', 'expense', 'date', 'amount']);

const nonEmpty = (x: unknown): x is string => typeof x === 'string' && x !== '';
const onlyKeys = (obj: JsonObject, known: Set<string>) => {
  for (const key in obj) if (!known.has(key)) return false;
  return true;
};

/** A date readActual/readSpend would keep: text that parseDate reads, as it reads it. */
function plainDate(x: unknown): string | null {
  if (!nonEmpty(x)) return null;
  const date = parseDate(x);
  return date.ok ? date.value : null;
}

export function plainActual(obj: JsonObject, file: string, path: string): Actual | null {
  if (!onlyKeys(obj, ACTUAL_KEYS)) return null;
  const { projectId, indicatorId, value } = obj;
  // value "" is a monitoring-form draft: the general reading decides.
  if (!nonEmpty(projectId) || !nonEmpty(indicatorId) || !nonEmpty(value)) return null;
  const date = plainDate(obj.date);
  if (date === null) return null;
  const a: Actual = { projectId, indicatorId, date, value, source: { file, field: path } };
  for (const key of ACTUAL_TEXTS) {
    const x = obj[key];
    if (typeof x === 'string') {
      if (x) a[key] = x;
    } else if (x !== undefined && x !== null) return null;
  }
  return a;
}

export function plainSpend(obj: JsonObject, file: string, path: string): Spend | null {
  if (!onlyKeys(obj, SPEND_KEYS)) return null;
  const { projectId, expense, amount } = obj;
  if (!nonEmpty(projectId) || (typeof expense !== 'string' && expense !== undefined && expense !== null)) return null;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return null;
  const date = plainDate(obj.date);
  if (date === null) return null;
  return { projectId, expense: expense || null, date, amount, source: { file, field: path } };
}

const INDICATOR_KEYS = new Set<string>(['id', 'projectId', 'level1', 'level2', 'level3', 'targetH1', 'targetFY', 'model', 'weight']);

export interface PlainIndicator {
  id: string;
  level1: string;
  level2: string;
  level3: string;
  targetH1: string;
  targetFY: string;
  weight: number | null;
  model: ProgressModel | null;
}

/** Optional text as FieldReader.text reads it without a word: '' when absent; null when it would say something. */
const optionalText = (x: unknown): string | null => (typeof x === 'string' ? x : x === undefined || x === null ? '' : null);

/** An indicator's fields (ids and the rest are ./jsonProject's, as for any indicator); a model, if given, one modelOf knows. */
export function plainIndicator(x: JsonObject): PlainIndicator | null {
  if (!onlyKeys(x, INDICATOR_KEYS)) return null;
  const { level3, weight, model } = x;
  const known = nonEmpty(model) ? modelOf(model) : null;
  if (!nonEmpty(level3) || (!known && model !== undefined && model !== null && model !== '')) return null;
  if (weight !== undefined && weight !== null && (typeof weight !== 'number' || !Number.isFinite(weight))) return null;
  const [id, level1, level2, targetH1, targetFY] = [optionalText(x.id), optionalText(x.level1), optionalText(x.level2), optionalText(x.targetH1), optionalText(x.targetFY)];
  if (id === null || level1 === null || level2 === null || targetH1 === null || targetFY === null) return null;
  return { id, level1, level2, level3, targetH1, targetFY, weight: weight ?? null, model: known };
}
