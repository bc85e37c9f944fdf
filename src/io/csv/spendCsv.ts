// Spend CSV → spend records. Columns: 项目名称 (or 项目编号), 支出项目, 日期, 累计执行数 (万元,
// cumulative to that date), optional 年度. A blank 支出项目 (or no such column) records the whole
// project; a named one must be one of the project's 支出 lines.
// Row by row (spendRows, as loading streams a file) or a whole table (readSpendCsv).
import { resolveExpense, type DatasetIndex } from '../../domain/resolve';
import type { Problem, Spend } from '../../domain/types';
import { parseDate, parseNumber } from '../values';
import type { RowReader } from './actualsCsv';
import { dateReader, hasColumns, rowProblem, rowProject } from './observations';
import type { CsvHeader, CsvRow, CsvTable } from './parse';

export function readSpendCsv(table: CsvTable, ix: DatasetIndex): { spend: Spend[]; problems: Problem[] } {
  const problems = [...table.problems];
  const spend: Spend[] = [];
  const reader = spendRows(table, ix, problems, (s) => spend.push(s));
  for (const row of table.rows) reader.row(row);
  reader.end();
  return { spend, problems };
}

const REQUIRED = ['project|projectId', 'date', 'amount'];

/** Reads rows of `table` (its header known by the first row), reporting into `problems` and handing each record read to `accept`. */
export function spendRows(table: CsvHeader, ix: DatasetIndex, problems: Problem[], accept: (s: Spend) => void): RowReader {
  let usable: boolean | undefined;
  const dateOf = dateReader();
  const columns = () => (usable ??= hasColumns(table, REQUIRED, '执行数表', problems));
  return {
    row: (row) => {
      if (columns()) readRow(table, ix, row, problems, accept, dateOf);
    },
    end: () => void columns(),
  };
}

function readRow(table: CsvHeader, ix: DatasetIndex, row: CsvRow, problems: Problem[], accept: (s: Spend) => void, dateOf: typeof parseDate) {
  const v = row.values;
  const date = dateOf(v.date ?? '');
  if (!date.ok) return void problems.push(rowProblem(table, row, 'date', 'bad-date', `${date.reason}，此行未导入`));
  const amount = parseNumber(v.amount ?? '');
  if (!amount.ok || amount.value === null) {
    const what = amount.ok ? '累计执行数为空' : amount.reason;
    return void problems.push(rowProblem(table, row, 'amount', amount.ok ? 'empty-value' : 'bad-number', `${what}，此行未导入`));
  }
  const project = rowProject(ix, row, Number(date.value.slice(0, 4)));
  if (!project.ok) return void problems.push(rowProblem(table, row, v.projectId ? 'projectId' : 'project', project.code, `${project.message}，此行未导入`));
  const expense = resolveExpense(project.value, v.expense ?? '');
  if (!expense.ok) return void problems.push(rowProblem(table, row, 'expense', expense.code, `${expense.message}，此行未导入`, project.value.id));
  accept({ projectId: project.value.id, expense: expense.value, date: date.value, amount: amount.value, source: { file: table.file, row: row.line } });
}
