// Cell values → typed values, shared by the CSV and JSON readers. Accepts:
// - numbers: `81`, `-3.5`, `1,325.06` (thousands commas, also full-width `１，３２５`), an optional
//   trailing `万元` (the unit every amount here is in); blank → null; amounts: the same, not negative.
// - dates: `2024-06-30`, `2024/6/30`, `2024.6.30`, `2024年6月30日`, `20240630`, each optionally
//   followed by an Excel time (`2024/6/30 0:00`, `2024-06-30 17:45:10`); impossible days
//   (2024-02-30), impossible times (25:99) and years outside 1900–2100 (0999, 9999: typing slips
//   that would sort before or after every real date) are rejected.
// - years: `2024`, `2024年`, `2024年度`.
// Failures come back as a Chinese reason; the caller adds file, row and field.
import type { IsoDate } from '../domain/types';
import { MAX_YEAR, MIN_YEAR, daysInMonth } from '../domain/calendar';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

// Fast paths: a plain ASCII cell (`83.5`, `2024-06-30`, `2024`), as nearly every cell of a
// province's files is, is what normalising and trimming would leave unchanged, so it is checked
// directly; anything else, and every failure (for its message), takes the general reading.

export function parseNumber(text: string): Parsed<number | null> {
  if (PLAIN.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return ok(value);
  }
  return parseNumberAnyForm(text);
}

/** parseNumber without the fast path (the reference its test compares against). */
export function parseNumberAnyForm(text: string): Parsed<number | null> {
  const s = text.normalize('NFKC').trim().replace(/\s*万元$/, '');
  if (s === '') return ok(null);
  if (!PLAIN.test(s) && !GROUPED.test(s)) return fail(`“${text}”不是数字`);
  const value = Number(s.replace(/,/g, ''));
  return Number.isFinite(value) ? ok(value) : fail(`“${text.length > 24 ? text.slice(0, 24) + '…' : text}”超出可表示的数字范围`);
}

/** A budget amount (资金总额, a source, 计划执行数, 预算数): a number that cannot be negative. */
export function parseAmount(text: string): Parsed<number | null> {
  const n = parseNumber(text);
  if (n.ok && n.value !== null && n.value < 0) return fail(`金额“${text.trim()}”为负，已忽略`);
  return n;
}

const DATE_FORMS: RegExp[] = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})()(\d{2})(\d{2})$/,
];

const TIME = /\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDate(text: string): Parsed<IsoDate> {
  const iso = ISO_DAY.exec(text);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return ok(text);
  }
  return parseDateAnyForm(text);
}

/** parseDate without the fast path (the reference its test compares against). */
export function parseDateAnyForm(text: string): Parsed<IsoDate> {
  let s = text.normalize('NFKC').trim();
  const time = TIME.exec(s);
  if (time) {
    if (Number(time[1]) > 23 || Number(time[2]) > 59 || Number(time[3] ?? 0) > 59) return fail(`“${text}”中的时间不存在`);
    s = s.slice(0, time.index);
  }
  if (s === '') return fail('日期为空');
  for (const form of DATE_FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[m.length - 2]), Number(m[m.length - 1])];
    if (y < MIN_YEAR || y > MAX_YEAR) return fail(`“${text}”的年份 ${m[1]} 不在 ${MIN_YEAR}–${MAX_YEAR} 年之间，应是笔误`);
    if (mo < 1 || mo > 12) return fail(`“${text}”的月份不存在`);
    if (d < 1 || d > daysInMonth(y, mo)) return fail(`“${text}”不存在（${y}年${mo}月没有${d}日）`);
    return ok(`${y}-${pad(mo)}-${pad(d)}`);
  }
  return fail(`无法识别的日期“${text}”（应写作 2024-06-30、2024/6/30 或 2024年6月30日）`);
}

export function parseYear(text: string): Parsed<number | null> {
  if (/^\d{4}$/.test(text)) {
    const year = Number(text);
    if (year >= MIN_YEAR && year <= MAX_YEAR) return ok(year);
  }
  return parseYearAnyForm(text);
}

/** parseYear without the fast path (the reference its test compares against). */
export function parseYearAnyForm(text: string): Parsed<number | null> {
  const s = text.normalize('NFKC').trim();
  if (s === '') return ok(null);
  const m = /^(\d{4})\s*(年度?)?$/.exec(s);
  if (!m) return fail(`“${text}”不是年份（应写作 2024 或 2024年）`);
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return fail(`年份“${text}”不在 ${MIN_YEAR}–${MAX_YEAR} 年之间`);
  return ok(year);
}

const pad = (n: number) => String(n).padStart(2, '0');
