// The round store on the bundled data (4 projects, loaded as the sample): an edit re-judges the round
// and the page's report at once, keystrokes in one cell are one undo step and one history entry,
// undo/redo, every edit saved in this browser (the sample then the user's own), a done form locked,
// a pasted column, and 佐证材料 kept by id. "Today" is set, so overdue does not depend on the clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useReportStore } from '../../src/app/stores/report';
import { useRoundStore } from '../../src/app/stores/round';
import { memoryBackend, readSaved, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import { memoryAttachments, setAttachmentStore } from '../../src/app/lib/attachments';
import { bundledInputs } from './projectFixture';

let backend: ReturnType<typeof memoryBackend>;
let prev: SavedDataBackend;
let files: ReturnType<typeof memoryAttachments>;

async function setup() {
  setActivePinia(createPinia());
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  const store = useRoundStore();
  store.today = '2024-08-01';
  store.createRound({ name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' } });
  const p = data.dataset.projects.find((x) => x.name === '“一企来办”平台运营运维费')!;
  const ind = (level3: string) => data.dataset.indicators.find((i) => i.projectId === p.id && i.level3 === level3)!.id;
  return { data, store, pid: p.id, ind };
}

describe('round store', () => {
  beforeEach(() => {
    prev = setSavedDataBackend((backend = memoryBackend()));
    setAttachmentStore((files = memoryAttachments()));
  });
  afterEach(() => {
    setSavedDataBackend(prev);
    setAttachmentStore(null);
  });

  it('an edit re-judges the round and the page report at once; the round says what is missing', async () => {
    const { store, pid, ind } = await setup();
    const report = useReportStore();
    report.setAsOf('2024-07-31');
    const id = ind('系统功能达标率');
    // Before: its 30 June 50% is in the 1–7月 period, judged at 31 July.
    expect(store.judgementsById.get(id)!.actualText).toBe('50%');
    // 预算执行率 is filled by the project's spend dated in the period.
    expect(store.progressById.get(pid)).toMatchObject({ indicators: 25, filled: 25, missing: [], done: false, overdue: false });
    expect(store.setField(pid, id, 'value', '30%')).toBe(true);
    expect(store.judgementsById.get(id)).toMatchObject({ actualText: '30%', actualDate: '2024-07-31', status: 'behind' });
    expect(report.judgementsById.get(id)).toMatchObject({ actualText: '30%', status: 'behind' });
    expect(store.checks(id).map((i) => i.message)).toEqual([
      '偏差原因类别：本指标为滞后，须选择偏差原因类别',
      '偏差原因：本指标为滞后，须说明偏差原因',
      '完成目标可能性：本指标为滞后，须选择完成目标可能性',
      '纠偏措施：本指标为滞后，须填写纠偏措施',
    ]);
    store.setField(pid, ind('预算执行率'), 'value', '40%');
    expect(store.progressById.get(pid)).toMatchObject({ filled: 25, missing: [] });
    store.today = '2024-08-08';
    expect(store.progress!.totals).toEqual({ projects: 4, done: 0, overdue: 4, indicators: 99, filled: 97 });
  });

  it('keystrokes in one cell are one undo step and one history entry; undo and redo', async () => {
    const { data, store, pid, ind } = await setup();
    const id = ind('系统功能达标率');
    const before = data.dataset;
    for (const v of ['3', '30', '30%']) store.setField(pid, id, 'value', v, `${id}:value`);
    store.endTyping();
    store.setField(pid, id, 'reason', '资金下达晚', `${id}:reason`);
    expect(store.history(pid, id).map((h) => [h.by, h.field, h.before, h.after])).toEqual([['本浏览器', 'reason', null, '资金下达晚'], ['本浏览器', 'value', null, '30%']]);
    expect(store.canUndo).toBe(true);
    store.undo();
    expect(store.record(id)).toMatchObject({ value: '30%' });
    expect(store.record(id)?.reason).toBeUndefined();
    store.undo();
    expect(store.record(id)).toBeUndefined();
    expect(data.dataset.actuals).toBe(before.actuals);
    expect(store.canUndo).toBe(false);
    store.redo();
    store.redo();
    expect(store.record(id)).toMatchObject({ value: '30%', reason: '资金下达晚' });
    expect(store.canRedo).toBe(false);
    // Typed back to what it was: no step left behind.
    store.setField(pid, id, 'note', 'x', `${id}:note`);
    store.setField(pid, id, 'note', '', `${id}:note`);
    store.undo();
    expect(store.record(id)?.reason).toBeUndefined();
  });

  it('saves every edit in this browser: the sample becomes the user\'s own, rounds and records read back', async () => {
    const { data, store, pid, ind } = await setup();
    expect(data.adoptedByEdit).toBe('bundled');
    expect(data.origin).toBe('user');
    store.setField(pid, ind('系统功能达标率'), 'value', '30%');
    store.setSpend(pid, '“一企来办”企业综合服务平台运维项目', 20.5);
    store.setForecast(pid, 76);
    await data.saved();
    expect(data.saveStatus.state).toBe('saved');
    const read = await readSaved(backend);
    if (read.kind !== 'ok') throw new Error(read.kind);
    expect(read.state.dataset.rounds!.map((r) => [r.name, r.periodEnd, r.deadline])).toEqual([['2024年1–7月监控', '2024-07-31', '2024-08-07']]);
    expect(read.state.dataset.actuals.filter((a) => a.date === '2024-07-31')).toEqual([{ projectId: pid, indicatorId: ind('系统功能达标率'), date: '2024-07-31', value: '30%' }]);
    expect(read.state.dataset.spend.filter((s) => s.date === '2024-07-31')).toEqual([{ projectId: pid, expense: '“一企来办”企业综合服务平台运维项目', date: '2024-07-31', amount: 20.5 }]);
    expect(read.state.dataset.forms).toEqual([{ roundId: store.round!.id, projectId: pid, status: 'draft', spendForecast: 76 }]);
    expect(read.state.dataset.history!.map((h) => h.field)).toEqual(['value', 'amount', 'spendForecast']);
  });

  it('a done form is locked until reopened; a pasted column fills downwards as one step', async () => {
    const { store, pid, ind } = await setup();
    const ids = ['项目覆盖单位或市县区数量占比', '系统功能达标率', '已完工增补业务功能扩展等迭代更新验收合格率'].map(ind);
    expect(store.pasteColumn(pid, ids, 'value', ['60%', '55% ', '70%', '80%'])).toBe(3);
    expect(ids.map((id) => store.record(id)?.value)).toEqual(['60%', '55%', '70%']);
    store.setDone(pid, true);
    expect(store.locked(pid)).toBe(true);
    expect(store.progressById.get(pid)?.done).toBe(true);
    expect(store.setField(pid, ids[0], 'value', '1%')).toBe(false);
    expect(store.pasteColumn(pid, ids, 'value', ['1%', '2%'])).toBe(0);
    expect(store.record(ids[0])?.value).toBe('60%');
    expect(store.canUndo).toBe(false);
    store.setDone(pid, false);
    expect(store.setField(pid, ids[0], 'value', '65%')).toBe(true);
    store.undo();
    expect(ids.map((id) => store.record(id)?.value)).toEqual(['60%', '55%', '70%']);
  });

  it('keeps 佐证材料 bytes by id, refuses a file of another type, and takes one off the record', async () => {
    const { store, pid, ind } = await setup();
    const id = ind('系统功能达标率');
    const refused = await store.attach(pid, id, [new File(['%PDF-1.4'], '验收记录.pdf', { type: 'application/pdf' }), new File(['MZ'], '工具.exe')]);
    expect(refused).toEqual(['“工具.exe”的类型不在允许之列（pdf、jpg、jpeg、png、doc、docx、xls、xlsx、ppt、pptx、ofd、zip、txt）']);
    const [ref] = store.record(id)!.attachments!;
    expect(ref).toMatchObject({ name: '验收记录.pdf', type: 'application/pdf', size: 8 });
    expect(new TextDecoder().decode((await store.attachmentBytes(ref.id))!)).toBe('%PDF-1.4');
    expect([...files.values.keys()]).toEqual([ref.id]);
    store.detach(pid, id, ref.id);
    expect(store.record(id)).toMatchObject({ value: '' });
    expect(store.record(id)?.attachments).toBeUndefined();
  });

  it('an import commits its files and keeps the rows refused while opening the workbook in the problems list', async () => {
    const { data, store } = await setup();
    const refused = { severity: 'error' as const, code: 'form-row', message: '表.xlsx「项目甲」 第12行「执行情况（1–7月）」：单位不符，此行未导入', source: { file: '表.xlsx「项目甲」', row: 12 } };
    const csv = '项目名称,三级指标,日期,实际值\n“一企来办”平台运营运维费,服务对象满意度,2024-07-31,91%\n';
    const result = await store.importFiles([{ name: '表.xlsx「实际值」', content: csv }], [refused]);
    expect(result?.files.map((f) => [f.name, f.actuals])).toEqual([['表.xlsx「实际值」', 1]]);
    expect(data.problems.map((p) => p.message)).toContain(refused.message);
    expect(data.files.at(-1)?.name).toBe('表.xlsx「实际值」');
  });
});
