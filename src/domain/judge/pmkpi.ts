// The 一体化系统 lights rule set (domain.md §3): 正向 quantity/benefit/satisfaction indicators are
// pro-rated (标准值 = 年度指标值 × 序时进度, month-based in the preset); quality, timeliness and cost
// indicators are not (within the annual limit green, else red); budget execution is judged by
// 执行率 ÷ 序时进度. Lights map to statuses: red → behind, yellow → warning, green/blue → met.
import type { Indicator } from '../types';
import type { ParsedTarget } from '../target/types';
import type { LightBands } from '../settings';
import type { Direction, Light, Status } from './types';
import { atLeast, atMost } from './classify';
import type { Phrase } from '../language';

export interface LightVerdict { light: Light; status: Status; expected: number; rule: Phrase; how: Phrase }

const lightStatus: Record<Light, Status> = { red: 'behind', yellow: 'warning', green: 'met', blue: 'met' };
const n = (x: number) => String(Math.round(x * 100) / 100);
const pct = (x: number) => `${n(x * 100)}%`;

export const isNotProRated = (ind: Pick<Indicator, 'level1' | 'level2'>) =>
  /质量|时效|成本/.test(ind.level2) || /成本/.test(ind.level1);

/** Each band includes its lower edge: exactly 60% is yellow, 80% green, 120% blue. */
function banded(ratio: number, b: LightBands): Light {
  if (!atLeast(ratio, b.red)) return 'red';
  if (!atLeast(ratio, b.yellow)) return 'yellow';
  if (!atLeast(ratio, b.blue)) return 'green';
  return 'blue';
}

/** Light of budget execution from 执行率 ÷ 序时进度 (each band includes its lower edge). */
export function budgetLight(ratio: number, b: LightBands): Light {
  if (!atLeast(ratio, b.budgetRed)) return 'red';
  if (!atLeast(ratio, b.budgetYellow)) return 'yellow';
  return 'green';
}

/** The value the lights judge against: 序时进度 for budget execution, the annual limit, or the pro-rated 标准值. */
export interface Standard { expected: number; kind: 'budget' | 'limit' | 'proRated'; how: Phrase }

/** tp: 序时进度 fraction at asOf. Null when the annual target is not a number. */
export function standardFor(
  ind: Pick<Indicator, 'level1' | 'level2'>,
  fy: ParsedTarget,
  direction: Direction,
  isBudgetExecution: boolean,
  tp: number,
): Standard | null {
  if (isBudgetExecution) return { expected: tp * 100, kind: 'budget', how: (l) => l === 'en' ? `time progress ${pct(tp)}` : `序时进度 ${pct(tp)}` };
  const annual = fy.kind === 'quantity' ? fy.value : fy.kind === 'timeProgress' ? 100 : null;
  if (annual === null) return null;
  if (direction === 'negative' || isNotProRated(ind))
    return { expected: annual, kind: 'limit', how: (l) => l === 'en' ? `annual target ${fy.raw} (not pro-rated)` : `年度指标值 ${fy.raw}（不按序时折算）` };
  return { expected: annual * tp, kind: 'proRated', how: (l) => l === 'en' ? `standard = annual target ${fy.raw} × time progress ${pct(tp)}` : `标准值 = 年度指标值 ${fy.raw} × 序时进度 ${pct(tp)}` };
}

/** a: the actual in the annual target's unit; tp: 序时进度 fraction at asOf. */
export function lightFor(
  ind: Pick<Indicator, 'level1' | 'level2'>,
  fy: ParsedTarget,
  a: number,
  direction: Direction,
  isBudgetExecution: boolean,
  tp: number,
  bands: LightBands,
): LightVerdict | null {
  const std = standardFor(ind, fy, direction, isBudgetExecution, tp);
  if (!std) return null;
  const { expected, how } = std;
  if (std.kind === 'budget') {
    const ratio = expected > 0 ? a / expected : Infinity;
    const light = budgetLight(ratio, bands);
    return { light, status: lightStatus[light], expected, how,
      rule: (l) => l === 'en' ? `lights: execution ÷ time progress = ${expected > 0 ? pct(ratio) : '—'} (<${pct(bands.budgetRed)} red, <${pct(bands.budgetYellow)} yellow, else green)` : `一体化系统：执行率 ÷ 序时进度 = ${expected > 0 ? pct(ratio) : '—'}（<${pct(bands.budgetRed)} 红，<${pct(bands.budgetYellow)} 黄，否则绿）` };
  }
  if (std.kind === 'limit') {
    const op = fy.kind === 'quantity' ? fy.op : '>=';
    const within = direction === 'negative' ? (op === '<' ? a < expected : atMost(a, expected)) : op === '>' ? a > expected : atLeast(a, expected);
    const light: Light = within ? 'green' : 'red';
    return { light, status: lightStatus[light], expected, how,
      rule: (l) => l === 'en' ? `lights: quality/timeliness/cost or lower-is-better indicator, ${within ? 'within the limit: green' : 'beyond the limit: red'}` : `一体化系统：质量/时效/成本或反向指标，${within ? '在' : '不在'}限值内为${within ? '绿' : '红'}灯` };
  }
  // Before the first month is complete the standard is 0: nothing yet is on track (green), anything more is ahead.
  const ratio = expected > 0 ? a / expected : a > 0 ? Infinity : 1;
  const light = banded(ratio, bands);
  return { light, status: lightStatus[light], expected, how,
    rule: (l) => l === 'en' ? `lights: actual ÷ standard = ${expected > 0 ? pct(ratio) : '—'} (<${pct(bands.red)} red, <${pct(bands.yellow)} yellow, <${pct(bands.blue)} green, else blue)` : `一体化系统：实际 ÷ 标准值 = ${expected > 0 ? pct(ratio) : '—'}（<${pct(bands.red)} 红，<${pct(bands.yellow)} 黄，<${pct(bands.blue)} 绿，否则蓝）` };
}

export const qualitativeLight: Record<Status, Light | undefined> = {
  met: 'green', warning: 'yellow', behind: 'red', pending: undefined, unparsed: undefined,
};
