// Figures on charts: values rounded to 2 decimals (the precision of every table), quantities with
// their unit, and round axis ends.
import { formatQuantity } from '../domain/target';

export const round2 = (x: number) => Math.round(x * 100) / 100;

/** `2.5小时`, `87%`; `—` for none. */
export const quantityText = (v: number | null, unit: string) => (v === null ? '—' : formatQuantity(round2(v), unit));

/** The smallest round number ≥ x (steps of a fifth of its power of ten): 1.12 → 1.2, 112 → 120. */
export function niceCeil(x: number): number {
  const step = 10 ** Math.floor(Math.log10(x)) / 5;
  return Math.round(Math.ceil(x / step) * step * 1e6) / 1e6;
}
