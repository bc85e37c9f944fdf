// Formula-injection protection of exported CSV text cells, and its exact inverse for the readers.
//
// OWASP (CSV Injection): a cell a spreadsheet may run as a formula goes out with a leading ' (and
// quoted, see write.toCsv). It counts as a formula when, after characters a spreadsheet or a user
// copying the text may drop — whitespace (space, tab, CR, LF, NBSP, U+3000 …), zero-width
// characters and the BOM, bidi marks —, it starts with = + - @ or their full-width (＝＋－＠) or
// small (﹦﹢﹣﹫) forms; a tab or CR at the very start counts on its own (OWASP lists both).
// Negative numbers written as text (`-3.5`, `-0.5项`) are protected too, as OWASP says: the quote
// is removed on reading, so nothing changes. Numbers written as numbers are never formulas and go
// out as they are (write.toCsv).
//
// Exactness: the readers (csv/parse) remove one leading ' from a cell that has one and take the
// rest as written; any other cell is trimmed. So the writer also adds a ' to a text that itself
// starts with ' or starts or ends with whitespace — export → import gives back every text exactly.

/** What a spreadsheet may skip before reading a formula. */
const SKIPPED = '[\\s\\u200B-\\u200F\\u2060\\uFEFF\\u202A-\\u202E\\u2066-\\u2069\\u061C\\u180E\\u00AD]';
const FORMULA = new RegExp(`^(?:[\\t\\r]|${SKIPPED}*[=+\\-@\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B])`);

/** A text a spreadsheet may take for a formula: `=1`, ` =1`, `\u200B+1`, `＠SUM(A1)`, `-3.5`. */
export const formulaLike = (value: string): boolean => FORMULA.test(value);

/** True when `value` goes out with a protecting ': formula-like, or the reader would change it otherwise. */
export const needsProtection = (value: string): boolean =>
  formulaLike(value) || value.startsWith("'") || value !== value.trim();

/** `=30%` → `'=30%`, ` =1` → `' =1`, `'abc` → `''abc`, `  项目` → `'  项目`; anything else as it is. */
export const protectCell = (value: string): string => (needsProtection(value) ? `'${value}` : value);

/**
 * The inverse for the readers: one leading ' removed (`'=30%` → `=30%`, `''abc` → `'abc`);
 * the caller trims a cell without one, which protectCell never writes with outer whitespace.
 */
export const unprotectCell = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);
