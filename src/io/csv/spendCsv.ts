// Spend CSV → spend records. Columns: 项目名称 (or 项目编号), 支出项目, 日期, 累计执行数 (万元,
// cumulative to that date), optional 年度. A blank 支出项目 (or no such column) records the whole
// project; a named one must be one of the project's 支出 lines.
import { resolveExpense, type DatasetIndex } from '../../domain/resolve';
import type { Problem, Spend } from '../../domain/types';
import { parseDate, parseNumber } from '../values';
import { hasColumns, rowProblem, rowProject } from './observations';
import type { CsvTable } from './parse';

export function readSpendCsv(table: CsvTable, ix: DatasetIndex): { spend: Spend[]; problems: Problem[] } {
  const problems = [...table.problems];
  const spend: Spend[] = [];
  if (!hasColumns(table, ['project|projectId', 'date', 'amount'], '执行数表', problems)) return { spend, problems };

  for (const row of table.rows) {
    const v = row.values;
    const date = parseDate(v.date ?? '');
    if (!date.ok) {
      problems.push(rowProblem(table, row, 'date', 'bad-date', `${date.reason}，此行未导入`));
      continue;
    }
    const amount = parseNumber(v.amount ?? '');
    if (!amount.ok || amount.value === null) {
      const what = amount.ok ? '累计执行数为空' : amount.reason;
      problems.push(rowProblem(table, row, 'amount', amount.ok ? 'empty-value' : 'bad-number', `${what}，此行未导入`));
      continue;
    }
    const project = rowProject(ix, row, Number(date.value.slice(0, 4)));
    if (!project.ok) {
      problems.push(rowProblem(table, row, v.projectId ? 'projectId' : 'project', project.code, `${project.message}，此行未导入`));
      continue;
    }
    const expense = resolveExpense(project.value, v.expense ?? '');
    if (!expense.ok) {
      problems.push(rowProblem(table, row, 'expense', expense.code, `${expense.message}，此行未导入`, project.value.id));
      continue;
    }
    spend.push({ projectId: project.value.id, expense: expense.value, date: date.value, amount: amount.value, source: { file: table.file, row: row.line } });
  }
  return { spend, problems };
}
