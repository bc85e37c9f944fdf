// reloadLoss on the bundled data (4 projects, 99 indicators, sample actuals) with the raw table
// loaded again whole, and cut short after its header — the way a table pasted from a PDF ends early.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reloadLoss } from '../../src/domain/reloadLoss';
import type { Dataset } from '../../src/domain/types';
import { loadFiles } from '../../src/io/load';

const data = (name: string) => readFileSync(resolve(process.cwd(), 'data', name), 'utf8');
const bundled = loadFiles(['projects.json', 'sample-actuals.csv', 'sample-spend.csv'].map((name) => ({ name, content: data(name) }))).dataset;
const tables = data('seed-tables.txt');
/** The first `n` lines of the seed tables: "一企来办"'s header and funds, then its indicators from line 29 on. */
const cut = (n: number) => tables.split('\n').slice(0, n).join('\n');
const reload = (content: string, base: Dataset = bundled) => loadFiles([{ name: 'cut.txt', content }], base).dataset;
const yiqiId = bundled.projects.find((p) => p.name === '“一企来办”平台运营运维费')!.id;
const yiqiIndicatorIds = bundled.indicators.filter((i) => i.projectId === yiqiId).map((i) => i.id);

describe('reloadLoss', () => {
  it('names the project a table cut after its header empties: 25 indicators to 0, 53 actuals left without one', () => {
    expect(bundled.indicators.length).toBe(99);
    expect(reloadLoss(bundled, reload(cut(28)))).toEqual([
      { projectId: yiqiId, name: '“一企来办”平台运营运维费', indicatorsBefore: 25, indicatorsAfter: 0, droppedIds: yiqiIndicatorIds, orphanedActuals: 53 },
    ]);
  });

  it('counts a table cut after its first indicator: 25 to 1, the 24 others dropped, 51 actuals orphaned', () => {
    const [loss, ...rest] = reloadLoss(bundled, reload(cut(30)));
    expect(rest).toEqual([]);
    expect(loss).toEqual({ projectId: yiqiId, name: '“一企来办”平台运营运维费', indicatorsBefore: 25, indicatorsAfter: 1, droppedIds: yiqiIndicatorIds.slice(1), orphanedActuals: 51 });
  });

  it('finds nothing lost when the whole table is loaded again, or actuals only, or into an empty dataset', () => {
    expect(reloadLoss(bundled, reload(tables))).toEqual([]);
    const actualsOnly = loadFiles([{ name: 'a.csv', content: data('sample-actuals.csv') }], bundled).dataset;
    expect(reloadLoss(bundled, actualsOnly)).toEqual([]);
    const empty: Dataset = { projects: [], indicators: [], actuals: [], spend: [] };
    expect(reloadLoss(empty, reload(cut(28), empty))).toEqual([]);
  });

  it('counts a project that is gone from the result as losing all its indicators', () => {
    const without: Dataset = { ...bundled, projects: bundled.projects.filter((p) => p.id !== yiqiId), indicators: bundled.indicators.filter((i) => i.projectId !== yiqiId) };
    expect(reloadLoss(bundled, without).map((l) => [l.name, l.indicatorsBefore, l.indicatorsAfter, l.droppedIds.length, l.orphanedActuals])).toEqual([
      ['“一企来办”平台运营运维费', 25, 0, 25, 53],
    ]);
  });
});
