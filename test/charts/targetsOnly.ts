// The bundled target tables alone (data/seed-tables.txt: 4 projects, 99 indicators, no actual, no
// spend) judged at a date: the normal state at the start of a year, and the input every chart's
// empty state is tested on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Dataset } from '../../src/domain/types';

let cached: Dataset | null = null;
export function targetsOnly(asOf = '2024-06-30') {
  cached ??= loadFiles([{ name: 'seed-tables.txt', content: new Uint8Array(readFileSync(resolve('data', 'seed-tables.txt'))) }]).dataset;
  const data = cached;
  const report = buildReport(data, asOf, defaultSettings());
  return { data, report, indicatorsById: new Map(data.indicators.map((i) => [i.id, i])) };
}
