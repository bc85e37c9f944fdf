import type { SlideTable } from './types';

/** CSS widths (%) of a slide table's columns from its relative widths; equal when none given. */
export function colWidths(t: SlideTable): string[] {
  const w = t.widths ?? t.columns.map(() => 1);
  const sum = w.reduce((a, b) => a + b, 0);
  return w.map((x) => `${((x / sum) * 100).toFixed(2)}%`);
}
