// The Node half of the benchmark, on the generated files' bytes: papaparse alone (decode + parse,
// the baseline of ingest), the app's ingest (decode, parse, check every row, build the engine's
// columns), a plain pass over the indicators (the baseline of judging), the engine's first judgement
// and a re-judge at another date, the warnings at a date, the reference buildReport once for comparison,
// and importing the raw tables. Minimum of `runs`.
import Papa from 'papaparse';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { Engine } from '../../src/domain/engine';
import type { Generated } from '../gen';
import { minOf } from './timing';

export interface DomainFigures {
  projects: number; indicators: number; actuals: number; csvBytes: number;
  papaparseMs: number; ingestMs: number; ingestRatio: number;
  plainPassMs: number; engineBuildMs: number; judgeMs: number; rejudgeMs: number; rejudgeRatio: number; engineWarningsMs: number; referenceJudgeMs: number;
  tableImportMs: number; tableProjects: number;
}

/** Dates of re-judges: each new to the engine (nothing cached from an earlier pass). */
const REJUDGE_DATES = ['2024-09-30', '2024-07-31', '2024-10-31', '2024-08-31', '2024-11-30', '2024-05-31'];

export function domainBench(gen: Generated, runs: number): DomainFigures {
  const enc = new TextEncoder();
  const csv = (['projects', 'actuals', 'spend'] as const).map((k) => ({ name: `${k}.csv`, content: enc.encode(gen.files[k]) }));
  const csvBytes = csv.reduce((n, f) => n + f.content.length, 0);
  const settings = defaultSettings();
  const papaparse = minOf(runs, () => csv.map((f) => Papa.parse<string[]>(new TextDecoder().decode(f.content), { skipEmptyLines: false }).data.length));
  const ingest = minOf(runs, () => {
    const loaded = loadFiles(csv);
    return { loaded, engine: new Engine(loaded.dataset, settings) };
  });
  const data = ingest.value.loaded.dataset;
  const plain = minOf(runs, () => data.indicators.map((i) => ({ ...i })));
  const build = minOf(runs, () => new Engine(data, settings));
  const engine = build.value;
  const judge = minOf(1, () => engine.judge('2024-06-30'));
  let d = 0;
  const rejudge = minOf(Math.max(runs, 3), () => engine.judge(REJUDGE_DATES[d++ % REJUDGE_DATES.length]));
  // The warnings the app lists after each date switch (the data's cross-checks are computed once per data set, before).
  engine.warnings();
  let warningsMs = Infinity;
  for (let r = 0; r < Math.max(runs, 3); r++) {
    engine.judge(REJUDGE_DATES[d++ % REJUDGE_DATES.length]);
    warningsMs = Math.min(warningsMs, minOf(1, () => engine.warnings()).ms);
  }
  const reference = minOf(1, () => buildReport(data, '2024-09-30', settings));
  const tables = minOf(runs, () => loadFiles([{ name: 'tables.txt', content: enc.encode(gen.files.tables) }]));
  return {
    projects: data.projects.length, indicators: data.indicators.length, actuals: data.actuals.length, csvBytes,
    papaparseMs: papaparse.ms, ingestMs: ingest.ms, ingestRatio: Math.round((ingest.ms / papaparse.ms) * 100) / 100,
    plainPassMs: plain.ms, engineBuildMs: build.ms, judgeMs: judge.ms, rejudgeMs: rejudge.ms, rejudgeRatio: Math.round((rejudge.ms / Math.max(1, plain.ms)) * 100) / 100, engineWarningsMs: warningsMs,
    referenceJudgeMs: reference.ms, tableImportMs: tables.ms, tableProjects: tables.value.dataset.projects.length,
  };
}
