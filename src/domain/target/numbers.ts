// Reads one number at the start of a normalised string. Accepts `83.5`, `-5`, `.5`, `1,325.06`
// (commas only in thousands groups) and small Chinese numerals (`两`, `十二`, `一百零五`, `五千`),
// which the caller only trusts when a known unit follows (so that 十分显著 stays a phrase).

export interface NumberToken {
  value: number;
  /** Index just after the number. */
  end: number;
  chinese: boolean;
}

const ASCII = /^-?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)/;
const CHINESE = /^[零〇一二两三四五六七八九十百千]+/;
const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十二 → 12, 一百零五 → 105, 两千 → 2000; null for malformed strings such as 一二 or 十十. */
export function chineseInt(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  let lastMult = Infinity;
  for (const ch of text) {
    if (ch in DIGIT) {
      if (digit !== null && digit !== 0) return null;
      digit = DIGIT[ch];
    } else {
      const m = MULT[ch];
      if (m >= lastMult) return null;
      total += (digit ?? 1) * m;
      lastMult = m;
      digit = null;
    }
  }
  return total + (digit ?? 0);
}

export function readNumber(s: string, from: number): NumberToken | null {
  const rest = s.slice(from);
  const a = ASCII.exec(rest);
  if (a) {
    const value = Number(a[0].replace(/,/g, ''));
    return Number.isFinite(value) ? { value, end: from + a[0].length, chinese: false } : null;
  }
  const c = CHINESE.exec(rest);
  if (!c) return null;
  const value = chineseInt(c[0]);
  return value === null ? null : { value, end: from + c[0].length, chinese: true };
}
