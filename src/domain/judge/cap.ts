// Caps (domain.md §3): a 反向 money limit (项目总成本 ≤116万元) is a ceiling, not a goal. Met with room
// to spare it is 达标, but what it says is how much of the cap is used (已用 0%): spending nothing is
// no achievement, so its variance is never read as "+100%".
import type { ParsedTarget } from '../target/types';
import type { Direction } from './types';

export function isMoneyCap(applied: ParsedTarget, direction: Direction | null): boolean {
  return direction === 'negative' && applied.kind === 'quantity' && applied.unitKind === 'money' && (applied.op === '<=' || applied.op === '<') && applied.value > 0;
}
