// The sample data shipped with the app (data/ at the repository root). Loaded lazily: each file is
// its own chunk, fetched only when the app opens on it, never part of the first-screen bundle.
import type { InputFile } from '../../io/load';

const loaders = import.meta.glob<string>('/data/*.{json,csv,txt}', { query: '?raw', import: 'default' });

/** What the app opens on: the seed projects, and 示例数据 actuals and spend. */
export const BUNDLED_FILES = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];
/** Raw target-table text offered as a paste sample on the data page. */
export const SAMPLE_TABLES = 'seed-tables.txt';

async function load(name: string): Promise<string | null> {
  const loader = loaders[`/data/${name}`];
  return loader ? loader() : null;
}

/** Starts downloading the sample's files (main.ts, at startup); bundledInputs then finds them loaded. */
export function prefetchBundled() {
  for (const name of BUNDLED_FILES) void loaders[`/data/${name}`]?.().catch(() => undefined);
}

export async function bundledInputs(): Promise<InputFile[]> {
  const contents = await Promise.all(BUNDLED_FILES.map(load));
  // As bytes, like a file the user opens: the data page then names their encoding (UTF-8), not 文本.
  const bytes = (text: string) => new TextEncoder().encode(text);
  return BUNDLED_FILES.flatMap((name, i) => (contents[i] == null ? [] : [{ name, content: bytes(contents[i]) }]));
}

export const sampleTablesText = () => load(SAMPLE_TABLES);
