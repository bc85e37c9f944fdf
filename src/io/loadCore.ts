// Files → dataset. Each file is decoded (UTF-8 ± BOM, GB18030) and recognised by content, then
// project files (JSON, projects CSV, raw target tables) are applied first and actuals and spend
// second, so the order files are given in does not matter. Nothing here throws: bad content,
// and even a bug in a reader, becomes a Problem naming the file.
import { quoted } from '../domain/labels';
import { indexDataset, indicatorOf, resolveExpense, type DatasetIndex } from '../domain/resolve';
import type { Actual, Dataset, Problem, Spend } from '../domain/types';
import { readActualsCsv } from './csv/actualsCsv';
import { readableActuals } from './checkActuals';
import { inProjectYear, plausibleSpend } from './checkRecords';
import { readCsv } from './csv/parse';
import { readProjectsCsv } from './csv/projectsCsv';
import { readSpendCsv } from './csv/spendCsv';
import { binaryDocument } from './binaryKind';
import { decodeContent, decodeProblems } from './decode';
import { detectKindWith } from './detectCore';
import { readCanonicalJson, type JsonRead } from './json';
import type { AttachmentBytes } from './jsonRounds';
import { Merge } from './merge';
import { problem } from './problems';
import type { RawTableResult } from './rawTable';
import type { FileSummary, InputFile, LoadResult } from './types';

export type { FileKind, FileSummary, InputFile, LoadResult } from './types';

/** The raw-table importer, given by the caller: ./load passes the real one; the app loads it only when a file needs it. */
export interface RawTableReader {
  looksLike(text: string): boolean;
  read(text: string, fileName: string): RawTableResult;
}

/** For files known to hold no target-table text (see needsRawTables). */
export const NO_RAW_TABLES: RawTableReader = {
  looksLike: () => false,
  read: () => {
    throw new Error('raw-table reader not loaded');
  },
};

/** True when some file is not JSON or a known CSV: it may be target-table text, so the importer is needed. */
export function needsRawTables(files: InputFile[]): boolean {
  return files.some((f) => !binaryDocument(f.name, f.content) && detectKindWith(decodeContent(f.content).text, NO_RAW_TABLES.looksLike) === 'unknown');
}

interface Pending {
  summary: FileSummary;
  text: string;
  /** Actuals and spend read from a JSON file in phase 1, checked in phase 2. */
  actuals?: Actual[];
  spend?: Spend[];
  /** Rounds, forms, history, 佐证材料 and settings of a whole-state JSON. */
  monitoring?: Pick<JsonRead, 'rounds' | 'forms' | 'history' | 'attachments' | 'settings'>;
}

export function loadFilesWith(files: InputFile[], base: Dataset, rawTables: RawTableReader): LoadResult {
  const problems: Problem[] = [];
  const merge = new Merge(base, problems);
  const pending: Pending[] = [];

  for (const file of files) {
    const summary: FileSummary = { name: file.name, kind: 'unknown', encoding: 'text', projects: 0, indicators: 0, actuals: 0, spend: 0, errors: 0 };
    const item: Pending = { summary, text: '' };
    pending.push(item);
    guard(summary, problems, () => {
      const binary = binaryDocument(file.name, file.content);
      if (binary) return report(summary, problems, [problem('binary-file', binary, { file: file.name })]);
      const decoded = decodeContent(file.content);
      report(summary, problems, decodeProblems(decoded, file.name));
      Object.assign(summary, { encoding: decoded.encoding, kind: detectKindWith(decoded.text, rawTables.looksLike) });
      item.text = decoded.text;
      const found = readStructure(item, file.name, rawTables);
      if (!found) return;
      report(summary, problems, found.problems);
      merge.addProjects(file.name, found.projects, found.indicators);
      summary.projects = found.projects.length;
      summary.indicators = found.indicators.length;
    });
  }

  let attachments: AttachmentBytes[] = [];
  let settings: unknown;
  for (const { monitoring: m } of pending) {
    if (!m) continue;
    merge.addMonitoring(m.rounds, m.forms, m.history);
    attachments = [...attachments, ...m.attachments];
    if (m.settings !== undefined) settings = m.settings;
  }
  const structure = merge.structure();
  merge.flagDroppedIndicators();
  merge.flagOrphans(new Set(structure.indicators.map((i) => i.id)));
  // Indexing 300,000 indicators costs a few hundred ms: only when some file names actuals or spend.
  const observed = pending.filter((p) => p.summary.kind === 'actuals-csv' || p.summary.kind === 'spend-csv' || p.actuals?.length || p.spend?.length);
  const ix = observed.length ? indexDataset(structure) : null;
  for (const item of observed) {
    guard(item.summary, problems, () => readObservations(item, ix!, merge, problems));
  }
  const result: LoadResult = { dataset: merge.result(structure), problems, files: pending.map((p) => p.summary), projectChanges: merge.projectChanges() };
  if (attachments.length) result.attachments = attachments;
  if (settings !== undefined) result.settings = settings;
  return result;
}

function readStructure(item: Pending, name: string, rawTables: RawTableReader) {
  const { summary, text } = item;
  if (text.trim() === '') {
    return { projects: [], indicators: [], problems: [problem('empty-file', '文件为空', { file: name })] };
  }
  switch (summary.kind) {
    case 'projects-json': {
      const read = readCanonicalJson(text, name);
      item.actuals = read.actuals;
      item.spend = read.spend;
      item.monitoring = read;
      return read;
    }
    case 'projects-csv':
      return readProjectsCsv(readCsv(text, name));
    case 'raw-table': {
      // A 自评表's 实际完成值 are actuals, checked with the others in phase 2.
      const read = rawTables.read(text, name);
      item.actuals = read.actuals;
      return read;
    }
    case 'unknown': {
      const what = '无法识别文件内容：不是 JSON，不是带已知表头的 CSV（如 项目名称,三级指标,日期,实际值），也不像绩效目标表文本；文件未导入';
      return { projects: [], indicators: [], problems: [problem('unknown-file', what, { file: name, row: 1 })] };
    }
    default:
      return null;
  }
}

function readObservations(item: Pending, ix: DatasetIndex, merge: Merge, problems: Problem[]) {
  const { summary, text } = item;
  let actuals: Actual[] = item.actuals ?? [];
  let spend: Spend[] = item.spend ?? [];
  const found: Problem[] = [];
  if (summary.kind === 'actuals-csv' && text.trim()) ({ actuals } = collect(readActualsCsv(readCsv(text, summary.name), ix), found));
  if (summary.kind === 'spend-csv' && text.trim()) ({ spend } = collect(readSpendCsv(readCsv(text, summary.name), ix), found));
  if (summary.kind === 'projects-json') {
    actuals = actuals.filter((a) => checkJsonActual(a, ix, found));
    spend = spend.flatMap((s) => checkJsonSpend(s, ix, found));
  }
  actuals = readableActuals(inProjectYear(actuals, ix, found, '实际值'), ix, found);
  spend = plausibleSpend(inProjectYear(spend, ix, found, '执行数'), ix, found);
  // In file order: the reader's and the value check's findings interleave by row.
  found.sort((a, b) => (a.source?.row ?? 0) - (b.source?.row ?? 0));
  report(summary, problems, found);
  for (const a of actuals) merge.addActual(a);
  for (const s of spend) merge.addSpend(s);
  summary.actuals = actuals.length;
  summary.spend = spend.length;
}

function collect<T extends { problems: Problem[] }>(read: T, into: Problem[]): T {
  for (const p of read.problems) into.push(p);
  return read;
}

function checkJsonActual(a: Actual, ix: DatasetIndex, found: Problem[]): boolean {
  const source = a.source ?? { file: '' };
  const indicator = indicatorOf(ix, a.projectId, a.indicatorId);
  if (!ix.projectById.has(a.projectId)) found.push(problem('unknown-project', `没有编号为“${a.projectId}”的项目，此实际值未导入`, { ...source, field: `${source.field}.projectId` }));
  else if (!indicator) {
    found.push(problem('unknown-indicator', `项目${quoted(ix.projectById.get(a.projectId)?.name ?? a.projectId)}中没有编号为“${a.indicatorId}”的指标，此实际值未导入`, { ...source, field: `${source.field}.indicatorId` }, 'error', a.projectId));
  } else {
    // Written against the id as given; kept under the dataset's (scoped) id.
    if (indicator.id !== a.indicatorId) a.indicatorId = indicator.id;
    return true;
  }
  return false;
}

function checkJsonSpend(s: Spend, ix: DatasetIndex, found: Problem[]): Spend[] {
  const source = s.source ?? { file: '' };
  const project = ix.projectById.get(s.projectId);
  if (!project) {
    found.push(problem('unknown-project', `没有编号为“${s.projectId}”的项目，此执行数未导入`, { ...source, field: `${source.field}.projectId` }));
    return [];
  }
  const expense = resolveExpense(project, s.expense ?? '');
  if (expense.ok) return [{ ...s, expense: expense.value }];
  found.push(problem(expense.code, `${expense.message}，此执行数未导入`, { ...source, field: `${source.field}.expense` }, 'error', s.projectId));
  return [];
}

function report(summary: FileSummary, problems: Problem[], found: Problem[]) {
  for (const p of found) problems.push(p);
  summary.errors += found.filter((p) => p.severity === 'error').length;
}

/** A reader bug must not take the whole load down: it becomes an error on that file. */
function guard(summary: FileSummary, problems: Problem[], work: () => void) {
  try {
    work();
  } catch (e) {
    const what = `读取时发生内部错误（${e instanceof Error ? e.message : String(e)}），此文件可能未完整导入`;
    report(summary, problems, [problem('internal-error', what, { file: summary.name })]);
  }
}
