// The app's bundled data (4 real 2024 projects, 99 indicators, 示例数据 actuals and spend) judged at a
// date, with the lookups the report store keeps: the inputs of the flagged and compare views.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import type { Dataset, Indicator, Project } from '../../src/domain/types';
import type { Judgement } from '../../src/domain/judge/types';

const read = (name: string) => ({ name, content: new Uint8Array(readFileSync(resolve(process.cwd(), 'data', name))) });

let cached: Dataset | null = null;
export function bundledDataset(): Dataset {
  cached ??= loadFiles([read('projects.json'), read('sample-actuals.csv'), read('sample-spend.csv')]).dataset;
  return cached;
}

export function bundledReport(asOf: string, data: Dataset = bundledDataset()) {
  const report = buildReport(data, asOf, defaultSettings());
  return {
    data,
    report,
    projects: new Map<string, Project>(data.projects.map((p) => [p.id, p])),
    indicators: new Map<string, Indicator>(data.indicators.map((i) => [i.id, i])),
    judgements: new Map<string, Judgement>(report.judgements.map((j) => [j.indicatorId, j])),
  };
}
