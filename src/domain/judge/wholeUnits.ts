// Whole units (domain.md §3): a count of discrete things (个 项 次 轮 人 人次 家 套 份 篇 期 场 批 …)
// cannot be behind by a fraction, so its expected value at a date is rounded down to a whole number.
// 万人次 or 千人 are counts too, but 1.5万人次 is a real figure: only units of one item are whole.
import { unitOf } from '../target';

export function isWholeUnit(unit: string): boolean {
  const u = unitOf(unit);
  return u !== null && u.kind === 'count' && u.factor === 1;
}

/** Rounded down, with room for binary rounding (2.9999999999 is 3). */
export const wholeDown = (x: number): number => Math.floor(x + 1e-9);
