// The app's inline load (app/lib/loadRunner) skips the raw-table importer when no file can hold
// target-table text: needsRawTables decides, and loading without the importer gives the very same
// result for JSON and CSV files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFilesWith, needsRawTables, NO_RAW_TABLES } from '../../src/io/loadCore';
import { loadFiles } from '../../src/io/load';
import { emptyDataset } from '../../src/domain/types';
import { runLoad } from '../../src/app/lib/loadRunner';

const file = (name: string) => ({ name, content: new Uint8Array(readFileSync(`data/${name}`)) });
const bundled = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map(file);

describe('loading without the raw-table importer', () => {
  it('is needed only when some file is neither JSON nor a known CSV', () => {
    expect(needsRawTables(bundled)).toBe(false);
    expect(needsRawTables([...bundled, file('seed-tables.txt')])).toBe(true);
    expect(needsRawTables([{ name: 'notes.txt', content: '会议纪要\n第二行' }])).toBe(true);
    expect(needsRawTables([{ name: 'x.pdf', content: new TextEncoder().encode('%PDF-1.7\n') }])).toBe(false);
  });

  it('gives the same result as the full loader for the bundled JSON and CSV', () => {
    expect(loadFilesWith(bundled, emptyDataset(), NO_RAW_TABLES)).toEqual(loadFiles(bundled));
  });

  it('still reads target tables in the app (the importer is loaded for them)', async () => {
    const result = await runLoad([file('seed-tables.txt')], emptyDataset());
    expect(result.files[0].kind).toBe('raw-table');
    expect(result.dataset.projects.map((p) => p.name)).toEqual(loadFiles([file('seed-tables.txt')]).dataset.projects.map((p) => p.name));
    expect(result.dataset.projects.length).toBe(4);
  });
});
