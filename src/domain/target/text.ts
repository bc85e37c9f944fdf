// Text normalisation shared by the target and actual parsers. Cells arrive as typed in Word/Excel:
// full-width digits and signs (０-９ ％ ＞ ＝ ，), dashes of every width, spaces inside (`≥ 80 %`).
// Only full-width ASCII is folded (not NFKC): NFKC would turn `㎡` into `m2` and invent a number.

/** Any value → string, never throws (a cell may be undefined or an odd object from a loader). */
export function safeString(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  if (raw === null || raw === undefined) return '';
  try {
    return String(raw);
  } catch {
    return '';
  }
}

/** Full-width → half-width, dashes → `-`, whitespace and zero-width characters removed. */
export function normalizeText(raw: unknown): string {
  return safeString(raw)
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/\u301C/g, '~')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** Normalised, with trailing sentence punctuation dropped (`充分。`). */
export function normalizePhrase(raw: unknown): string {
  return normalizeText(raw).replace(/[。.;；!！]+$/, '');
}
