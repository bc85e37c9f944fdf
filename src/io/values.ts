// Cell values → typed values, shared by the CSV and JSON readers. Accepts:
// - numbers: `81`, `-3.5`, `1,325.06` (thousands commas, also full-width `１，３２５`), an optional
//   trailing `万元` (the unit every amount here is in); blank → null.
// - dates: `2024-06-30`, `2024/6/30`, `2024.6.30`, `2024年6月30日`, `20240630`, each optionally
//   followed by an Excel time (`2024/6/30 0:00`); impossible days (2024-02-30) are rejected.
// - years: `2024`, `2024年`, `2024年度`.
// Failures come back as a Chinese reason; the caller adds file, row and field.
import type { IsoDate } from '../domain/types';
import { daysInMonth } from '../domain/calendar';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function parseNumber(text: string): Parsed<number | null> {
  const s = text.normalize('NFKC').trim().replace(/\s*万元$/, '');
  if (s === '') return ok(null);
  if (PLAIN.test(s) || GROUPED.test(s)) return ok(Number(s.replace(/,/g, '')));
  return fail(`“${text}”不是数字`);
}

const DATE_FORMS: RegExp[] = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})()(\d{2})(\d{2})$/,
];

export function parseDate(text: string): Parsed<IsoDate> {
  const s = text.normalize('NFKC').trim().replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '');
  if (s === '') return fail('日期为空');
  for (const form of DATE_FORMS) {
    const m = form.exec(s);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[m.length - 2]), Number(m[m.length - 1])];
    if (mo < 1 || mo > 12) return fail(`“${text}”的月份不存在`);
    if (d < 1 || d > daysInMonth(y, mo)) return fail(`“${text}”不存在（${y}年${mo}月没有${d}日）`);
    return ok(`${y}-${pad(mo)}-${pad(d)}`);
  }
  return fail(`无法识别的日期“${text}”（应写作 2024-06-30、2024/6/30 或 2024年6月30日）`);
}

export function parseYear(text: string): Parsed<number | null> {
  const s = text.normalize('NFKC').trim();
  if (s === '') return ok(null);
  const m = /^(\d{4})\s*(年度?)?$/.exec(s);
  if (!m) return fail(`“${text}”不是年份（应写作 2024 或 2024年）`);
  return ok(Number(m[1]));
}

const pad = (n: number) => String(n).padStart(2, '0');
