// Text from data files on the terminal. A name or note holding ESC sequences (`\x1b[31m`, `\x1b]0;…`),
// \r, \b or other C0/C1 controls would recolour, overwrite or retitle the user's terminal, and a
// bidi override (U+202E) or an invisible character would make what is printed differ from what is
// in the file. Such characters are shown instead as escapes (`\x1b`, `\r`, `\u202e`), so that every
// one is visible and none acts. CSV output is data and stays exact; JSON keeps its data exactly too,
// these characters written as JSON's own \u escapes.

/** C0, DEL, C1; bidi controls; line/paragraph separators; zero-width space, word joiner, BOM; interlinear annotation. */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200b\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb';
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');
const SHORT: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const hex = (c: string, digits: number) => c.charCodeAt(0).toString(16).padStart(digits, '0');
const visible = (c: string) => SHORT[c] ?? (c < '\u0080' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/** One line for the terminal: every control or invisible character (line breaks too) as an escape. */
export const terminalText = (text: string): string => text.replace(UNSAFE, visible);

/** Several lines (a stack trace): each line escaped, the line breaks kept. */
export const terminalLines = (text: string): string => text.split(/\r?\n/).map(terminalText).join('\n');

/** UNSAFE less C0, which JSON.stringify escapes in strings already (its raw \n are the layout's). */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

/**
 * JSON.stringify output with the other characters as \u escapes too: they can only stand inside
 * strings (JSON's own syntax is ASCII), so JSON.parse gives back the same data.
 */
export const terminalJson = (json: string): string => json.replace(UNSAFE_IN_JSON, (c) => `\\u${hex(c, 4)}`);
