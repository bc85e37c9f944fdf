// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { bundledSample } from '../../src/app/lib/bundled';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { loadFiles } from '../../src/io/load';
import { bundledInputs } from './projectFixture';

// The sample comes loaded at build time (vite.config.ts bundledSample): exactly what loading its
// files gives, applied as it is to an app with no data, and loaded from its files into data already there.
describe('the sample loaded at build time', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('is what loading the sample\'s files gives, a copy of its own each time', async () => {
    const expected = loadFiles(bundledInputs());
    const prepared = await bundledSample();
    expect(prepared).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    expect(prepared.dataset.indicators).toHaveLength(99);
    const again = await bundledSample();
    expect(again).not.toBe(prepared);
    expect(again.dataset.projects[0]).not.toBe(prepared.dataset.projects[0]);
  });

  it('opens an empty app on it, and loads its files into data already there', async () => {
    const data = useDatasetStore();
    await data.loadBundled();
    expect(data.origin).toBe('bundled');
    expect(data.dataset).toStrictEqual(JSON.parse(JSON.stringify(loadFiles(bundledInputs()).dataset)));
    expect(data.files.map((f) => f.name)).toEqual(['projects.json', 'sample-actuals.csv', 'sample-spend.csv']);
    const edited = { ...data.dataset, actuals: data.dataset.actuals.slice(1) };
    data.applyEdit(edited);
    await data.loadBundled();
    // Merged: the removed actual is back, the files listed twice (each load's).
    expect(data.dataset.actuals).toHaveLength(loadFiles(bundledInputs()).dataset.actuals.length);
    expect(data.files).toHaveLength(6);
  });
});
