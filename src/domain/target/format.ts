// Display of quantities and targets: `30%`, `4小时`, `1,325.06万元` — at most 2 decimals, trailing
// zeros trimmed, thousands separated. Deterministic (no locale), so CLI and browser print the same.
import type { Operator, ParsedTarget } from './types';

export const opSymbol: Record<Operator, string> = { '=': '=', '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (Math.abs(value) >= 1e21) return String(value);
  const [int, frac = ''] = Math.abs(value).toFixed(2).split('.');
  const f = frac.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const zero = int === '0' && f === '';
  return (value < 0 && !zero ? '-' : '') + grouped + (f ? '.' + f : '');
}

export function formatQuantity(value: number, unit: string): string {
  return formatNumber(value) + (Number.isFinite(value) ? unit : '');
}

/** `≥80%` for a quantity target (normalised), the raw text otherwise. */
export function formatTarget(t: ParsedTarget): string {
  return t.kind === 'quantity' ? opSymbol[t.op] + formatQuantity(t.value, t.unit) : t.raw;
}

/** A fraction as a percentage with one decimal (0.27506 → `27.5%`); `—` for none. */
export function formatPercent(fraction: number | null): string {
  return fraction === null || !Number.isFinite(fraction) ? '—' : `${(Math.round(fraction * 1000) / 10).toFixed(1)}%`;
}
