// A load that would remove indicators asks first (dataset store): the bundled data, then the seed
// table cut after "一企来办"'s header and funds — the project would go from 25 indicators to 0 and
// 53 sample actuals would point at nothing. Cancel changes and saves nothing; 载入 applies and
// saves; 撤销上次载入 puts back what was there and saves that.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { memoryBackend, readSaved, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const tables = readFileSync(resolve(process.cwd(), 'data/seed-tables.txt'), 'utf8');
/** Header and funds of "一企来办", none of its indicators. */
const cut = tables.split('\n').slice(0, 28).join('\n');
const seedFixture = new Uint8Array(readFileSync(resolve(process.cwd(), 'test/fixtures/io/targets-2024.txt')));

let backend: ReturnType<typeof memoryBackend>;
let prev: SavedDataBackend;
const savedFiles = async () => {
  const read = await readSaved(backend);
  return read.kind === 'ok' ? read.state.files.map((f) => f.name) : undefined;
};
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

async function opened() {
  setActivePinia(createPinia());
  const data = useDatasetStore();
  await data.init(null);
  return data;
}

describe('a load that removes indicators', () => {
  beforeEach(() => {
    prev = setSavedDataBackend((backend = memoryBackend()));
  });
  afterEach(() => setSavedDataBackend(prev));

  it('asks first, with the counts per project, and cancelling changes and saves nothing', async () => {
    const data = await opened();
    const before = { dataset: data.dataset, files: data.files, problems: data.problems, origin: data.origin };
    expect({ ...data.counts }).toMatchObject({ projects: 4, indicators: 99 });
    const load = data.loadText(cut);
    await until(() => data.reloadQuestion !== null);
    const yiqi = data.dataset.projects.find((p) => p.name === '“一企来办”平台运营运维费')!;
    expect(data.reloadQuestion!.files).toEqual(['粘贴文本1']);
    expect(data.reloadQuestion!.losses.map((l) => [l.projectId, l.name, l.indicatorsBefore, l.indicatorsAfter, l.droppedIds.length, l.orphanedActuals]))
      .toEqual([[yiqi.id, '“一企来办”平台运营运维费', 25, 0, 25, 53]]);
    // Nothing applied while the question is open.
    expect(data.dataset).toBe(before.dataset);

    data.answerReload(false);
    expect(await load).toBeNull();
    expect(data.reloadQuestion).toBeNull();
    expect(data.dataset).toBe(before.dataset);
    expect(data.files).toBe(before.files);
    expect(data.problems).toBe(before.problems);
    expect(data.origin).toBe('bundled');
    expect(data.undoable).toBeNull();
    await data.saved();
    expect(await savedFiles()).toBeUndefined();
    expect(data.saveStatus).toEqual({ state: 'off' });
  });

  it('载入 applies it (the project keeps no indicator, the loss is listed) and saves it; 撤销上次载入 restores and saves the state before', async () => {
    const data = await opened();
    await data.loadFiles([{ name: '2024年绩效目标表.txt', content: seedFixture }]);
    await data.saved();
    const before = { dataset: data.dataset, files: data.files, problems: data.problems, counts: { ...data.counts } };
    expect(await savedFiles()).toEqual([...BUNDLED_FILES, '2024年绩效目标表.txt']);

    const load = data.loadText(cut);
    await until(() => data.reloadQuestion !== null);
    data.answerReload(true);
    const result = await load;
    expect(result!.projectChanges).toEqual({ added: 0, updated: 1 });
    expect(data.counts.indicators).toBe(74);
    expect(data.problems.slice(before.problems.length).map((p) => p.code)).toEqual(['no-indicators', 'dropped-indicators', 'orphan-actual']);
    expect(data.undoable).toEqual(['粘贴文本1']);
    await data.saved();
    expect(await savedFiles()).toEqual([...BUNDLED_FILES, '2024年绩效目标表.txt', '粘贴文本1']);

    expect(await data.undoLastLoad()).toBe(true);
    expect(data.dataset).toBe(before.dataset);
    expect(data.files).toBe(before.files);
    expect(data.problems).toBe(before.problems);
    expect({ ...data.counts }).toEqual(before.counts);
    expect(data.undoable).toBeNull();
    expect(await data.undoLastLoad()).toBe(false);
    await data.saved();
    expect(await savedFiles()).toEqual([...BUNDLED_FILES, '2024年绩效目标表.txt']);
    // The next paste is numbered as if the undone one never was.
    await data.loadText('项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,预算执行率,2024-06-30,28%\n');
    expect(data.files.at(-1)!.name).toBe('粘贴文本1');
  });

  it('undoing a load over the sample gives the sample back, and a reload shows it (the save is removed)', async () => {
    let data = await opened();
    const sample = data.dataset;
    const load = data.loadText(cut);
    // Asked, answered by a component in the app; here at once.
    await until(() => data.reloadQuestion !== null);
    data.answerReload(true);
    await load;
    await data.saved();
    expect(await savedFiles()).toEqual([...BUNDLED_FILES, '粘贴文本1']);
    await data.undoLastLoad();
    expect(data.dataset).toBe(sample);
    expect(data.origin).toBe('bundled');
    await data.saved();
    expect(await savedFiles()).toBeUndefined();
    data = await opened();
    expect(data.files.map((f) => f.name)).toEqual(BUNDLED_FILES);
    expect(data.counts.indicators).toBe(99);
  });

  it('a load that removes nothing is not asked about, and can be undone too', async () => {
    const data = await opened();
    const sample = data.dataset;
    await data.loadText(tables);
    expect(data.reloadQuestion).toBeNull();
    expect(data.counts.indicators).toBe(99);
    expect(data.undoable).toEqual(['粘贴文本1']);
    await data.undoLastLoad();
    expect(data.dataset).toBe(sample);
  });
});
