// Per-indicator schedules: indicators with the same model and targets (=100%, ≥90%, 半年 =30% →
// 全年 =100% repeat across a province) share one. On a date each schedule's expected value is
// computed by the reference expectationAt — once per schedule, not per indicator — so the
// engine's numbers are the reference's by construction and a rule change there flows here.
import type { ProgressModel } from '../types';
import type { Operator, ParsedTarget } from '../target/types';
import type { Settings, TimeProgressBasis } from '../settings';
import { appliedIn, type PreparedIndicator } from '../judge/evaluate';
import { expectationAt, type Expectation } from '../judge/expected';
import { toIso, type YMD } from '../calendar';

export const APPLIED_QUANTITY = 0;
export const APPLIED_TIME_PROGRESS = 1;
export const APPLIED_QUALITATIVE = 2;
export const APPLIED_UNPARSED = 3;
const KIND_CODE = { quantity: APPLIED_QUANTITY, timeProgress: APPLIED_TIME_PROGRESS, qualitative: APPLIED_QUALITATIVE, unparsed: APPLIED_UNPARSED } as const;

/** Every schedule on one day: what applies, the expected value (NaN for none) and the operator the default rules compare with. */
export interface ScheduleDay {
  applied: Uint8Array;
  expected: Float64Array;
  op: Operator[];
  exp: Expectation[];
}

interface Schedule { model: ProgressModel; h1: ParsedTarget; fy: ParsedTarget }

export class Schedules {
  private readonly ids = new Map<string, number>();
  private readonly list: Schedule[] = [];
  private readonly days = new Map<string, ScheduleDay>();

  /** Parsed targets are shared (judge/memo targetOf): most rows find their schedule by the targets' identity, without a key string. */
  private readonly byTargets = new Map<ParsedTarget, Map<ParsedTarget, Partial<Record<ProgressModel, number>>>>();

  id(p: PreparedIndicator): number {
    let byFy = this.byTargets.get(p.h1);
    if (!byFy) this.byTargets.set(p.h1, (byFy = new Map()));
    let byModel = byFy.get(p.fy);
    if (!byModel) byFy.set(p.fy, (byModel = {}));
    return (byModel[p.model] ??= this.idByText(p));
  }

  private idByText(p: PreparedIndicator): number {
    const key = `${p.model}\u0000${p.h1.raw}\u0000${p.fy.raw}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(key, id);
      this.list.push({ model: p.model, h1: p.h1, fy: p.fy });
    }
    return id;
  }

  /** The target that applies in each half (0: 半年, 1: 全年), per schedule: asked once, shared by every actual. */
  private readonly halves = new Map<number, [ParsedTarget, ParsedTarget]>();

  appliedIn(id: number, half: 0 | 1, settings: Settings): ParsedTarget {
    let both = this.halves.get(id);
    if (!both) this.halves.set(id, (both = [appliedIn(this.list[id], 'H1', settings), appliedIn(this.list[id], 'FY', settings)]));
    return both[half];
  }

  get size(): number {
    return this.list.length;
  }

  /** All schedules on day d (cached: switching back and forth between dates costs nothing). */
  on(d: YMD, basis: TimeProgressBasis): ScheduleDay {
    const key = `${toIso(d)}|${basis}`;
    const hit = this.days.get(key);
    if (hit && hit.exp.length === this.list.length) return hit;
    const s = this.list.length;
    const day: ScheduleDay = { applied: new Uint8Array(s), expected: new Float64Array(s), op: [], exp: [] };
    this.list.forEach((sc, k) => {
      const e = expectationAt(sc.model, sc.h1, sc.fy, d, basis);
      day.exp.push(e);
      day.applied[k] = KIND_CODE[e.applied.kind];
      day.expected[k] = e.expected ?? NaN;
      day.op.push(sc.model === 'level' && e.applied.kind === 'quantity' ? e.applied.op : '>=');
    });
    if (this.days.size > 32) this.days.clear();
    this.days.set(key, day);
    return day;
  }
}
