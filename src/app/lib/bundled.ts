// The sample data shipped with the app (data/ at the repository root). Loaded lazily: each file is
// its own chunk, fetched only when the app opens on it, never part of the first-screen bundle.
// `bundledSample()` is the sample already loaded at build time (vite.config.ts bundledSample), for
// an app with no data yet; `bundledInputs()` the files, to load into data that is not empty.
import type { InputFile, LoadResult } from '../../io/load';
import { BUNDLED_FILES, SAMPLE_TABLES } from './bundledFiles';

export { BUNDLED_FILES, SAMPLE_TABLES } from './bundledFiles';

const loaders = import.meta.glob<string>('/data/*.{json,csv,txt}', { query: '?raw', import: 'default' });


async function load(name: string): Promise<string | null> {
  const loader = loaders[`/data/${name}`];
  return loader ? loader() : null;
}

/** The sample as loaded at build time: a copy of its own each time (the app's records are never shared). */
export const bundledSample = (): Promise<LoadResult> => import('virtual:bundled-sample').then((m) => structuredClone(m.default));

/** Starts downloading the loaded sample (main.ts, at startup); bundledSample then finds it there. */
export function prefetchBundled() {
  void import('virtual:bundled-sample').catch(() => undefined);
}

export async function bundledInputs(): Promise<InputFile[]> {
  const contents = await Promise.all(BUNDLED_FILES.map(load));
  // As bytes, like a file the user opens: the data page then names their encoding (UTF-8), not 文本.
  const bytes = (text: string) => new TextEncoder().encode(text);
  return BUNDLED_FILES.flatMap((name, i) => (contents[i] == null ? [] : [{ name, content: bytes(contents[i]) }]));
}

export const sampleTablesText = () => load(SAMPLE_TABLES);
