// The warnings of a date, as buildReport lists them: the data's cross-checks, then each judged
// actual that cannot be read against its target (in data order), then every other recorded actual
// unreadable in its own half (the cross-checks are of the data set as loaded). Only indicators judged 无法判断 on an actual are looked at closer.
import type { Actual, Problem } from '../types';
import { crossCheckCached, unreadable } from '../report';
import { readActualIn } from '../judge/evaluate';
import type { Columns } from './columns';
import type { Judged } from './judged';
import { judgementAt } from './rows';
import { READ_ERROR, STATUS_CODE } from './codes';

export function warningsAt(c: Columns, j: Judged): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<Actual>();
  for (let i = 0; i < c.n; i++) {
    if (j.status[i] !== STATUS_CODE.unparsed || (j.chosen[i] < 0 && !c.viaReference[i])) continue;
    const judgement = judgementAt(c, j, i);
    if (!judgement.actualError) continue;
    const p = c.project[i];
    const actual = j.chosen[i] >= 0 ? c.obs[j.chosen[i]] : undefined;
    problems.push(unreadable(p >= 0 ? c.projects[p].name : c.preps[i].indicator.projectId, c.preps[i], judgement.actualText ?? '', judgement.actualDate ?? '', judgement.actualError, actual?.source));
    if (actual) reported.add(actual);
  }
  // report.unreadableRows, on the columns (which follow edits): each actual read in its own half.
  const names = new Map(c.projects.map((p) => [p.id, p.name]));
  for (let i = 0; i < c.n; i++)
    for (let o = c.obsStart[i]; o < c.obsEnd[i]; o++) {
      const actual = c.obs[o];
      const half = actual.date.slice(5, 7) <= '06' ? 'H1' : 'FY';
      if (c.readCode[half === 'H1' ? 0 : 1][o] !== READ_ERROR || reported.has(actual)) continue;
      const read = readActualIn(c.preps[i], actual.value, half, c.settings);
      if (read?.kind === 'error')
        problems.push(unreadable(names.get(actual.projectId) ?? actual.projectId, c.preps[i], actual.value, actual.date, read.reason, actual.source));
    }
  return [...crossCheckCached(c.data), ...problems];
}
