// The warnings of a date, as buildReport lists them: the data's cross-checks, then each judged
// actual that cannot be read against its target (in data order), then every other recorded actual
// unreadable in its own half (the cross-checks are of the data set as loaded). The last list does
// not depend on the date: it is derived once (and again after an edit) and each date only leaves
// out the actuals its judgements reported. Only indicators judged 无法判断 on an actual are looked at closer.
import type { Actual, Problem } from '../types';
import { crossCheckCached, unreadable } from '../report';
import { readActualIn } from '../judge/evaluate';
import type { Columns } from './columns';
import type { Judged } from './judged';
import { judgementAt } from './rows';
import { READ_ERROR, STATUS_CODE } from './codes';

const UNPARSED = STATUS_CODE.unparsed;
const ERROR = READ_ERROR;

interface Unreadable { actual: Actual; problem: Problem }

/** report.unreadableRows on the columns (which follow edits): each recorded actual read in its own half. */
function unreadableActuals(c: Columns): Unreadable[] {
  const out: Unreadable[] = [];
  let names: Map<string, string> | undefined;
  for (let i = 0; i < c.n; i++)
    for (let o = c.obsStart[i]; o < c.obsEnd[i]; o++) {
      if (c.readCode[0][o] !== ERROR && c.readCode[1][o] !== ERROR) continue;
      const actual = c.obs[o];
      const half = actual.date.slice(5, 7) <= '06' ? 'H1' : 'FY';
      if (c.readCode[half === 'H1' ? 0 : 1][o] !== ERROR) continue;
      const read = readActualIn(c.preps[i], actual.value, half, c.settings);
      if (read?.kind !== 'error') continue;
      names ??= new Map(c.projects.map((p) => [p.id, p.name]));
      out.push({ actual, problem: unreadable(names.get(actual.projectId) ?? actual.projectId, c.preps[i], actual.value, actual.date, read.reason, actual.source) });
    }
  return out;
}

const derived = new WeakMap<Columns, { edits: number; list: Unreadable[] }>();

function unreadableOf(c: Columns): Unreadable[] {
  let hit = derived.get(c);
  if (!hit || hit.edits !== c.edits) derived.set(c, (hit = { edits: c.edits, list: unreadableActuals(c) }));
  return hit.list;
}

export function warningsAt(c: Columns, j: Judged): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<Actual>();
  for (let i = 0; i < c.n; i++) {
    if (j.status[i] !== UNPARSED) continue;
    const p = c.project[i], o = j.chosen[i];
    // A row of its own actual has an actual error only when that actual reads as one in the half judged.
    if (!c.viaReference[i] && (o < 0 || c.readCode[j.groups[p >= 0 ? j.groupOf[p] : 0].half][o] !== ERROR)) continue;
    const judgement = judgementAt(c, j, i);
    if (!judgement.actualError) continue;
    const actual = o >= 0 ? c.obs[o] : undefined;
    problems.push(unreadable(p >= 0 ? c.projects[p].name : c.preps[i].indicator.projectId, c.preps[i], judgement.actualText ?? '', judgement.actualDate ?? '', judgement.actualError, actual?.source));
    if (actual) reported.add(actual);
  }
  for (const u of unreadableOf(c)) if (!reported.has(u.actual)) problems.push(u.problem);
  return [...crossCheckCached(c.data), ...problems];
}
