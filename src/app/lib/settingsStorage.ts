// Reading settings back from localStorage. What is stored may be old, hand-edited or garbage:
// start from the preset of the stored rule set and keep only values of the right type and range,
// so a bad entry can never break judging.
import { defaultSettings, type RuleSetId, type Settings } from '../../domain/settings';
import type { Language } from '../i18n';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const positive = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Copies each positive finite number of `from` over the same key of `into`. */
function overlayNumbers<T extends object>(into: T, from: unknown): T {
  if (!isRecord(from)) return into;
  for (const key of Object.keys(into) as (keyof T)[]) {
    const v = from[key as string];
    if (positive(v)) into[key] = v as T[keyof T];
  }
  return into;
}

export function parseSettings(text: string | null): Settings {
  let raw: unknown;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  if (!isRecord(raw)) return defaultSettings();
  const ruleSet: RuleSetId = raw.ruleSet === 'pmkpi' ? 'pmkpi' : 'default';
  const s = defaultSettings(ruleSet);
  overlayNumbers(s.tolerances, raw.tolerances);
  overlayNumbers(s.lights, raw.lights);
  if (raw.timeProgress === 'day' || raw.timeProgress === 'month') s.timeProgress = raw.timeProgress;
  if (Array.isArray(raw.progressRateNames) && raw.progressRateNames.every((n) => typeof n === 'string')) {
    s.progressRateNames = raw.progressRateNames as string[];
  }
  // Whole days; a stored 0, fraction or garbage keeps the default (31).
  if (Number.isInteger(raw.staleAfterDays) && positive(raw.staleAfterDays)) s.staleAfterDays = raw.staleAfterDays;
  return s;
}

export function parseLanguage(text: string | null): Language {
  return text === 'en' ? 'en' : 'zh-CN';
}

/** A plain deep copy (no reactive proxies) for the domain. */
export function plainSettings(s: Settings): Settings {
  return {
    ruleSet: s.ruleSet,
    tolerances: { ...s.tolerances },
    lights: { ...s.lights },
    timeProgress: s.timeProgress,
    progressRateNames: [...s.progressRateNames],
    staleAfterDays: s.staleAfterDays,
  };
}

/**
 * Settings carried in a whole-state file: applied only when every value the file gives reads back
 * unchanged through parseSettings (a missing key keeps its preset). Otherwise the keys that would be
 * dropped are named, so a bad file is reported rather than half-applied. Unknown keys are ignored.
 */
export function settingsFromObject(raw: unknown): { ok: true; settings: Settings } | { ok: false; bad: string[] } {
  if (!isRecord(raw)) return { ok: false, bad: ['（不是对象）'] };
  const parsed = parseSettings(JSON.stringify(raw)) as unknown as Record<string, unknown>;
  const bad: string[] = [];
  for (const key of Object.keys(parsed)) {
    if (!(key in raw)) continue;
    const given = raw[key];
    const kept = parsed[key];
    if (isRecord(given) && isRecord(kept)) {
      for (const sub of Object.keys(kept)) if (sub in given && given[sub] !== kept[sub]) bad.push(`${key}.${sub}`);
    } else if (JSON.stringify(given) !== JSON.stringify(kept)) bad.push(key);
  }
  return bad.length ? { ok: false, bad } : { ok: true, settings: parsed as unknown as Settings };
}
