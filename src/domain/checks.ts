// Load-time cross-checks (domain.md §4). Each is a warning naming the project and the field; none
// stops judging. Linear in the number of indicators.
import type { Dataset, Problem, Project, SourceRef } from './types';
import { quoted } from './labels';
import { targetOf } from './judge/memo';
import { h1InFyUnit, directionOf } from './judge/model';
import { isBudgetExecutionName } from './judge/evaluate';
import { planH1Share } from './budget';

/** Money compares to the cent of a 万元 figure; a share differs when over one percentage point apart. */
const MONEY_EPS = 0.005;
const SHARE_POINTS = 1;
const r2 = (x: number) => String(Math.round(x * 100) / 100);

export function crossCheck(data: Dataset): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(data.projects.map((p) => [p.id, p]));
  // An indicator's finding names the indicator's own row (or JSON path), not its project's first one.
  const warn = (p: Project, code: string, message: string, field?: string, at: SourceRef | undefined = p.source) =>
    out.push({ severity: 'warning', code, projectId: p.id, message: `项目${quoted(p.name)}：${message}`,
      source: at ? { ...at, field } : undefined });

  for (const p of data.projects) {
    const total = p.funds.total;
    const lines = p.expenses.filter((e) => e.budgetFY !== null);
    if (total !== null && lines.length) {
      const sum = lines.reduce((s, e) => s + (e.budgetFY ?? 0), 0);
      if (Math.abs(sum - total) > MONEY_EPS)
        warn(p, 'expense-sum', `支出明细全年预算合计 ${r2(sum)} 万元，与资金总额 ${r2(total)} 万元不一致（相差 ${r2(total - sum)} 万元）`, '支出');
    }
    const sources = Object.entries(p.funds.sources).filter(([, v]) => v !== null);
    if (total !== null && sources.length) {
      const sum = sources.reduce((s, [, v]) => s + (v ?? 0), 0);
      if (Math.abs(sum - total) > MONEY_EPS)
        warn(p, 'sources-sum', `各资金来源合计 ${r2(sum)} 万元，与资金总额 ${r2(total)} 万元不一致`, '收入');
    }
    for (const e of p.expenses)
      if (e.planH1 !== null && e.budgetFY !== null && e.planH1 > e.budgetFY + MONEY_EPS)
        warn(p, 'line-plan-above-budget', `支出“${e.name}”半年计划执行数 ${r2(e.planH1)} 万元高于全年预算数 ${r2(e.budgetFY)} 万元`, '支出');
    if (p.year !== null && ((p.startYear !== null && p.startYear > p.year) || (p.endYear !== null && p.endYear < p.year)))
      warn(p, 'period', `项目期限 ${p.startYear ?? '?'}–${p.endYear ?? '?'} 年未覆盖本表年度 ${p.year} 年`, '开始时间/完成时间');
  }

  for (const ind of data.indicators) {
    const p = byId.get(ind.projectId);
    if (!p) continue;
    const h1 = targetOf(ind.targetH1);
    const fy = targetOf(ind.targetFY);
    const path = `${ind.level1}/${ind.level2}/${ind.level3}`;
    // An empty 半年 is a table with only year targets (domain.md §1, §3), not a target to read.
    if (h1.kind === 'unparsed' && ind.targetH1.trim() !== '') warn(p, 'unparsed-target', `指标“${path}”的半年指标值“${ind.targetH1}”无法解析：${h1.reason}`, '半年（程）指标值', ind.source);
    if (fy.kind === 'unparsed') warn(p, 'unparsed-target', `指标“${path}”的全年指标值“${ind.targetFY}”无法解析：${fy.reason}`, '全年（程）指标值', ind.source);
    const h1v = h1InFyUnit(h1, fy);
    if (h1v !== null && fy.kind === 'quantity' && directionOf(ind.level3, h1, fy) === 'positive' && h1v > fy.value)
      warn(p, 'h1-above-fy', `正向指标“${path}”的半年指标值 ${ind.targetH1} 高于全年指标值 ${ind.targetFY}`, '半年（程）指标值', ind.source);
    const share = planH1Share(p);
    if (share !== null && isBudgetExecutionName(ind.level3) && h1.kind === 'quantity' && h1.unitKind === 'percent'
      && Math.abs(share * 100 - h1.value) > SHARE_POINTS)
      warn(p, 'h1-share', `半年计划执行数占资金总额 ${r2(share * 100)}%，与半年${ind.level3}目标 ${ind.targetH1} 不一致`, '半年（程）计划执行数');
  }
  return out;
}
