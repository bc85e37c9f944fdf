// Which projects a round covers (domain.md §5): 一般监控 all of them; chosen ones; or 重点监控 by
// rule — 资金总额 at least minBudget (万元) and/or the execution rate at the period end below
// maxExecutionRate (a fraction, 0.6 = 60 %), and/or chosen 主管部门.
import type { Project, Round, RoundScope } from '../types';

/** rateOf: the project's one execution rate at the round's period end (a fraction), null when unknown. */
export function inScope(scope: RoundScope, project: Project, rateOf: (projectId: string) => number | null): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'projects':
      return scope.projectIds.includes(project.id);
    case 'filter': {
      if (scope.minBudget !== undefined && !((project.funds.total ?? -Infinity) >= scope.minBudget)) return false;
      if (scope.departments?.length && !scope.departments.includes(project.department)) return false;
      if (scope.maxExecutionRate !== undefined) {
        const rate = rateOf(project.id);
        // No spend and no recorded rate: zero spend is exactly what 重点监控 looks for.
        if ((rate ?? 0) >= scope.maxExecutionRate) return false;
      }
      return true;
    }
  }
}

export function scopedProjects(round: Round, projects: readonly Project[], rateOf: (projectId: string) => number | null): Project[] {
  return projects.filter((p) => inScope(round.scope, p, rateOf));
}

/** The scope in words, for the round's header and the 汇总表. */
export function scopeText(scope: RoundScope): string {
  if (scope.kind === 'all') return '一般监控：全部项目';
  if (scope.kind === 'projects') return `选定项目（${scope.projectIds.length} 个）`;
  const parts = [
    scope.minBudget !== undefined && `资金总额 ≥ ${scope.minBudget} 万元`,
    scope.maxExecutionRate !== undefined && `执行率 < ${Math.round(scope.maxExecutionRate * 1000) / 10}%`,
    scope.departments?.length && `主管部门：${scope.departments.join('、')}`,
  ].filter(Boolean);
  return `重点监控：${parts.join('，') || '全部项目'}`;
}
