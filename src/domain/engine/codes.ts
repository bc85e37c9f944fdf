// The small integer codes the engine's typed arrays hold, and their meaning in the domain's words.
import type { Light, Status } from '../judge/types';

/** Status codes, in the order of emptyCounts (met, warning, behind, pending, unparsed). */
export const STATUSES: readonly Status[] = ['met', 'warning', 'behind', 'pending', 'unparsed'];
export const STATUS_CODE: Record<Status, number> = { met: 0, warning: 1, behind: 2, pending: 3, unparsed: 4 };
export const STATUS_COUNT = STATUSES.length;

/** Light codes; 0 = none (the default rule set, or nothing to judge). */
export const LIGHTS: readonly (Light | undefined)[] = [undefined, 'green', 'yellow', 'red', 'blue'];
export const LIGHT_CODE: Record<Light, number> = { green: 1, yellow: 2, red: 3, blue: 4 };

/**
 * How an observation reads against the target that applies in one half (readings.ts): a number in
 * the target's unit, a qualitative verdict already decided, or an error (unreadable: 无法判断 with a reason).
 */
export const READ_NUMBER = 0;
export const READ_MET = 1;
export const READ_WARNING = 2;
export const READ_BEHIND = 3;
export const READ_MISMATCH = 4; // qualitative actual of another kind than the target: 无法判断
export const READ_ERROR = 5;
export const READ_NONE = 6; // the target of that half is unparsed: nothing is read

/** An ISO date as the integer yyyymmdd (orders as the string does), NaN when not a date. */
export function dateKey(iso: string): number {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return NaN;
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

const DAY = 86_400_000;
/** Days since 1970-01-01 of a yyyymmdd key (the stale rule counts whole days). */
export const dayNumber = (key: number) => Math.round(Date.UTC(Math.floor(key / 10000), Math.floor(key / 100) % 100 - 1, key % 100) / DAY);
