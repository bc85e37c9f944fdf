// Writes a realistic, deterministic province-sized data set for benchmarks and manual tests:
//   npm run gen -- --projects 10000 --out /tmp/prov [--seed 1]
// DIR/projects.csv, actuals.csv, spend.csv (the app's CSV formats), DIR/dataset.json (canonical JSON
// with the actuals and spend) and DIR/tables.txt (raw target tables). Same seed → same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFiles } from '../src/io/load';
import { toCanonicalJson, toCsv } from '../src/io/write';
import { actualsCsvRows, projectsCsvRows, spendCsvRows } from '../src/io/csv/rows';
import type { Dataset } from '../src/domain/types';
import { synthesize } from './gen/synthesize';
import { rawTableOf, seedTables } from './gen/rawTables';

export interface Generated { data: Dataset; files: Record<'projects' | 'actuals' | 'spend' | 'json' | 'tables', string> }

/** The data set and the text of each file (nothing written). */
export function generate(projects: number, seed = 1): Generated {
  const seedData = loadFiles([{ name: 'data/projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
  const { data, templates } = synthesize(seedData, projects, seed);
  const tables = seedTables(readFileSync('data/seed-tables.txt', 'utf8'));
  const names = new Map(seedData.projects.map((p) => [p.id, p.name]));
  const raw = data.projects.map((p, k) => rawTableOf(tables.get(names.get(templates[k]) ?? '') ?? '', p)).join('\n');
  return {
    data,
    files: {
      projects: toCsv(projectsCsvRows(data)), actuals: toCsv(actualsCsvRows(data)), spend: toCsv(spendCsvRows(data)),
      json: toCanonicalJson(data, { includeObservations: true }), tables: raw,
    },
  };
}

export const FILE_NAMES = { projects: 'projects.csv', actuals: 'actuals.csv', spend: 'spend.csv', json: 'dataset.json', tables: 'tables.txt' } as const;

export function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

function main() {
  const n = Number(arg('--projects'));
  const out = arg('--out');
  const seed = Number(arg('--seed', '1'));
  if (!Number.isInteger(n) || n < 1 || !out || !Number.isInteger(seed)) {
    console.error('用法：npm run gen -- --projects N --out 目录 [--seed S]');
    process.exit(2);
  }
  const { data, files } = generate(n, seed);
  mkdirSync(out, { recursive: true });
  for (const [k, name] of Object.entries(FILE_NAMES)) writeFileSync(resolve(out, name), files[k as keyof typeof FILE_NAMES]);
  const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
  console.log(`${out}：${data.projects.length} 个项目，${data.indicators.length} 个指标，${data.actuals.length} 条实际值，${data.spend.length} 条支出；CSV ${mb(files.projects + files.actuals + files.spend)} MB，JSON ${mb(files.json)} MB，原始表 ${mb(files.tables)} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
