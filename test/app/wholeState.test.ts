// @vitest-environment jsdom
// The whole state as one file, through the 数据 page: 导出 JSON on the bundled data with a round, a
// record with a 佐证材料 and a changed setting (staleAfterDays 45); then 清空, the settings back to
// default and the bytes gone; loading the file back gives the same dataset (without load
// provenance), the same bytes and the same settings, and says so. A file with bad settings loads its
// data but leaves the settings alone and names the bad field.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import DataView from '../../src/app/views/DataView.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useRoundStore } from '../../src/app/stores/round';
import { useReportStore } from '../../src/app/stores/report';
import { useSettingsStore } from '../../src/app/stores/settings';
import { memoryBackend, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import { memoryAttachments, setAttachmentStore } from '../../src/app/lib/attachments';
import { defaultSettings } from '../../src/domain/settings';
import { appPlugins } from './helpers';
import { bundledInputs } from './projectFixture';
import { withoutSources } from '../io/helpers';

let prev: SavedDataBackend;
let files: ReturnType<typeof memoryAttachments>;
let blobs: Blob[] = [];
let names: string[] = [];

beforeEach(() => {
  localStorage.clear();
  prev = setSavedDataBackend(memoryBackend());
  setAttachmentStore((files = memoryAttachments()));
  blobs = [];
  names = [];
  URL.createObjectURL = vi.fn((b: Blob) => (blobs.push(b), 'blob:data'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
});
afterEach(() => {
  setSavedDataBackend(prev);
  setAttachmentStore(null);
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

async function filledState() {
  const wrapper = mount(DataView, { global: { plugins: appPlugins().plugins }, attachTo: document.body });
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  const round = useRoundStore();
  round.today = '2024-08-01';
  round.createRound({ name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' } });
  const p = data.dataset.projects.find((x) => x.name === '“一企来办”平台运营运维费')!;
  const id = data.dataset.indicators.find((i) => i.projectId === p.id && i.level3 === '系统功能达标率')!.id;
  round.setField(p.id, id, 'value', '30%');
  round.setField(p.id, id, 'reason', '资金下达晚');
  expect(await round.attach(p.id, id, [new File(['%PDF-1.4 验收'], '验收记录.pdf', { type: 'application/pdf' })])).toEqual([]);
  useReportStore().setAsOf('2024-07-31');
  useSettingsStore().config.staleAfterDays = 45;
  await flushPromises();
  return { wrapper, data, ref: round.record(id)!.attachments![0] };
}

describe('the whole state as one file (数据 page, 导出 JSON)', () => {
  it('says what it contains, exports everything, and loads back identical after 清空', async () => {
    const { wrapper, data, ref } = await filledState();
    expect(wrapper.find('[data-test="export-json-hint"]').text()).toContain('监控轮次、填报记录与修改历史、佐证材料与设置');
    const before = data.dataset;
    const bytes = files.values.get(ref.id)!;
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.4 验收');

    await wrapper.find('[data-test="export-json"]').trigger('click');
    await flushPromises();
    expect(names).toEqual(['绩效监控全部数据_2024-07-31.json']);
    expect(document.body.textContent).toContain('已导出全部数据（含 1 个佐证材料与设置）：绩效监控全部数据_2024-07-31.json');
    const content = new Uint8Array(await blobs[0].arrayBuffer());

    data.clear();
    files.values.clear();
    useSettingsStore().reset();
    expect(useSettingsStore().settings.staleAfterDays).toBe(31);

    const file = new File([content], names[0], { type: 'application/json' });
    await wrapper.findComponent({ name: 'FileDrop' }).vm.$emit('files', [file]);
    await flushPromises();
    await vi.waitFor(() => expect(data.busy).toBe(false));
    await flushPromises();

    expect(withoutSources(data.dataset)).toEqual(withoutSources(before));
    expect(data.dataset.rounds).toHaveLength(1);
    expect([...files.values.keys()]).toEqual([ref.id]);
    expect(files.values.get(ref.id)).toEqual(bytes);
    expect(useSettingsStore().settings).toEqual({ ...defaultSettings(), staleAfterDays: 45 });
    expect(data.problems).toEqual([]);
    expect(document.body.textContent).toContain('已恢复设置与 1 个佐证材料');
  });

  it('a file with bad settings loads its data, keeps the current settings and names the bad field', async () => {
    const { wrapper, data } = await filledState();
    await wrapper.find('[data-test="export-json"]').trigger('click');
    await flushPromises();
    const json = JSON.parse(await blobs[0].text());
    json.settings.staleAfterDays = 2.5;
    json.settings.lights.red = 'x';
    data.clear();
    useSettingsStore().config.staleAfterDays = 60;

    const result = await data.loadText(JSON.stringify(json), '全部数据.json');
    expect(result?.restored).toEqual({ attachments: 1, settings: false, problems: [expect.anything()] });
    expect(data.problems.map((p) => [p.source, p.message])).toEqual([
      [{ file: '全部数据.json', field: 'settings' }, '文件中的设置无效（lights.red、staleAfterDays），未应用，当前设置不变'],
    ]);
    expect(useSettingsStore().settings.staleAfterDays).toBe(60);
    expect(data.dataset.rounds).toHaveLength(1);
  });
});
