// Which projects a server round covers: the round's RoundScope (一般监控 全部 / 选定项目 / 重点监控 by
// 资金总额, 执行率, 主管部门 — the app's shape, domain/round/scope) decided by the domain's own inScope.
// The execution rate a 重点监控 round looks at is the one loaded with the project (its spend up to the
// period end), not the round's own 执行数: filling the form must not move a project out of its round.
import type { RoundScope } from '../domain/types';
import { inScope } from '../domain/round/scope';
import { latestSpend } from '../domain/budget';
import type { StoredProject } from './routes/projects';

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isNames = (x: unknown): x is string[] => Array.isArray(x) && x.length <= 100000 && x.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 200);

/**
 * A round's scope as POST /api/rounds received it (absent = 全部), or the Chinese reason it is not
 * one. Checked here rather than by a JSON schema: fastify's validator strips and coerces inside
 * oneOf branches, so {kind: 'projects', …} came out stripped and "200" passed as a number.
 */
export function parseRoundScope(x: unknown): RoundScope | { error: string } {
  if (x === undefined) return { kind: 'all' };
  const bad = (why: string) => ({ error: `监控范围（scope）${why}` });
  if (!x || typeof x !== 'object' || Array.isArray(x)) return bad('应为对象');
  const o = x as Record<string, unknown>;
  const extra = (allowed: string[]) => Object.keys(o).find((k) => !allowed.includes(k));
  switch (o.kind) {
    case 'all':
      return extra(['kind']) ? bad(`不应有字段「${extra(['kind'])}」`) : { kind: 'all' };
    case 'projects':
      if (extra(['kind', 'projectIds'])) return bad(`不应有字段「${extra(['kind', 'projectIds'])}」`);
      return isNames(o.projectIds) ? { kind: 'projects', projectIds: o.projectIds } : bad('选定项目时 projectIds 应为项目编号的列表');
    case 'filter': {
      const allowed = ['kind', 'minBudget', 'maxExecutionRate', 'departments'];
      if (extra(allowed)) return bad(`不应有字段「${extra(allowed)}」`);
      const out: RoundScope = { kind: 'filter' };
      if (o.minBudget !== undefined) {
        if (!isNumber(o.minBudget) || o.minBudget < 0) return bad('的资金总额下限（minBudget）应为不小于 0 的数（万元）');
        out.minBudget = o.minBudget;
      }
      if (o.maxExecutionRate !== undefined) {
        if (!isNumber(o.maxExecutionRate) || o.maxExecutionRate < 0 || o.maxExecutionRate > 10) return bad('的执行率上限（maxExecutionRate）应为 0 到 10 之间的小数（0.6 即 60%）');
        out.maxExecutionRate = o.maxExecutionRate;
      }
      if (o.departments !== undefined) {
        if (!isNames(o.departments)) return bad('的主管部门（departments）应为部门名称的列表');
        out.departments = o.departments;
      }
      return out;
    }
    default:
      return bad('的 kind 应为 all、projects 或 filter');
  }
}

/** Whether the rule needs each project's stored data (the 全部 and 选定项目 scopes do not). */
export const needsProjectData = (scope: RoundScope) => scope.kind === 'filter';

/** The execution rate loaded with the project at `periodEnd` (a fraction), null without spend or 资金总额. */
export function loadedRate(stored: StoredProject, periodEnd: string): number | null {
  const { spent } = latestSpend(stored.spend, periodEnd);
  const total = stored.project.funds.total;
  return spent !== null && total ? spent / total : null;
}

/** The round's test of a project; `data` is the project's stored JSON (read for 重点监控 only). */
export function roundFilter(scope: RoundScope, periodEnd: string): (projectId: string, data: string | null) => boolean {
  if (scope.kind === 'all') return () => true;
  if (scope.kind === 'projects') {
    const chosen = new Set(scope.projectIds);
    return (id) => chosen.has(id);
  }
  return (_id, data) => {
    const stored = JSON.parse(data ?? 'null') as StoredProject | null;
    return !!stored && inScope(scope, stored.project, () => loadedRate(stored, periodEnd));
  };
}

/**
 * Null when the project is in the round's scope, else the Chinese reason a read or write of its
 * form in that round is refused. Asked only after the project was found visible to the user, so
 * the answer says nothing about projects of other units.
 */
export function outsideRound(round: { name: string; scope: string; period_end: string }, project: { id: string; name: string; data: string }): string | null {
  const scope = JSON.parse(round.scope) as RoundScope;
  return roundFilter(scope, round.period_end)(project.id, project.data) ? null : `项目「${project.name}」不在监控轮次「${round.name}」的范围内`;
}
