// Files → dataset. Each file is decoded (UTF-8 ± BOM, GB18030) and recognised by content, then
// project files (JSON, projects CSV, raw target tables) are applied first and actuals and spend
// second, so the order files are given in does not matter. Nothing here throws: bad content,
// and even a bug in a reader, becomes a Problem naming the file.
// Memory: no file's text outlives its reading. A CSV is read row by row, each row checked and kept
// as a record of the dataset at once; an actuals or spend file is decoded again in the second phase
// rather than held (loadSourcesWith reads its bytes again: the CLI does not hold them either). A
// large plain UTF-8 CSV is decoded in pieces of whole rows, never as one text (./csv/pieces).
import { quoted } from '../domain/labels';
import { indexDataset, indicatorOf, resolveExpense, type DatasetIndex } from '../domain/resolve';
import type { Actual, Dataset, Problem, Spend } from '../domain/types';
import { actualRows, type RowReader } from './csv/actualsCsv';
import { ReadableActuals, readableActuals } from './checkActuals';
import { inProjectYear, isInProjectYear, isPlausibleSpend, plausibleSpend } from './checkRecords';
import { streamCsv, type CsvPieces } from './csv/parse';
import { utf8Pieces } from './csv/pieces';
import { projectRows } from './csv/projectsCsv';
import { spendRows } from './csv/spendCsv';
import { binaryDocument } from './binaryKind';
import { decodeContent, decodeProblems, utf8Stream, type Decoded } from './decode';
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

/** A file whose bytes are read when needed, possibly twice (./loadSourcesWith). */
export interface InputSource {
  name: string;
  read(): Uint8Array | string;
}

interface Pending {
  summary: FileSummary;
  source: InputSource;
  /** Phase 1 decoded it as UTF-8 throughout (no line of another encoding): phase 2 may cut it in pieces. */
  utf8?: boolean;
  /** Actuals and spend read from a JSON file in phase 1, checked in phase 2. */
  actuals?: Actual[];
  spend?: Spend[];
  /** Rounds, forms, history, 佐证材料 and settings of a whole-state JSON. */
  monitoring?: Pick<JsonRead, 'rounds' | 'forms' | 'history' | 'attachments' | 'settings'>;
  /**
   * An actuals or spend file streamed in phase 2 is decoded only then: its decoding problems (a
   * line in another encoding) are put where phase 1 says a file's, at this index of the problems.
   */
  decodeSlot?: number;
  decodeFound?: Problem[];
}

export function loadFilesWith(files: InputFile[], base: Dataset, rawTables: RawTableReader): LoadResult {
  return loadSourcesWith(files.map((f) => ({ name: f.name, read: () => f.content })), base, rawTables);
}

/** loadFilesWith for files read on demand: the CLI reads each file when it is loaded, and an actuals or spend file again in phase 2. */
export function loadSourcesWith(sources: InputSource[], base: Dataset, rawTables: RawTableReader): LoadResult {
  const problems: Problem[] = [];
  const merge = new Merge(base, problems);
  const pending: Pending[] = [];

  for (const source of sources) {
    const summary: FileSummary = { name: source.name, kind: 'unknown', encoding: 'text', projects: 0, indicators: 0, actuals: 0, spend: 0, errors: 0 };
    const item: Pending = { summary, source };
    pending.push(item);
    const addStructure = (found: ReturnType<typeof readStructure>) => {
      if (!found) return;
      report(summary, problems, found.problems);
      merge.addProjects(source.name, found.projects, found.indicators);
      summary.projects = found.projects.length;
      summary.indicators = found.indicators.length;
    };
    guard(summary, problems, () => {
      const content = source.read();
      if (plainCsv(item, content, rawTables)) {
        // A large projects CSV is read now, in pieces (never its whole text); actuals and spend in phase 2.
        if (summary.kind === 'projects-csv') addStructure(streamProjects(csvInput(content, true, wholeDecoded(summary, problems)), source.name));
        else item.decodeSlot = problems.length;
        return;
      }
      const decoded = binaryDocument(source.name, content) ?? decodeContent(content);
      if (typeof decoded === 'string') return report(summary, problems, [problem('binary-file', decoded, { file: source.name })]);
      report(summary, problems, decodeProblems(decoded, source.name));
      item.utf8 = (decoded.encoding === 'utf-8' || decoded.encoding === 'utf-8-bom') && !decoded.mixed && !decoded.invalidLines;
      Object.assign(summary, { encoding: decoded.encoding, kind: detectKindWith(decoded.text, rawTables.looksLike) });
      addStructure(readStructure(item, decoded.text, source.name, rawTables));
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
  // Last slot first: each insertion leaves the earlier slots' indexes as they were.
  for (const item of [...pending].reverse()) if (item.decodeFound?.length) problems.splice(item.decodeSlot!, 0, ...item.decodeFound);
  const result: LoadResult = { dataset: merge.result(structure), problems, files: pending.map((p) => p.summary), projectChanges: merge.projectChanges() };
  if (attachments.length) result.attachments = attachments;
  if (settings !== undefined) result.settings = settings;
  return result;
}

/**
 * A CSV file's text for streamCsv: a UTF-8 file (by phase 1) as pieces of 64 kB (./csv/pieces), so
 * that its whole text is never held; any other, whole. When the pieces cannot be read (a quote
 * papaparse reads its own way, bytes that are not UTF-8) the file is decoded whole after all, and
 * `decoded` hears of it: the encoding found and its problems are the file's (see plainCsv).
 */
function csvInput(content: Uint8Array | string, utf8: boolean, decoded?: (d: Decoded) => void): string | CsvPieces {
  const cut = typeof content !== 'string' && utf8 && content.length > PIECE ? utf8Pieces(content, PIECE) : null;
  if (!cut) return decodeContent(content).text;
  return {
    ...cut,
    whole: () => {
      const d = decodeContent(content);
      decoded?.(d);
      return d.text;
    },
  };
}

/** A streamed file decoded whole after all: its encoding, and its decoding problems (mixed or invalid lines) reported into `problems`. */
function wholeDecoded(summary: FileSummary, problems: Problem[]) {
  return (d: Decoded) => {
    summary.encoding = d.encoding;
    report(summary, problems, decodeProblems(d, summary.name));
  };
}

// Small enough that each piece's text dies young (a few MB would go to V8's old space as garbage).
const PIECE = 1 << 16;

/**
 * A large CSV file in UTF-8, recognised by its first 64 kB: its kind and encoding set, its text
 * never made whole (decoding 100 MB into one string costs several times its decoding in pieces).
 * The rest is checked as it is decoded, piece by piece: a later line in another encoding sends the
 * file to the whole decode (csvInput). A projects file only when its header decides (a header that
 * does not is tested against the whole text, for a raw table: ./detectCore).
 */
function plainCsv(item: Pending, content: Uint8Array | string, rawTables: RawTableReader): boolean {
  if (typeof content === 'string' || content.length <= PIECE || binaryDocument(item.source.name, content)) return false;
  const end = content.lastIndexOf(0x0a, PIECE);
  const head = decodeContent(content.subarray(0, end > 0 ? end : PIECE));
  if (head.mixed || head.invalidLines || (head.encoding !== 'utf-8' && head.encoding !== 'utf-8-bom')) return false;
  const kind = detectKindWith(head.text, rawTables.looksLike);
  if (kind !== 'actuals-csv' && kind !== 'spend-csv' && !(kind === 'projects-csv' && detectKindWith(head.text, () => true) === kind)) return false;
  const encoding = utf8Stream(content);
  if (!encoding) return false;
  Object.assign(item.summary, { kind, encoding });
  item.utf8 = true;
  return true;
}

function streamProjects(input: string | CsvPieces, name: string) {
  let reader!: ReturnType<typeof projectRows>;
  streamCsv(input, name, (header) => {
    reader = projectRows(header);
    return (row) => reader.row(row);
  });
  return reader.result();
}

function readStructure(item: Pending, text: string, name: string, rawTables: RawTableReader) {
  const { summary } = item;
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
      return streamProjects(text, name);
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
  const { summary } = item;
  let actuals: Actual[] = item.actuals ?? [];
  let spend: Spend[] = item.spend ?? [];
  const found: Problem[] = [];
  if (summary.kind === 'actuals-csv' || summary.kind === 'spend-csv') {
    // Read again and streamed: each row read, resolved and checked, then dropped (see the file comment).
    const input = csvInput(item.source.read(), item.utf8 === true, wholeDecoded(summary, (item.decodeFound = [])));
    if (typeof input !== 'string' || input.trim()) ({ actuals, spend } = streamObservations(summary.kind, input, summary.name, ix, found));
  }
  if (summary.kind === 'projects-json') {
    actuals = actuals.filter((a) => checkJsonActual(a, ix, found));
    spend = spend.flatMap((s) => checkJsonSpend(s, ix, found));
  }
  if (summary.kind !== 'actuals-csv' && summary.kind !== 'spend-csv') {
    actuals = readableActuals(inProjectYear(actuals, ix, found, '实际值'), ix, found);
    spend = plausibleSpend(inProjectYear(spend, ix, found, '执行数'), ix, found);
  }
  // In file order: the reader's and the value check's findings interleave by row.
  found.sort((a, b) => (a.source?.row ?? 0) - (b.source?.row ?? 0));
  report(summary, problems, found);
  for (const a of actuals) merge.addActual(a);
  for (const s of spend) merge.addSpend(s);
  summary.actuals = actuals.length;
  summary.spend = spend.length;
}

/**
 * An actuals or spend CSV, row by row: read, then the same checks as for a JSON file's records
 * (in the project's year; readable against the target / plausible spend), in that order per row.
 * The CSV's own problems (header, quotes) come first, as readActualsCsv/readSpendCsv give them.
 */
function streamObservations(kind: 'actuals-csv' | 'spend-csv', text: string | CsvPieces, file: string, ix: DatasetIndex, found: Problem[]) {
  const actuals: Actual[] = [];
  const spend: Spend[] = [];
  const rowProblems: Problem[] = [];
  let reader!: RowReader;
  const header = streamCsv(text, file, (table) => {
    // Called again when the file is re-read leniently: start afresh.
    actuals.length = spend.length = rowProblems.length = 0;
    if (kind === 'actuals-csv') {
      const readable = new ReadableActuals(ix, rowProblems);
      reader = actualRows(table, ix, rowProblems, (a) => {
        if (isInProjectYear(a, ix, rowProblems, '实际值') && readable.readable(a)) actuals.push(a);
      });
    } else {
      reader = spendRows(table, ix, rowProblems, (s) => {
        if (isInProjectYear(s, ix, rowProblems, '执行数') && isPlausibleSpend(s, ix, rowProblems)) spend.push(s);
      });
    }
    return reader.row;
  });
  reader.end();
  for (const p of header.problems) found.push(p);
  for (const p of rowProblems) found.push(p);
  return { actuals, spend };
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
