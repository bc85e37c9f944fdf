// Target and actual texts repeat massively across a province (充分, =100%, ≥90%, 达成): parse each
// distinct text once. Parsed values are shared, so they must be treated as immutable. The memo
// is bounded so that a stream of unique texts cannot grow it without limit.
import { parseActual, parseTarget } from '../target';
import type { ParsedActual, ParsedTarget } from '../target/types';

const LIMIT = 50_000;
const targets = new Map<string, ParsedTarget>();
const actuals = new WeakMap<ParsedTarget, Map<string, ParsedActual>>();

export function targetOf(raw: string): ParsedTarget {
  let t = targets.get(raw);
  if (!t) {
    if (targets.size >= LIMIT) targets.clear();
    targets.set(raw, (t = parseTarget(raw)));
  }
  return t;
}

/** `against` should come from targetOf, so that equal targets share one actual memo. */
export function actualOf(raw: string, against: ParsedTarget): ParsedActual {
  let m = actuals.get(against);
  if (!m) actuals.set(against, (m = new Map()));
  let a = m.get(raw);
  if (!a) {
    if (m.size >= LIMIT) m.clear();
    m.set(raw, (a = parseActual(raw, against)));
  }
  return a;
}
