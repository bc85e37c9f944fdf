// IndexedDB failing, injected before the app starts (page.addInitScript): on open (storage blocked:
// indexedDB.open throws SecurityError), on write (the save's transaction aborts with UnknownError)
// and for want of space (it aborts with QuotaExceededError, as Chromium's does when the quota is
// reached). Each time the user is told the truth, in the visible toast and on the 数据 page — not
// "上次保存在本浏览器的数据无法读取" when nothing was saved — and nothing loaded in the session is
// lost: the loaded file stays listed, the counts hold, and a further load still works.
// Screenshots: test-results/storage-fault-{open,write,quota}.png.
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useBrowser, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const baseURL = inject('baseURL');
const browser = useBrowser();

type Fault = 'open' | 'write' | 'quota';

/**
 * Runs in the page before the app. The write faults act only while sessionStorage 'idb-fault'
 * names them, so a test can save once, then fail, then reload to see what was kept.
 */
function injectFaults() {
  const fault = () => sessionStorage.getItem('idb-fault');
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    // Chromium's words when site data is blocked.
    if (fault() === 'open') throw new DOMException("Failed to execute 'open' on 'IDBFactory': access to the Indexed Database API is denied in this context.", 'SecurityError');
    return open.apply(this, args);
  };
  const put = IDBObjectStore.prototype.put;
  const failed = new WeakSet<IDBTransaction>();
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = put.apply(this, args);
    const f = fault();
    if ((f === 'write' || f === 'quota') && !failed.has(this.transaction)) {
      failed.add(this.transaction);
      const error = f === 'quota' ? new DOMException('The quota has been exceeded.', 'QuotaExceededError') : new DOMException('Internal error committing transaction.', 'UnknownError');
      // As the browser does: the transaction aborts and its `error` says why.
      Object.defineProperty(this.transaction, 'error', { value: error });
      this.transaction.abort();
    }
    return request;
  };
}

async function open(b: Browser, fault: Fault | null) {
  const context = await b.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  await context.addInitScript(injectFaults);
  if (fault) await context.addInitScript((f) => sessionStorage.setItem('idb-fault', f), fault);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL}#/data`);
  await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
  return { page, errors, context };
}

const rows = (page: Page) => page.locator('[data-test="files-table"] .el-table__body tr');
const count = async (page: Page, key: string) => Number(((await page.locator(`[data-test="count-${key}"] .summary__value`).textContent()) ?? '').replace(/\D/g, ''));
const counts = async (page: Page) => ({ projects: await count(page, 'projects'), indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') });
const toasts = (page: Page) => page.locator('.el-message.storage-warning .el-message__content').allTextContents();
const status = (page: Page) => page.locator('[data-test="saved-status"]');
const csv = (rowText: string) => ({ name: '', mimeType: 'text/csv', buffer: Buffer.from(`项目名称,三级指标,日期,实际值\n${rowText}\n`) });

/** Loads one actuals CSV through the file picker and waits until it is listed. */
async function load(page: Page, name: string, rowText: string) {
  const before = await rows(page).count();
  await page.locator('[data-test="file-input"]').setInputFiles({ ...csv(rowText), name });
  await expect.poll(() => rows(page).count()).toBe(before + 1);
}

const FIRST = '江苏12345在线平台运行费,按时派单率,2024-10-31,100%';
const SECOND = '“一企来办”平台运营运维费,立项依据充分性,2024-10-31,达成';
const NOT_KEPT = '本次载入的数据只在此页面中，刷新后会丢失';
const BLOCKED = `本浏览器不允许保存数据（浏览器的隐私设置或无痕模式禁止网站保存数据），${NOT_KEPT}`;

describe('IndexedDB failing: the user is told the truth, and nothing loaded is lost', () => {
  it('on open (storage blocked): says the browser does not allow saving, never that a save is unreadable; loads keep working', async () => {
    const { page, errors, context } = await open(browser(), 'open');
    await expect.poll(() => toasts(page)).toEqual([BLOCKED]);
    expect(await status(page).textContent()).toBe(BLOCKED);
    expect(await page.locator('body').textContent()).not.toContain('无法读取');
    const sample = await counts(page);

    await load(page, '十月实际值.csv', FIRST);
    await load(page, '十月实际值2.csv', SECOND);
    expect(await counts(page)).toEqual({ ...sample, actuals: sample.actuals + 2 });
    expect((await rows(page).allTextContents()).slice(-2).map((r) => r.includes('十月实际值'))).toEqual([true, true]);
    // Still the truth after the saves that failed, and said once only.
    await page.waitForTimeout(300);
    expect(await status(page).textContent()).toBe(BLOCKED);
    expect(await toasts(page)).toEqual([BLOCKED]);
    await screenshot(page, 'storage-fault-open');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on write: nothing said at start (nothing was saved), then the refused save named; the data stays', async () => {
    const { page, errors, context } = await open(browser(), 'write');
    await page.waitForTimeout(300);
    expect(await toasts(page)).toEqual([]);
    expect(await status(page).count()).toBe(0);
    const sample = await counts(page);

    await load(page, '十月实际值.csv', FIRST);
    const told = `未能在本浏览器保存数据（UnknownError: Internal error committing transaction.），${NOT_KEPT}`;
    await expect.poll(() => toasts(page)).toEqual([told]);
    expect(await status(page).textContent()).toBe(told);
    await load(page, '十月实际值2.csv', SECOND);
    expect(await counts(page)).toEqual({ ...sample, actuals: sample.actuals + 2 });
    await screenshot(page, 'storage-fault-write');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on quota: says the space is full; the session keeps its data, and the last good save is what a reload restores', async () => {
    const { page, errors, context } = await open(browser(), null);
    const sample = await counts(page);
    await load(page, '十月实际值.csv', FIRST);
    await expect.poll(() => status(page).textContent()).toMatch(/^已保存在本浏览器/);

    await page.evaluate(() => sessionStorage.setItem('idb-fault', 'quota'));
    await load(page, '十月实际值2.csv', SECOND);
    const told = `本浏览器留给本网站的存储空间已满，未能保存数据，${NOT_KEPT}`;
    await expect.poll(() => toasts(page)).toEqual([told]);
    expect(await status(page).textContent()).toBe(told);
    expect(await counts(page)).toEqual({ ...sample, actuals: sample.actuals + 2 });
    await screenshot(page, 'storage-fault-quota');

    // A further load still works in the page.
    await load(page, '十月实际值3.csv', '省政务办信息系统安全运维,渗透测试,2024-10-31,3');
    expect(await counts(page)).toEqual({ ...sample, actuals: sample.actuals + 3 });

    // The save before the quota ran out was left whole: a reload restores it. The storage stays
    // full through the reload (a page leaving may try to save once more: that too must fail).
    await page.reload();
    await expect.poll(() => rows(page).count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 1);
    expect(await counts(page)).toEqual({ ...sample, actuals: sample.actuals + 1 });
    expect(await status(page).textContent()).toMatch(/^已恢复上次载入的数据/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
