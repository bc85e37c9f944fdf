// Actuals CSV → actuals. Columns: 项目名称 (or 项目编号), 三级指标 (or 指标编号), 日期, 实际值,
// optional 一级指标 / 二级指标 (needed only when the 三级 name repeats in the project), 年度,
// 偏差原因, 完成可能性 (确定能 / 有可能 / 完全不可能), 备注, and the monitoring form's 全年预计完成值,
// 偏差原因类别, 纠偏措施. The value is kept as written (`83.5`,
// `150分钟`, `达成`): judging it against the target is the evaluator's job.
// Row by row (actualRows, as loading streams a file) or a whole table (readActualsCsv).
import { likelihoodValues } from '../../domain/labels';
import { REASON_CATEGORIES } from '../../domain/round/fields';
import { resolveIndicator, type DatasetIndex, type Resolved } from '../../domain/resolve';
import type { Actual, Indicator, Problem, Project } from '../../domain/types';
import { problem } from '../problems';
import { parseDate } from '../values';
import { dateReader, fieldName, hasColumns, rowProblem, rowProject } from './observations';
import { ownText } from './ownText';
import type { CsvHeader, CsvRow, CsvTable } from './parse';

export interface RowReader {
  row(row: CsvRow): void;
  /** After the last row: a file with no data rows still has its columns checked. */
  end(): void;
}

export function readActualsCsv(table: CsvTable, ix: DatasetIndex): { actuals: Actual[]; problems: Problem[] } {
  const problems = [...table.problems];
  const actuals: Actual[] = [];
  const reader = actualRows(table, ix, problems, (a) => actuals.push(a));
  for (const row of table.rows) reader.row(row);
  reader.end();
  return { actuals, problems };
}

const REQUIRED = ['project|projectId', 'level3|indicatorId', 'date', 'value'];

/** Reads rows of `table` (its header known by the first row), reporting into `problems` and handing each actual read to `accept`. */
export function actualRows(table: CsvHeader, ix: DatasetIndex, problems: Problem[], accept: (a: Actual) => void): RowReader {
  let usable: boolean | undefined;
  const dateOf = dateReader();
  const last: LastIds = { projectId: '', indicatorId: '', project: null, indicator: null };
  const columns = () => (usable ??= hasColumns(table, REQUIRED, '实际值表', problems));
  return {
    row: (row) => {
      if (columns()) readRow(table, ix, row, problems, accept, dateOf, last);
    },
    end: () => void columns(),
  };
}

/**
 * The last row's 项目编号 and 指标编号 as written and what they resolved to: a file lists an
 * indicator's dates one after another, and by ids (nothing else read) the next row resolves alike.
 */
interface LastIds { projectId: string; indicatorId: string; project: Project | null; indicator: Indicator | null }

type Found = { project: Resolved<Project> & { ok: false } } | { project: Resolved<Project> & { ok: true }; indicator: Resolved<Indicator> };

/** The row's project and indicator (looked for once the project is found), the last row's when it names the same ids. */
function resolved(ix: DatasetIndex, row: CsvRow, dateYear: number, last: LastIds): Found {
  const { projectId, indicatorId } = row.values;
  if (projectId && indicatorId && projectId === last.projectId && indicatorId === last.indicatorId && last.project && last.indicator) {
    return { project: { ok: true, value: last.project }, indicator: { ok: true, value: last.indicator } };
  }
  const project = rowProject(ix, row, dateYear);
  if (!project.ok) return { project };
  const v = row.values;
  const indicator = resolveIndicator(ix, project.value, { id: indicatorId || undefined, level1: v.level1, level2: v.level2, level3: v.level3 });
  if (indicator.ok && projectId && indicatorId) Object.assign(last, { projectId, indicatorId, project: project.value, indicator: indicator.value });
  return { project, indicator };
}

function readRow(table: CsvHeader, ix: DatasetIndex, row: CsvRow, problems: Problem[], accept: (a: Actual) => void, dateOf: typeof parseDate, last: LastIds) {
  // Each cell read once: a row's cells are read through getters (./rowValues).
  const { date: dateText, value, reason, likelihood, note, forecast, measures, reasonCategory } = row.values;
  const date = dateOf(dateText ?? '');
  if (!date.ok) return void problems.push(rowProblem(table, row, 'date', 'bad-date', `${date.reason}，此行未导入`));
  const found = resolved(ix, row, Number(date.value.slice(0, 4)), last);
  if (!('indicator' in found)) {
    const { project } = found;
    return void problems.push(rowProblem(table, row, row.values.projectId ? 'projectId' : 'project', project.code, `${project.message}，此行未导入`));
  }
  const pid = found.project.value.id;
  const { indicator } = found;
  if (!indicator.ok) return void problems.push(rowProblem(table, row, row.values.indicatorId ? 'indicatorId' : 'level3', indicator.code, `${indicator.message}，此行未导入`, pid));
  if (!value) return void problems.push(rowProblem(table, row, 'value', 'empty-value', '实际值为空，此行未导入', pid));
  const actual: Actual = { projectId: pid, indicatorId: indicator.value.id, date: date.value, value: ownText(value), source: { file: table.file, row: row.line } };
  if (reason) actual.reason = ownText(reason);
  if (likelihood) {
    actual.likelihood = ownText(likelihood);
    if (!likelihoodValues.includes(likelihood)) {
      const what = `完成可能性“${likelihood}”不是 ${likelihoodValues.join(' / ')} 之一（已照原文保存）`;
      problems.push(problem('unknown-likelihood', what, { file: table.file, row: row.line, field: fieldName(table, 'likelihood') }, 'warning', pid));
    }
  }
  if (note) actual.note = ownText(note);
  if (forecast) actual.forecast = ownText(forecast);
  if (measures) actual.measures = ownText(measures);
  if (reasonCategory) actual.reasonCategory = ownText(reasonCategory);
  if (reasonCategory && !(REASON_CATEGORIES as readonly string[]).includes(reasonCategory)) {
    const what = `偏差原因类别“${reasonCategory}”不是 ${REASON_CATEGORIES.join(' / ')} 之一（已照原文保存）`;
    problems.push(problem('unknown-reason-category', what, { file: table.file, row: row.line, field: fieldName(table, 'reasonCategory') }, 'warning', pid));
  }
  accept(actual);
}
