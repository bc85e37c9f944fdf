// @vitest-environment jsdom
// 导入填报 on the 监控轮次 page (bundled data, a 1–7月 round): the picked file is loaded over the
// current data without applying it and the preview dialog says what it would change — a value
// added, one changed (old → new), a row refused naming file, row and field. 取消 leaves the dataset,
// its files list and problems exactly as they were; 确认导入 applies it through the dataset store
// (the file listed, the refused row among the problems) and says the summary sentence.
import { describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import RoundView from '../../src/app/views/RoundView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useRoundStore } from '../../src/app/stores/round';
import { appPlugins, inMemoryMounts, settle } from './helpers';
import { bundledInputs } from './projectFixture';

const P = '“一企来办”平台运营运维费';
const CSV = [
  '项目名称,三级指标,日期,实际值',
  `${P},系统功能达标率,2024-06-30,55%`, // the sample has 50% that day
  `${P},项目覆盖单位或市县区数量占比,2024-07-31,60%`, // new
  `${P},没有的指标,2024-07-31,1`, // refused
].join('\n');

let wrapper: VueWrapper;
const q = (sel: string) => document.querySelector<HTMLElement>(sel);
const text = (sel: string) => q(sel)?.textContent?.trim();
const rowsOf = (sel: string) => [...document.querySelectorAll(`${sel} .el-table__body tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim()));

async function open() {
  const { plugins, router } = appPlugins();
  await router.push('/round');
  await router.isReady();
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  const store = useRoundStore();
  store.today = '2024-08-01';
  store.createRound({ name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' } });
  wrapper = mount(RoundView, { global: { plugins }, attachTo: document.body });
  await flushPromises();
  return data;
}

/** Picks the file in the hidden input, as the file dialog would. */
async function pick(name: string, content: string) {
  const bytes = new TextEncoder().encode(content);
  const file = { name, size: bytes.length, type: 'text/csv', arrayBuffer: async () => bytes.buffer } as unknown as File;
  const input = q('[data-test="import-input"]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  await flushPromises();
  await settle(50);
  await flushPromises();
}

const valueOn = (data: ReturnType<typeof useDatasetStore>, level3: string, date: string) => {
  const ind = data.dataset.indicators.find((i) => i.level3 === level3 && data.dataset.projects.find((p) => p.id === i.projectId)?.name === P)!;
  return data.dataset.actuals.filter((a) => a.indicatorId === ind.id && a.date === date).map((a) => a.value);
};

describe('导入填报 on the rounds page', () => {
  inMemoryMounts(() => wrapper);

  it('previews the import, and 取消 changes nothing', async () => {
    const data = await open();
    expect(text('[data-test="import-form"]')).toBe('导入填报（.xlsx / .csv）');
    const [before, files, problems] = [data.dataset, data.files, data.problems];
    await pick('7月填报.csv', CSV);

    expect(text('[data-test="import-summary"]')).toBe('新增 1 条，更新 1 条（覆盖同日旧值），拒绝 1 条');
    // Only an update and an addition: it opens on 新增, the update one click away.
    expect(rowsOf('[data-test="import-added"]')).toEqual([[P, '项目覆盖单位或市县区数量占比', '2024-07-31', '执行情况', '60%']]);
    expect(rowsOf('[data-test="import-changed"]')).toEqual([[P, '系统功能达标率', '2024-06-30', '执行情况', '50%', '55%']]);
    expect(rowsOf('[data-test="import-rejected"]')).toEqual([['7月填报.csv 第4行「三级指标」', `项目「${P}」中没有三级指标“没有的指标”，此行未导入`]]);
    expect(data.dataset).toBe(before);

    q('[data-test="import-cancel"]')!.click();
    await flushPromises();
    await settle(50);
    expect([data.dataset, data.files, data.problems]).toEqual([before, files, problems]);
    expect(data.dataset).toBe(before);
    expect(valueOn(data, '系统功能达标率', '2024-06-30')).toEqual(['50%']);
    expect(q('[data-test="import-preview"]')?.offsetParent ?? null).toBeNull();
  });

  it('确认导入 applies the load through the dataset store and says the summary', async () => {
    const data = await open();
    const files = data.files.map((f) => f.name);
    await pick('7月填报.csv', CSV);
    q('[data-test="import-commit"]')!.click();
    await flushPromises();
    await settle(50);
    await flushPromises();

    expect(valueOn(data, '系统功能达标率', '2024-06-30')).toEqual(['55%']);
    expect(valueOn(data, '项目覆盖单位或市县区数量占比', '2024-07-31')).toEqual(['60%']);
    expect(data.files.map((f) => f.name)).toEqual([...files, '7月填报.csv']);
    expect(data.problems.map((p) => p.message)).toContain(`7月填报.csv 第4行「三级指标」：项目「${P}」中没有三级指标“没有的指标”，此行未导入`);
    expect(data.undoable).toEqual(['7月填报.csv']);
    expect(text('.el-message')).toBe('已导入：新增 1 条，更新 1 条（覆盖同日旧值），拒绝 1 条');
    // The round (kept in the dataset) is still there: the load merged into it.
    expect(text('[data-test="round-title"]')).toBe('2024年1–7月监控');
  });
});
