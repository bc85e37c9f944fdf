// Refuses, row by row, recorded actuals that cannot be read against their indicator's target: a
// unit of another kind (3小时 for ≥4轮), text where a number is due (abc, =1+1), a word that is
// neither a grade nor 达成/部分达成/未达成. Refused at load, such a row is listed with its file and
// row where the user loads it, and never replaces a good figure of the same date. A readable value
// no project can have (a satisfaction of 1500 %, a negative count: domain/plausible) is refused
// the same way; one that may be real but is doubtful (a completion rate of 120 %) is kept and said.
import { defaultSettings } from '../domain/settings';
import { prepareIndicator, readActualIn, type PreparedIndicator } from '../domain/judge/evaluate';
import type { DatasetIndex } from '../domain/resolve';
import { implausibleActual, type Implausible } from '../domain/plausible';
import type { ParsedActual } from '../domain/target/types';
import type { Actual, Indicator, Problem, SourceRef } from '../domain/types';
import { problem } from './problems';

// The rule set does not change which unit kinds or words an actual may use, so the default reads.
const settings = defaultSettings();

export function readableActuals(actuals: Actual[], ix: DatasetIndex, found: Problem[]): Actual[] {
  const check = new ReadableActuals(ix, found);
  return actuals.filter((a) => check.readable(a));
}

/**
 * One actual at a time (loading checks each row as it is read). Preparing an indicator (reading its
 * targets, choosing its model) was most of the cost, and a province repeats the same indicator
 * wording in thousands of projects (满意度 ≥90%): prepared once per wording — 三级 name, targets,
 * model, 一级/二级, all prepareIndicator reads — and shared by every indicator written so. The
 * memo is emptied past a few thousand wordings so that a province's 300,000 are never all held.
 */
export class ReadableActuals {
  /** level3 → targetFY → the prepared wordings of that pair (compared field by field, no key string per row). */
  private prepared = new Map<string, Map<string, PreparedIndicator[]>>();
  private size = 0;
  private static readonly KEEP = 4096;
  /** Prepared wording → [first half, second half] → value → outcome (see outcome). */
  private outcomes = new Map<PreparedIndicator, [Map<string, Outcome>, Map<string, Outcome>]>();
  private outcomeCount = 0;
  private static readonly OUTCOMES = 1 << 16;

  constructor(private ix: DatasetIndex, private found: Problem[]) {}

  private prepare(indicator: Indicator): PreparedIndicator {
    let byTarget = this.prepared.get(indicator.level3);
    const same = byTarget?.get(indicator.targetFY);
    if (same) {
      for (const p of same) if (sameWording(p.indicator, indicator)) return p;
    }
    if (this.size >= ReadableActuals.KEEP) {
      this.prepared.clear();
      this.clearOutcomes();
      this.size = 0;
      byTarget = undefined;
    }
    if (!byTarget) this.prepared.set(indicator.level3, (byTarget = new Map()));
    const p = prepareIndicator(indicator, settings);
    const list = byTarget.get(indicator.targetFY);
    if (list) list.push(p);
    else byTarget.set(indicator.targetFY, [p]);
    this.size++;
    return p;
  }

  /**
   * How a value reads against a prepared wording in a half, and what is doubtful about it: the same
   * for every actual of that wording, half and value (a province's 600,000 actuals hold ~11,000
   * such triples), so worked out once. Emptied with the wordings, or past OUTCOMES values.
   */
  private outcome(p: PreparedIndicator, value: string, half: 0 | 1): Outcome {
    let byHalf = this.outcomes.get(p);
    let o = byHalf?.[half].get(value);
    if (!o) {
      if (this.outcomeCount >= ReadableActuals.OUTCOMES) {
        this.clearOutcomes();
        byHalf = undefined;
      }
      if (!byHalf) this.outcomes.set(p, (byHalf = [new Map(), new Map()]));
      const read = readActualIn(p, value, half === 0 ? 'H1' : 'FY', settings);
      o = { read, doubt: read?.kind === 'error' ? null : implausibleActual(p, read) };
      byHalf[half].set(value, o);
      this.outcomeCount++;
    }
    return o;
  }

  private clearOutcomes() {
    this.outcomes.clear();
    this.outcomeCount = 0;
  }

  /** The last actual's indicator and its prepared wording: an indicator's actuals come one after another. */
  private last: { id: string; indicator: Indicator; prepared: PreparedIndicator } | null = null;

  readable(a: Actual): boolean {
    // A monitoring-form draft (a reason before its value) has nothing to read yet; it is kept, not judged.
    if (a.value === '') return true;
    let last = this.last;
    if (last?.id !== a.indicatorId) {
      const indicator = this.ix.indicatorById.get(a.indicatorId);
      if (!indicator) return true;
      this.last = last = { id: a.indicatorId, indicator, prepared: this.prepare(indicator) };
    }
    const { indicator, prepared: p } = last;
    const { read, doubt } = this.outcome(p, a.value, a.date.slice(5, 7) <= '06' ? 0 : 1);
    if (read?.kind !== 'error') {
      if (!doubt) return true;
      const refused = doubt.severity === 'error';
      const what = `指标“${indicator.level3}”（${a.date}）实际值“${a.value}”：${doubt.reason}${refused ? `，${refusedWord(a)}未导入` : ''}`;
      this.found.push(problem('implausible-actual', what, valueAt(a), doubt.severity, a.projectId));
      return !refused;
    }
    const reason = read.reason.includes(`“${a.value}”`) ? read.reason : `实际值“${a.value}”：${read.reason}`;
    const what = `指标“${indicator.level3}”（${a.date}）${reason}，${refusedWord(a)}未导入`;
    this.found.push(problem('actual-unreadable', what, valueAt(a), 'error', a.projectId));
    return false;
  }
}

interface Outcome {
  read: ParsedActual | null;
  doubt: Implausible | null;
}

/** Every field prepareIndicator reads (level3 and targetFY are the memo's keys). */
const sameWording = (a: Indicator, b: Indicator) =>
  a.targetH1 === b.targetH1 && a.level1 === b.level1 && a.level2 === b.level2 && a.model === b.model && a.level3 === b.level3 && a.targetFY === b.targetFY;

const isJson = (a: Actual) => a.source?.field !== undefined;
const refusedWord = (a: Actual) => (isJson(a) ? '此实际值' : '此行');
/** Where the value is: a JSON record's path, or the row's 实际值 column. */
function valueAt(a: Actual): SourceRef {
  const source = a.source ?? { file: '' };
  return { ...source, field: isJson(a) ? `${source.field}.value` : '实际值' };
}
