// A provincial-scale dataset for the measurement scripts: N copies of the four seed projects with
// their illustrative actuals and spend (scripts/measure-scale.ts, scripts/measure-persist.ts).
import { readFileSync } from 'node:fs';
import { loadFiles } from '../src/io/load';
import type { Dataset } from '../src/domain/types';

/** N copies of the seed projects, each in its own 主管部门/实施单位 bucket. */
export function scaledDataset(n: number): Dataset {
  const read = (f: string) => ({ name: f, content: readFileSync(f) });
  const seed = loadFiles(['data/projects.json', 'data/sample-actuals.csv', 'data/sample-spend.csv'].map(read)).dataset;
  const out: Dataset = { projects: [], indicators: [], actuals: [], spend: [] };
  for (let k = 0; k < n; k++) {
    const src = seed.projects[k % seed.projects.length];
    const id = `${src.id}-${k}`;
    out.projects.push({ ...src, texts: undefined, id, name: `${src.name}（${k}）`, department: `部门${k % 40}`, unit: `单位${k % 300}` });
    for (const i of seed.indicators) if (i.projectId === src.id) out.indicators.push({ ...i, id: `${i.id}-${k}`, projectId: id });
    for (const a of seed.actuals) if (a.projectId === src.id) out.actuals.push({ ...a, indicatorId: `${a.indicatorId}-${k}`, projectId: id });
    for (const s of seed.spend) if (s.projectId === src.id) out.spend.push({ ...s, projectId: id });
  }
  return out;
}
