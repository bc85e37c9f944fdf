// The CLI's JSON and CSV reports made as they are written: one indicator's judgement and row at a
// time (from the engine, domain/engine, or a Report), gathered into ~64 kB chunks that are made only
// when the writer asks for the next one (generators: ./output waits for a slow pipe between chunks).
// Neither the whole output nor every judgement is ever held at once, so 50,000 projects fit in
// memory and never reach V8's limit on one string. The bytes are those of JSON.stringify(…, null, 2)
// and io/write toCsv on the whole report.
import type { Dataset, Indicator, IsoDate, Problem } from '../domain/types';
import type { Engine } from '../domain/engine';
import type { Judgement } from '../domain/judge/types';
import type { ProjectSummary } from '../domain/report.types';
import type { RuleSetId } from '../domain/settings';
import { indicatorRow, type IndicatorRow } from '../domain/rows';
import { statusLabel } from '../domain/labels';
import { toCsv } from '../io/write';
import { terminalJson } from './escape';

/** What a report stream reads: judgements by index, built when asked. */
export interface ReportSource {
  asOf: IsoDate;
  ruleSet: RuleSetId;
  size: number;
  judgement(i: number): Judgement;
  indicator(i: number): Indicator;
  projectName(projectId: string): string | undefined;
  projects: number;
  summary(k: number): ProjectSummary;
  warnings(): Problem[];
}

export type Write = (chunk: string) => void;

/** Small pieces gathered into chunks of about `size` characters (the last one shorter). */
export function* chunked(pieces: Iterable<string>, size = 1 << 16): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const s of pieces) {
    parts.push(s);
    length += s.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  if (parts.length) yield parts.join('');
}

function rowOf(src: ReportSource, i: number): IndicatorRow {
  const j = src.judgement(i);
  return indicatorRow(j, src.indicator(i), src.projectName(j.projectId) ?? j.projectId);
}

const jsonIndicator = (r: IndicatorRow) => ({
  project: r.project, projectId: r.projectId, id: r.indicatorId, level1: r.level1, level2: r.level2, level3: r.level3,
  target: r.target, expected: r.judgement.expected, unit: r.judgement.unit,
  // A number in the target's unit; a qualitative actual (达成, 较高) as written, so that it never reads as missing.
  actual: r.judgement.actual ?? r.judgement.actualText,
  actualText: r.judgement.actualText, actualDate: r.judgement.actualDate, stale: r.judgement.stale ?? false,
  previous: r.judgement.previous ?? null, status: r.status,
  variance: { absolute: r.variance.absolute, relative: r.variance.relative, text: r.variance.text }, capShare: r.judgement.capShare ?? null, overAchieved: r.judgement.overAchieved,
  light: r.judgement.light ?? null, model: r.judgement.model, direction: r.judgement.direction,
  derivedFromSpend: r.judgement.derivedFromSpend ?? false, reason: r.reason || null, likelihood: r.likelihood || null,
  explain: r.explain,
});

const jsonProject = (p: ProjectSummary, name: string | undefined) => ({
  name: name ?? p.name, id: p.projectId, executionRate: p.budget.executionRate,
  rateSource: p.budget.rateSource, rateDate: p.budget.rateDate,
  timeProgress: p.budget.timeProgress, planH1Share: p.budget.planH1Share, targetRate: p.budget.targetRate,
  spent: p.budget.spent, total: p.budget.total, counts: p.counts, worst: p.worst, light: p.light ?? null,
});

/** `"key": [ … ]` at depth 1 of a 2-space JSON.stringify, each item given by `item`. */
function* jsonArray(key: string, count: number, item: (i: number) => unknown, last: boolean): Generator<string> {
  if (!count) return yield `  ${JSON.stringify(key)}: []${last ? '' : ','}\n`;
  yield `  ${JSON.stringify(key)}: [\n`;
  for (let i = 0; i < count; i++) yield `    ${terminalJson(JSON.stringify(item(i), null, 2)).replace(/\n/g, '\n    ')}${i < count - 1 ? ',' : ''}\n`;
  yield `  ]${last ? '' : ','}\n`;
}

function* jsonPieces(src: ReportSource): Generator<string> {
  yield `{\n  "asOf": ${terminalJson(JSON.stringify(src.asOf))},\n  "ruleSet": ${JSON.stringify(src.ruleSet)},\n`;
  yield* jsonArray('indicators', src.size, (i) => jsonIndicator(rowOf(src, i)), false);
  yield* jsonArray('projects', src.projects, (k) => { const p = src.summary(k); return jsonProject(p, src.projectName(p.projectId)); }, false);
  const warnings = src.warnings();
  yield* jsonArray('warnings', warnings.length, (k) => { const w = warnings[k]; return { severity: w.severity, code: w.code, message: w.message, file: w.source?.file ?? null, row: w.source?.row ?? null }; }, true);
  yield '}\n';
}

/** The JSON report in ~64 kB chunks, each made when asked for. */
export const jsonChunks = (src: ReportSource) => chunked(jsonPieces(src));

export function streamJson(src: ReportSource, write: Write): void {
  for (const chunk of jsonChunks(src)) write(chunk);
}

export const CSV_HEAD = ['项目名称', '一级指标', '二级指标', '三级指标', '适用目标', '应达值', '实际值', '日期', '状态', '偏差', '偏差原因', '完成可能性', '说明'];

function* csvPieces(src: ReportSource): Generator<string> {
  // toCsv of one row is BOM + the line + CRLF: the BOM once, then each line without it.
  yield toCsv([CSV_HEAD]);
  for (let i = 0; i < src.size; i++) {
    const r = rowOf(src, i);
    yield toCsv([[r.project, r.level1, r.level2, r.level3, r.target, r.expected, r.actual, r.judgement.actualDate ?? '', statusLabel[r.status], r.variance.text, r.reason, r.likelihood, r.explain]]).slice(1);
  }
}

/** The CSV report in ~64 kB chunks, each made when asked for. */
export const csvChunks = (src: ReportSource) => chunked(csvPieces(src));

export function streamCsv(src: ReportSource, write: Write): void {
  for (const chunk of csvChunks(src)) write(chunk);
}

/** The engine at its date as a stream's source: each judgement made when written, then dropped. */
export function engineSource(data: Dataset, engine: Engine, ruleSet: RuleSetId, warnings: Problem[]): ReportSource {
  const names = new Map(data.projects.map((p) => [p.id, p.name]));
  return {
    asOf: engine.asOf, ruleSet, size: engine.size, judgement: (i) => engine.judgement(i), indicator: (i) => data.indicators[i],
    projectName: (id) => names.get(id), projects: data.projects.length, summary: (k) => engine.summary(k), warnings: () => warnings,
  };
}
