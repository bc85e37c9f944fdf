// Compares the engine at a date with the reference buildReport on the same data: every indicator's
// status, expected value, actual, variance, light, 过期 mark and explanation (Chinese and English),
// the warnings, every project summary and the counts per 一级指标 / 主管部门 / 实施单位. Returns the differences
// (empty when equal), each naming the indicator, so a failure says where.
import type { Dataset } from '../../../src/domain/types';
import type { Settings } from '../../../src/domain/settings';
import { buildReport, type ReportOptions } from '../../../src/domain/report';
import { countBy } from '../../../src/domain/aggregate';
import type { Engine } from '../../../src/domain/engine';

export function differences(engine: Engine, data: Dataset, asOf: string, settings: Settings, explain = true, opts: ReportOptions = {}): string[] {
  const ref = buildReport(data, asOf, settings, opts);
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (!Object.is(a, b) && JSON.stringify(a) !== JSON.stringify(b)) out.push(`${what}: 参考 ${JSON.stringify(a)}，引擎 ${JSON.stringify(b)}`);
  };
  ref.judgements.forEach((j, i) => {
    const at = `${asOf} ${j.indicatorId}`;
    same(`${at} status`, j.status, engine.status(i));
    same(`${at} expected`, j.expected, engine.expected(i));
    same(`${at} actual`, j.actual, engine.actual(i));
    same(`${at} variance`, j.variance, engine.variance(i));
    same(`${at} light`, j.light, engine.light(i));
    same(`${at} stale`, !!j.stale, engine.stale(i));
    if (explain) {
      const mine = engine.judgement(i);
      same(`${at} explain`, j.explain, mine.explain);
      same(`${at} explain en`, j.explainIn?.('en'), mine.explainIn?.('en'));
      same(`${at} json`, JSON.stringify(j), JSON.stringify(mine));
    }
  });
  same(`${asOf} warnings`, ref.warnings, engine.warnings());
  ref.projects.forEach((s, k) => same(`${asOf} project ${s.projectId}`, s, engine.summary(k)));
  const c = engine.columns;
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  const groups = (field: 'department' | 'unit', names: { find(name: string): number }, counts: (k: number) => unknown) => {
    for (const g of countBy(ref.judgements.filter((j) => byId.has(j.projectId)), (j) => byId.get(j.projectId)![field]))
      same(`${asOf} ${field} ${g.label}`, g.counts, counts(names.find(g.label)));
  };
  groups('department', c.departmentNames, (k) => engine.departmentCounts(k));
  groups('unit', c.unitNames, (k) => engine.unitCounts(k));
  // By row, not by id: an id may repeat on rows of different 一级指标.
  const rowOf = new Map(ref.judgements.map((j, i) => [j, data.indicators[i]]));
  for (const g of countBy(ref.judgements, (j) => rowOf.get(j)!.level1))
    same(`${asOf} 一级 ${g.label}`, g.counts, engine.level1Counts(c.level1Names.find(g.label)));
  return out;
}
