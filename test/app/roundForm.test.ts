// @vitest-environment jsdom
// The 填报 form of one project (bundled data, 1–7月 round): Tab / Shift+Tab across a row and on,
// Enter down a column, a column pasted from Excel filling downwards (and saying how many), the
// checks shown as the user types (errors and warnings, naming the field), read-only once done, and
// 重新打开 asking first.
import { describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { ElMessageBox } from 'element-plus';
import RoundForm from '../../src/app/components/round/RoundForm.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { useRoundStore } from '../../src/app/stores/round';
import { appPlugins, inMemoryMounts, settle } from './helpers';
import { bundledInputs } from './projectFixture';

let wrapper: VueWrapper;

async function open() {
  const { plugins } = appPlugins();
  const data = useDatasetStore();
  await data.loadFiles(bundledInputs(), 'bundled');
  const store = useRoundStore();
  store.today = '2024-08-01';
  store.createRound({ name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' } });
  const pid = data.dataset.projects.find((p) => p.name === '“一企来办”平台运营运维费')!.id;
  wrapper = mount(RoundForm, { props: { projectId: pid }, global: { plugins }, attachTo: document.body });
  await flushPromises();
  return { store, pid };
}
const cell = (r: number, c: number) => wrapper.find<HTMLInputElement>(`[data-cell="${r}:${c}"]`);
const active = () => document.activeElement?.getAttribute('data-cell');
const issues = (r: number) => wrapper.findAll(`[data-test="record-row-${r}"] [data-test="issues"] li`).map((li) => [li.classes()[0], li.text()]);
async function type(r: number, c: number, text: string) {
  await cell(r, c).setValue(text);
  await flushPromises();
}

describe('填报 form', () => {
  inMemoryMounts(() => wrapper);

  it('Tab goes across a row\'s seven fields then to the next row; Shift+Tab back; Enter down the column', async () => {
    await open();
    cell(0, 0).element.focus();
    const order: string[] = [];
    for (let k = 0; k < 8; k++) {
      await cell(Number(active()!.split(':')[0]), Number(active()!.split(':')[1])).trigger('keydown', { key: 'Tab' });
      order.push(active()!);
    }
    expect(order).toEqual(['0:1', '0:2', '0:3', '0:4', '0:5', '0:6', '1:0', '1:1']);
    await cell(1, 1).trigger('keydown', { key: 'Tab', shiftKey: true });
    await cell(1, 0).trigger('keydown', { key: 'Tab', shiftKey: true });
    expect(active()).toBe('0:6');
    await cell(3, 0).trigger('keydown', { key: 'Enter' });
    expect(active()).toBe('4:0');
    expect(wrapper.findAll('[data-field="value"]').length).toBe(25);
  });

  it('a column pasted from Excel fills that field downwards and says how many rows', async () => {
    const { store } = await open();
    const paste = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(paste, 'clipboardData', { value: { getData: () => '达成\r\n部分达成\t备注列\r\n达成\r\n' } });
    cell(2, 0).element.dispatchEvent(paste);
    await flushPromises();
    expect(paste.defaultPrevented).toBe(true);
    expect([0, 1, 2, 3, 4, 5].map((r) => cell(r, 0).element.value)).toEqual(['', '', '达成', '部分达成', '达成', '']);
    expect(document.querySelector('.el-message')?.textContent).toContain('已向下粘贴 3 行到“执行情况”列');
    // One undo step for the whole column.
    store.undo();
    await flushPromises();
    expect([2, 3, 4].map((r) => cell(r, 0).element.value)).toEqual(['', '', '']);
  });

  it('checks as the user types: a value behind demands reason, likelihood and measures; a wrong unit is refused naming the unit', async () => {
    await open();
    // Row 12: 系统功能达标率 (=50% at 30 June, =100% at year end).
    await type(12, 0, '30%');
    expect(issues(12)).toEqual([
      ['rg__issue--error', '偏差原因类别：本指标为滞后，须选择偏差原因类别'],
      ['rg__issue--error', '偏差原因：本指标为滞后，须说明偏差原因'],
      ['rg__issue--error', '完成目标可能性：本指标为滞后，须选择完成目标可能性'],
      ['rg__issue--error', '纠偏措施：本指标为滞后，须填写纠偏措施'],
    ]);
    expect(wrapper.find('[data-test="record-row-12"] [data-test="status-tag"]').text()).toContain('滞后');
    expect(wrapper.find('[data-test="form-counts"]').text()).toContain('4 处错误');
    expect(cell(12, 2).classes()).toContain('rg__in--error');
    await cell(12, 2).setValue('经费保障');
    await type(12, 3, '资金下达晚');
    await cell(12, 4).setValue('确定能');
    await type(12, 5, '9月底前验收');
    await type(12, 1, '90%');
    expect(issues(12)).toEqual([['rg__issue--warning', '全年预计完成值：全年预计完成值“90%”未达到全年目标“=100%”，完成可能性却为“确定能”，请核对']]);
    expect(cell(12, 1).classes()).toContain('rg__in--warning');
    await type(11, 0, '3小时');
    expect(issues(11).map(([k, m]) => [k, m.split('：')[0]])).toEqual([['rg__issue--error', '执行情况']]);
    expect(issues(11)[0][1]).toContain('%');
  });

  it('标记为已完成 makes the form read-only; 重新打开 asks first and does nothing when cancelled', async () => {
    const { store, pid } = await open();
    await type(12, 0, '30%');
    await wrapper.find('[data-test="mark-done"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="form-state"]').text()).toBe('已完成');
    expect(wrapper.findAll('input[data-cell]').every((i) => i.attributes('readonly') !== undefined)).toBe(true);
    expect(wrapper.findAll('select[data-cell]').every((s) => (s.element as HTMLSelectElement).disabled)).toBe(true);
    expect(wrapper.find('[data-test="attachment-input"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="locked-hint"]').exists()).toBe(true);

    const ask = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel');
    await wrapper.find('[data-test="reopen"]').trigger('click');
    await flushPromises();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(String(ask.mock.calls[0][0])).toContain('确定重新打开吗');
    expect(store.locked(pid)).toBe(true);
    ask.mockResolvedValueOnce('confirm' as never);
    await wrapper.find('[data-test="reopen"]').trigger('click');
    await flushPromises();
    await settle();
    expect(store.locked(pid)).toBe(false);
    expect(cell(12, 0).attributes('readonly')).toBeUndefined();
    expect(wrapper.find('[data-test="form-state"]').text()).toBe('草稿');
  });
});
