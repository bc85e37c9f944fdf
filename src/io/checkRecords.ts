// Refuses or flags, record by record, actuals and spend that parse but cannot be right
// (domain/plausible): a date outside the project's year (0999, 9999 are refused earlier, by
// parseDate; 2023 in a 2024 table here), negative spend, spend far above the budget. Each finding
// names the file, the row (CSV) or JSON path, and the field; a refused record is not imported.
import { implausibleSpend, outsideProjectYear } from '../domain/plausible';
import type { DatasetIndex } from '../domain/resolve';
import type { Actual, Problem, SourceRef, Spend } from '../domain/types';
import { problem } from './problems';

/** A JSON record's source names its path (`actuals[3]`); a CSV one its row: the field is then the column. */
const at = (source: SourceRef | undefined, jsonKey: string, column: string): SourceRef => {
  const s = source ?? { file: '' };
  return { ...s, field: s.field !== undefined ? `${s.field}.${jsonKey}` : column };
};
const refusedWord = (source: SourceRef | undefined, label: string) => (source?.field !== undefined ? `此${label}` : '此行');

export function inProjectYear<T extends Actual | Spend>(records: T[], ix: DatasetIndex, found: Problem[], label: '实际值' | '执行数'): T[] {
  return records.filter((r) => isInProjectYear(r, ix, found, label));
}

/** One record of inProjectYear (loading checks each row as it is read). */
export function isInProjectYear(r: Actual | Spend, ix: DatasetIndex, found: Problem[], label: '实际值' | '执行数'): boolean {
  const project = ix.projectById.get(r.projectId);
  const outside = project ? outsideProjectYear(project, r.date) : null;
  if (!outside) return true;
  const what = `${outside}，${refusedWord(r.source, label)}未导入（每张目标表只记录本年度的${label}）`;
  found.push(problem('date-outside-year', what, at(r.source, 'date', '日期'), 'error', r.projectId));
  return false;
}

export function plausibleSpend(spend: Spend[], ix: DatasetIndex, found: Problem[]): Spend[] {
  return spend.filter((s) => isPlausibleSpend(s, ix, found));
}

/** One record of plausibleSpend. */
export function isPlausibleSpend(s: Spend, ix: DatasetIndex, found: Problem[]): boolean {
  const project = ix.projectById.get(s.projectId);
  const doubt = project ? implausibleSpend(project, s) : null;
  if (!doubt) return true;
  const refused = doubt.severity === 'error';
  const what = `${s.expense ? `支出项目“${s.expense}”` : '项目合计'}（${s.date}）${doubt.reason}${refused ? `，${refusedWord(s.source, '执行数')}未导入` : ''}`;
  found.push(problem('implausible-spend', what, at(s.source, 'amount', '累计执行数'), doubt.severity, s.projectId));
  return !refused;
}
