// indicator-monitor command line: the same domain and io code as the app, for automation.
//   import-table FILE                             canonical JSON of the raw target tables in FILE
//   report PATH… [--as-of YYYY-MM-DD]             judged indicators and projects (table | json | csv)
//   deck PATH… [--as-of YYYY-MM-DD] --out FILE.pptx the review-meeting deck, as the app's 下载 PPT
//   export-form PATH… (--round-end D [--round-name N] | --as-of D) [--template] --out F.xlsx  the 监控表 (./exportForm)
// Without --as-of, the date the app opens on (domain/report defaultReportDate).
// Exit codes: 0 ok, 1 data problems (printed to stderr; the valid part is still reported), 2 usage,
// 3 an internal error (a bug to report). Text from the data or the command line reaches the terminal
// with its control and bidi characters escaped (./escape). Output is written as fast as its reader
// takes it; a reader that closes early (`| head`) ends it quietly, the exit code still the data's (./output).
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSources, CliError, withSpreadsheets } from './files';
import { expandSpreadsheets } from '../io/xlsx/expand';
import { isWorkbook } from '../io/xlsx/excel';
import { isWordDocument } from '../io/tableFiles/docx';
import { exportForm, ExportFormUsage } from './exportForm';
import { decodeContent, decodeProblems } from '../io/decode';
import { detectKind } from '../io/detect';
import { parseDate } from '../io/values';
import { importRawTables, type RawTableResult } from '../io/rawTable';
import { loadSources, type LoadResult } from '../io/load';
import { writeDeck } from './deck';
import { hasSampleData } from '../present/sample';
import { toCanonicalJson } from '../io/write';
import { buildReport, defaultReportDate } from '../domain/report';
import { defaultSettings, type RuleSetId } from '../domain/settings';
import { toIso } from '../domain/calendar';
import type { Problem } from '../domain/types';
import { formatTable } from './format';
import { csvChunks, engineSource, jsonChunks } from './stream';
import { writeChunks } from './output';
import { Engine } from '../domain/engine';
import { terminalJson, terminalLines, terminalText } from './escape';

const USAGE = `用法：
  npm run cli -- import-table 文件.txt
  npm run cli -- report 路径… [--as-of YYYY-MM-DD] [--format table|json|csv] [--rules default|pmkpi] [--time-progress day|month]
  npm run cli -- deck 路径… [--as-of YYYY-MM-DD] --out 文件.pptx [--rules default|pmkpi]
  npm run cli -- export-form 路径… (--round-end YYYY-MM-DD [--round-name 名称] | --as-of YYYY-MM-DD) [--template] --out 文件.xlsx
路径可以是文件或文件夹；文件类型（项目 JSON/CSV、实际值 CSV、支出 CSV、目标表文本）按内容识别。
实际值、执行数和填好的监控表也可以是 Excel 工作簿（.xlsx），每个工作表分别读取。
省略 --as-of 时与网页打开时的截至日期相同：数据中最新的实际值或执行数日期；没有这类记录时为数据年度的
12月31日（该年度尚未结束时为今天）。`;

class UsageError extends Error {}

/** io messages already start with `<file> 第<n>行：`; domain ones name the project, so add where it was. One line, escaped. */
function describe(p: Problem): string {
  const located = !p.source?.file || p.message.startsWith(p.source.file);
  const where = located ? '' : `${p.source!.file}${p.source!.row ? ` 第${p.source!.row}行` : ''}：`;
  return terminalText(`${p.severity === 'error' ? '错误' : '提示'}：${where}${p.message}`);
}

/** An .xlsx or .docx holding target tables: each sheet's (or the document's) text, imported one after another. */
async function importTableFile(name: string, bytes: Uint8Array): Promise<number> {
  const { files, problems: opened } = await expandSpreadsheets([{ name, content: bytes }]);
  const all = { projects: [] as RawTableResult['projects'], indicators: [] as RawTableResult['indicators'], actuals: [] as RawTableResult['actuals'], problems: [...opened] };
  for (const f of files) {
    const text = typeof f.content === 'string' ? f.content : '';
    if (detectKind(text) !== 'raw-table') continue;
    const r = importRawTables(text, f.name);
    all.projects.push(...r.projects);
    all.indicators.push(...r.indicators);
    all.actuals.push(...r.actuals);
    all.problems.push(...r.problems);
  }
  await writeChunks([terminalJson(toCanonicalJson({ projects: all.projects, indicators: all.indicators, actuals: all.actuals, spend: [] }, { includeObservations: all.actuals.length > 0 }))]);
  for (const p of all.problems) process.stderr.write(describe(p) + '\n');
  if (!all.projects.length) process.stderr.write(terminalText(`错误：${name} 中没有找到项目预算绩效目标表`) + '\n');
  return all.problems.some((p) => p.severity === 'error') || !all.projects.length ? 1 : 0;
}

async function importTable(args: string[]): Promise<number> {
  if (args.length !== 1) throw new UsageError('import-table 需要且只需要一个文件');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(args[0]));
  } catch {
    throw new CliError(`找不到或无法读取文件：${args[0]}`);
  }
  if (isWorkbook(args[0], bytes) || isWordDocument(args[0], bytes)) return importTableFile(args[0], bytes);
  const decoded = decodeContent(bytes);
  const text = decoded.text;
  const kind = detectKind(text);
  if (kind !== 'raw-table' && kind !== 'unknown') {
    throw new CliError(`${args[0]} 是${KIND_NAMES[kind]}，不是绩效目标表文本；import-table 只读取目标表，请用 report 或 deck 载入它`);
  }
  const { projects, indicators, actuals, problems } = importRawTables(text, args[0]);
  problems.unshift(...decodeProblems(decoded, args[0]));
  await writeChunks([terminalJson(toCanonicalJson({ projects, indicators, actuals, spend: [] }, { includeObservations: actuals.length > 0 }))]);
  for (const p of problems) process.stderr.write(describe(p) + '\n');
  if (!projects.length) process.stderr.write(terminalText(`错误：${args[0]} 中没有找到项目预算绩效目标表`) + '\n');
  return problems.some((p) => p.severity === 'error') || !projects.length ? 1 : 0;
}

const KIND_NAMES: Record<string, string> = {
  'projects-json': '项目 JSON 文件', 'projects-csv': '项目与指标 CSV', 'actuals-csv': '实际值 CSV', 'spend-csv': '执行数 CSV',
};

/** node:util parseArgs speaks English: say the same in Chinese. */
function argsError(e: NodeJS.ErrnoException): string {
  const option = /'(--?[\w-]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `未知的选项“${option}”`;
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return `选项“${option}”缺少取值`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数：${e.message}`;
  return e.message;
}

/** The local calendar date, as the app's header reads it. */
const today = (d = new Date()) => toIso({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

const judgeOptions = {
  'as-of': { type: 'string' }, rules: { type: 'string', default: 'default' }, 'time-progress': { type: 'string' },
} as const;

/** Loads PATHs and decides the date and settings: shared by report and deck. Load problems go to stderr. */
function loadForReport(command: string, values: { 'as-of'?: string; rules?: string; 'time-progress'?: string }, positionals: string[]) {
  if (!positionals.length) throw new UsageError(`${command} 需要至少一个文件或文件夹`);
  if (!['default', 'pmkpi'].includes(values.rules!)) throw new UsageError(`未知的 --rules “${values.rules}”，可选 default、pmkpi`);
  const settings = defaultSettings(values.rules as RuleSetId);
  const tp = values['time-progress'];
  if (tp !== undefined) {
    if (tp !== 'day' && tp !== 'month') throw new UsageError(`未知的 --time-progress “${tp}”，可选 day、month`);
    settings.timeProgress = tp;
  }
  const loaded = loadSources(readSources(positionals));
  for (const p of loaded.problems) process.stderr.write(describe(p) + '\n');
  // Without --as-of: the date the app opens on (domain/report defaultReportDate).
  // Any date form the data files accept (2024/6/30, 2024年6月30日) is accepted here too.
  const given = values['as-of'] === undefined ? null : parseDate(values['as-of']);
  if (given && !given.ok) throw new UsageError(`--as-of “${values['as-of']}”不是有效日期，应为 YYYY-MM-DD，例如 2024-06-30`);
  const asOf = given?.ok ? given.value : defaultReportDate(loaded.dataset, today());
  if (!loaded.dataset.projects.length) throw new CliError(`在 ${positionals.join('、')} 中没有找到任何项目`);
  return { loaded, asOf, settings };
}

/** Loads PATHs and judges them into a whole Report (the table and the deck). */
function loadAndJudge(command: string, values: { 'as-of'?: string; rules?: string; 'time-progress'?: string }, positionals: string[]) {
  const { loaded, asOf, settings } = loadForReport(command, values, positionals);
  return { loaded, report: buildReport(loaded.dataset, asOf, settings) };
}

/** Prints judging errors, then what was left out and what was counted; returns the exit code. */
function finish(loaded: LoadResult, warnings: Problem[]): number {
  const judged = warnings.filter((w) => w.severity === 'error');
  for (const p of judged) process.stderr.write(describe(p) + '\n');
  const bad = loaded.problems.filter((p) => p.severity === 'error').length + judged.length;
  if (bad) process.stderr.write(errorSummary(loaded, judged, bad));
  return bad ? 1 : 0;
}

/**
 * Each error above says what it left out (a row, a column, a file); everything else was counted.
 * Judging errors are actuals that were loaded but could not be judged: not counted either.
 */
function errorSummary(loaded: LoadResult, judged: Problem[], bad: number): string {
  const unjudged = judged.filter((p) => p.code === 'actual-unreadable');
  const judgedIn = (file: string) => judged.filter((p) => p.source?.file === file).length;
  const unjudgedIn = (file: string) => unjudged.filter((p) => p.source?.file === file).length;
  const { projects, indicators, actuals, spend } = loaded.dataset;
  const counted = countsText([projects.length, indicators.length, actuals.length - unjudged.length, spend.length]);
  const lines = [`共 ${bad} 个错误：上面指出的行、列或文件未计入报告，其余数据已计入（${counted || '无'}），请修正后重试。`];
  for (const f of loaded.files) {
    const errors = f.errors + judgedIn(f.name);
    if (!errors) continue;
    const own = countsText([f.projects, f.indicators, f.actuals - unjudgedIn(f.name), f.spend]);
    lines.push(`  ${f.name}：${errors} 个错误；${own ? `已计入${own}` : '未计入任何数据'}`);
  }
  return terminalLines(lines.join('\n')) + '\n';
}

const COUNTED = ['项目 {} 个', '指标 {} 条', '实际值 {} 条', '执行数 {} 条'];
/** [projects, indicators, actuals, spend] → `项目 4 个、实际值 1 条` (the non-zero ones). */
const countsText = (counts: number[]) =>
  counts.flatMap((n, i) => (n > 0 ? [COUNTED[i].replace('{}', String(n))] : [])).join('、');

async function report(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...judgeOptions, format: { type: 'string', default: 'table' } } });
  const format = values.format!;
  if (!['table', 'json', 'csv'].includes(format)) throw new UsageError(`未知的 --format “${format}”，可选 table、json、csv`);
  if (format === 'table') {
    const { loaded, report: r } = loadAndJudge('report', values, positionals);
    await writeChunks([formatTable(loaded.dataset, r)]);
    return finish(loaded, r.warnings);
  }
  // JSON and CSV stream from the columnar engine: one judgement at a time, any number of projects
  // (./stream), made only as fast as stdout takes them (./output). A reader that left early
  // (`| head`) gets no more; the problems still go to stderr and decide the exit code.
  const { loaded, asOf, settings } = loadForReport('report', values, positionals);
  const engine = new Engine(loaded.dataset, settings).judge(asOf);
  const warnings = engine.warnings();
  const source = engineSource(loaded.dataset, engine, settings.ruleSet, warnings);
  await writeChunks(format === 'json' ? jsonChunks(source) : csvChunks(source));
  return finish(loaded, warnings);
}

async function deck(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...judgeOptions, out: { type: 'string' } } });
  if (!values.out) throw new UsageError('deck 需要 --out 文件.pptx');
  const { loaded, report: r } = loadAndJudge('deck', values, positionals);
  // The bundled sample's actuals and spend are invented: the deck says so on every slide, and so does this.
  const sample = hasSampleData(loaded.dataset);
  if (sample) process.stderr.write('提示：数据含内置示例数据（备注为“示例数据”或来自 sample-*.csv 的实际值与执行数为虚构），演示文稿的封面和每页页脚已标注“示例数据”\n');
  const bytes = await writeDeck(loaded.dataset, r, sample);
  try {
    writeFileSync(values.out, bytes);
  } catch (e) {
    throw new CliError(`无法写入 ${values.out}：${(e as Error).message}`);
  }
  process.stderr.write(terminalText(`已生成 ${values.out}（${(bytes.length / 1024).toFixed(0)} KB）`) + '\n');
  return finish(loaded, r.warnings);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'import-table') return await importTable(rest);
    const printProblem = (p: Problem) => process.stderr.write(describe(p) + '\n');
    if (command === 'report') return await withSpreadsheets(rest, report, printProblem);
    if (command === 'deck') return await withSpreadsheets(rest, deck, printProblem);
    if (command === 'export-form') return await exportForm(rest, describe).catch((e) => Promise.reject(e instanceof ExportFormUsage ? new UsageError(e.message) : e));
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      await writeChunks([USAGE + '\n']);
      return command ? 0 : 2;
    }
    throw new UsageError(`未知命令“${command}”`);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`错误：${terminalText(e.message)}\n`);
      return 1;
    }
    if (e instanceof UsageError || /ERR_PARSE_ARGS/.test(String((e as NodeJS.ErrnoException).code))) {
      const message = e instanceof UsageError ? e.message : argsError(e as NodeJS.ErrnoException);
      process.stderr.write(`${terminalText(message)}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`内部错误（请报告此问题）：${terminalLines(String((e as Error).stack ?? e))}\n`);
    return 3;
  }
}

/**
 * V8 lets the heap grow to up to 4 × the data it holds between full collections when a program
 * allocates fast, as loading does (every row of a province's files is an array, a record and its
 * strings): a report over 10,000 projects holding ~250 MB peaked at 1.2–1.3 GB, most of it garbage
 * and file bytes not yet collected. 1.5 × keeps the peak near 750 MB at any size (it is a ratio to
 * the live data, not a cap: 50,000 projects grow as they need), for more frequent, shorter collections.
 */
const HEAP_GROWING_PERCENT = 50;

const invokedDirectly = process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invokedDirectly) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
