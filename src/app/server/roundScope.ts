// The scope finance chooses when opening a round on the server (components/server/OpenRound), as
// the app's RoundScope that POST /api/rounds takes: 全部, 选定项目, 重点监控 (资金总额 ≥ N 万元 and/or
// 执行率 below M %, as the app's own 新建监控轮次), or 按主管部门 (a filter on departments only).
import type { Project, RoundScope } from '../../domain/types';

export type ScopeKind = 'all' | 'projects' | 'filter' | 'departments';

export interface ScopeChoice {
  kind: ScopeKind;
  projectIds: string[];
  /** 万元; undefined: no lower bound. */
  minBudget?: number;
  /** Percent (60 = 60 %); undefined: no bound. */
  maxRatePct?: number;
  departments: string[];
}

export function scopeOfChoice(c: ScopeChoice): RoundScope {
  if (c.kind === 'projects') return { kind: 'projects', projectIds: c.projectIds };
  if (c.kind === 'departments') return { kind: 'filter', departments: c.departments };
  if (c.kind === 'filter') {
    return {
      kind: 'filter',
      ...(c.minBudget !== undefined && c.minBudget !== null && { minBudget: c.minBudget }),
      ...(c.maxRatePct !== undefined && c.maxRatePct !== null && { maxExecutionRate: c.maxRatePct / 100 }),
    };
  }
  return { kind: 'all' };
}

/** Whether the choice names something: chosen projects or departments, a bound of 重点监控. */
export const scopeComplete = (c: ScopeChoice) =>
  c.kind === 'all' || (c.kind === 'projects' ? c.projectIds.length > 0 : c.kind === 'departments' ? c.departments.length > 0 : c.minBudget !== undefined || c.maxRatePct !== undefined);

/** The 主管部门 of the projects the user sees, for the choice, in the order of their names. */
export const departmentsOf = (projects: readonly Project[]) => [...new Set(projects.map((p) => p.department).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

/** A round as GET /api/rounds lists it. */
export interface RoundRow { id: string; name: string; periodEnd: string; deadline: string | null; scope: RoundScope; closed: boolean }
