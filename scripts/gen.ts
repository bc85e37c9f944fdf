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
  const { data, files } = generateLazily(projects, seed);
  return { data, files: { projects: files.projects(), actuals: files.actuals(), spend: files.spend(), json: files.json(), tables: files.tables() } };
}

/** The data set and a maker of each file's text: main writes one file at a time (50,000 projects make 1 GB of text). */
function generateLazily(projects: number, seed: number): { data: Dataset; files: Record<keyof Generated['files'], () => string> } {
  const seedData = loadFiles([{ name: 'data/projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
  const { data, templates } = synthesize(seedData, projects, seed);
  const tables = seedTables(readFileSync('data/seed-tables.txt', 'utf8'));
  const names = new Map(seedData.projects.map((p) => [p.id, p.name]));
  return {
    data,
    files: {
      projects: () => toCsv(projectsCsvRows(data)), actuals: () => toCsv(actualsCsvRows(data)), spend: () => toCsv(spendCsvRows(data)),
      json: () => toCanonicalJson(data, { includeObservations: true }),
      tables: () => data.projects.map((p, k) => rawTableOf(tables.get(names.get(templates[k]) ?? '') ?? '', p)).join('\n'),
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
  const { data, files } = generateLazily(n, seed);
  mkdirSync(out, { recursive: true });
  const bytes: Partial<Record<keyof typeof FILE_NAMES, number>> = {};
  for (const [k, name] of Object.entries(FILE_NAMES) as [keyof typeof FILE_NAMES, string][]) {
    try {
      const text = files[k]();
      writeFileSync(resolve(out, name), text);
      bytes[k] = Buffer.byteLength(text);
    } catch (e) {
      // Past ~25,000 projects the canonical JSON is longer than a JavaScript string can be: the CSV files still are the data set.
      if (!(e instanceof RangeError)) throw e;
      console.error(`${name} 未生成：内容超出 JavaScript 字符串的长度上限（${e.message}）`);
    }
  }
  const mb = (...ks: (keyof typeof FILE_NAMES)[]) => (ks.reduce((n, k) => n + (bytes[k] ?? 0), 0) / 1e6).toFixed(1);
  console.log(`${out}：${data.projects.length} 个项目，${data.indicators.length} 个指标，${data.actuals.length} 条实际值，${data.spend.length} 条支出；CSV ${mb('projects', 'actuals', 'spend')} MB，JSON ${mb('json')} MB，原始表 ${mb('tables')} MB`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
