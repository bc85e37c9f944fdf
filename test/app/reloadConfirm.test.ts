// @vitest-environment jsdom
// The 数据 page with the shell's question (ReloadConfirm): pasting the seed table cut after
// "一企来办"'s header over the bundled data asks, with the counts, before anything changes;
// 取消 keeps everything, 载入 applies, and 撤销上次载入 brings the indicators back.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import DataView from '../../src/app/views/DataView.vue';
import ReloadConfirm from '../../src/app/components/data/ReloadConfirm.vue';
import { useDatasetStore } from '../../src/app/stores/dataset';
import { memoryBackend, readSaved, setSavedDataBackend, type SavedDataBackend } from '../../src/app/lib/savedData';
import { appPlugins, settle } from './helpers';

const cut = readFileSync(resolve(process.cwd(), 'data/seed-tables.txt'), 'utf8').split('\n').slice(0, 28).join('\n');
const Page = defineComponent(() => () => [h(DataView), h(ReloadConfirm)]);

let backend: ReturnType<typeof memoryBackend>;
let prev: SavedDataBackend;
let wrapper: VueWrapper;
const count = (key: string) => Number(wrapper.find(`[data-test="count-${key}"] .summary__value`).text().replace(/\D/g, ''));
const box = () => document.querySelector<HTMLElement>('.el-message-box');
const toasts = () => Array.from(document.querySelectorAll('.el-message')).map((m) => m.textContent?.trim());

async function paste(text: string) {
  await wrapper.find('textarea').setValue(text);
  await wrapper.find('[data-test="paste-submit"]').trigger('click');
  for (let i = 0; i < 100 && !box(); i++) await settle(20);
}
async function answer(button: 'go' | 'cancel') {
  box()!.querySelector<HTMLElement>(button === 'go' ? '.el-button--primary' : '.el-message-box__btns .el-button:not(.el-button--primary)')!.click();
  await settle(400);
  await flushPromises();
}

describe('data page: a load that removes indicators', () => {
  beforeEach(async () => {
    localStorage.clear();
    prev = setSavedDataBackend((backend = memoryBackend()));
    wrapper = mount(Page, { global: { plugins: appPlugins().plugins }, attachTo: document.body });
    await useDatasetStore().init(null);
    await flushPromises();
  });
  afterEach(() => {
    wrapper.unmount();
    document.body.innerHTML = '';
    setSavedDataBackend(prev);
  });

  it('asks with the counts; 取消 changes nothing and says so', async () => {
    expect([count('projects'), count('indicators'), count('actuals')]).toEqual([4, 99, 219]);
    await paste(cut);
    expect(box()!.querySelector('.el-message-box__title')!.textContent).toBe('载入会删除已有指标');
    expect(box()!.querySelector('[data-test="reload-question"]')!.textContent)
      .toBe('重新载入将使项目「“一企来办”平台运营运维费」的指标由 25 个变为 0 个，53 条实际值将失去对应指标。仍要载入吗？');
    expect(Array.from(box()!.querySelectorAll('.el-message-box__btns .el-button')).map((b) => b.textContent?.trim())).toEqual(['取消', '载入']);
    await answer('cancel');
    expect([count('projects'), count('indicators'), count('actuals')]).toEqual([4, 99, 219]);
    expect(wrapper.findAll('[data-test="files-table"] .el-table__body tr').length).toBe(3);
    expect(toasts()).toContain('已取消载入 粘贴文本1，数据未改变');
    expect(wrapper.find('[data-test="undo-load"]').exists()).toBe(false);
    await useDatasetStore().saved();
    expect(await readSaved(backend)).toEqual({ kind: 'none' });
  });

  it('载入 applies it; 撤销上次载入 brings the 25 indicators back', async () => {
    await paste(cut);
    await answer('go');
    expect([count('projects'), count('indicators'), count('actuals')]).toEqual([4, 74, 219]);
    const undo = wrapper.find('[data-test="undo-load"]');
    expect(undo.text()).toBe('撤销上次载入');
    expect(undo.attributes('title')).toBe('恢复到载入 粘贴文本1 之前的数据');
    await undo.trigger('click');
    await settle(50);
    await flushPromises();
    expect([count('projects'), count('indicators'), count('actuals'), count('problems')]).toEqual([4, 99, 219, 0]);
    expect(wrapper.findAll('[data-test="files-table"] .el-table__body tr').length).toBe(3);
    expect(toasts()).toContain('已撤销载入 粘贴文本1，数据已恢复为载入前的状态');
    expect(wrapper.find('[data-test="undo-load"]').exists()).toBe(false);
  });
});
