// Shared by the io tests: fixtures as InputFile, and a dataset without load provenance.
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/domain/types';
import type { InputFile } from '../../src/io/load';

export function fixture(name: string, as = name): InputFile {
  return { name: as, content: new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url))) };
}

/** The real raw target tables of four 2024 projects (a copy of the seed 000_831abb227b847d98.txt). */
export const seed = (): InputFile => fixture('targets-2024.txt');

/** The dataset with every `source` removed, for comparing data loaded from different files. */
export function withoutSources(d: Dataset): Dataset {
  const strip = <T extends { source?: unknown }>(x: T): T => {
    const { source: _source, ...rest } = x;
    return rest as T;
  };
  return { projects: d.projects.map(strip), indicators: d.indicators.map(strip), actuals: d.actuals.map(strip), spend: d.spend.map(strip) };
}
