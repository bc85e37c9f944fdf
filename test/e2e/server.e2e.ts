// The round on the team server in Chromium, three people in three browsers: the unit fills its
// project's form and submits it, the department returns it with a comment, the unit fixes it and
// resubmits, the department and finance approve. A stale edit from a second browser of the unit is
// shown with the other's change and the user's own text kept. Finance loads a new target table
// through the 数据 page (preview, then 确认导入) and the unit finds the project in 待办, attaches a
// file and deletes it, and sees the round read only once finance closes it. The administrator
// creates another unit and its account, whose user sees none of it; the menu is each role's. The test starts its own server (SQLite in a
// temp folder, --demo, the built app from E2E_DIST or dist/) on a free port and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot } from './browser';
import { freePort } from '../../scripts/measure-first-screen';

const DIST = resolve(process.env.E2E_DIST ?? 'dist');
const PROJECT = '“一企来办”平台运营运维费';

let server: ChildProcess;
let dataDir: string;
let base = '';
const passwords: Record<string, string> = {};
let browser: Browser;

/** Starts the server and reads the one-time passwords it prints (admin and the demo accounts). */
async function startServer(): Promise<void> {
  dataDir = mkdtempSync(join(tmpdir(), 'im-e2e-server-'));
  const port = await freePort();
  const env = { ...process.env };
  delete env.DATABASE_URL;
  server = spawn(resolve('node_modules/.bin/tsx'), ['src/server/main.ts', '--data', dataDir, '--demo', '--port', String(port), '--app', DIST], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${out}`)), 45_000);
    server.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('服务已启动')) {
        clearTimeout(timer);
        done();
      }
    });
    server.stderr!.on('data', (b: Buffer) => (out += b.toString()));
    server.on('exit', (code) => fail(new Error(`server exited (${code}):\n${out}`)));
  });
  passwords.admin = /管理员账号 admin.*一次性密码：(\S+)/.exec(out)![1];
  for (const m of out.matchAll(/^ {2}(demo-\w+)\s+(\S+)\s/gm)) passwords[m[1]] = m[2];
  base = `http://127.0.0.1:${port}/`;
}

/** A fresh browser (own cookies) signed in through the 登录 page. */
async function signIn(username: string, password = passwords[username]): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  // The API's refusals (401 for the signed-out start's GET /api/session, 400/403/409 the test
  // provokes) are logged by the browser as failed loads; the page shows them, the test asserts that.
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.locator('[data-test="signin-page"]').waitFor({ timeout: 20_000 });
  await page.fill('[data-test="signin-username"]', username);
  await page.fill('[data-test="signin-password"]', password);
  await page.click('[data-test="signin-submit"]');
  return { page, errors };
}

const todoRows = async (page: Page) => {
  await page.locator('[data-test="todo-table"]').waitFor();
  await page.waitForLoadState('networkidle');
  const rows = page.locator('[data-test="todo-table"] .el-table__body tr');
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) out.push((await rows.nth(i).locator('td').allInnerTexts()).map((t) => t.trim()).filter(Boolean).join(' '));
  return out;
};
const openForm = async (page: Page) => {
  await page.locator('[data-test="todo-link"]', { hasText: PROJECT }).click();
  await page.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
};
const state = (page: Page) => page.locator('[data-test="review-state"]').textContent();
/** The left menu's entries (data-test names). */
/** Files dropped on the page as the browser drops them (a DragEvent carrying a DataTransfer). */
async function dropFile(page: Page, name: string, text: string) {
  await page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) document.querySelector('.app-shell__main')!.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
}
const menu = (page: Page) => page.locator('.app-shell__aside [data-test^="menu-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-test')));
const NEW_PROJECT = '新载入的演示项目';
/** The first target table of the bundled seed, renamed: a project the server does not have, of the demo unit. */
function newTable(): Buffer {
  const text = readFileSync('data/seed-tables.txt', 'utf8');
  const second = text.indexOf('江苏省省级项目预算绩效目标表', text.indexOf('江苏省省级项目预算绩效目标表') + 1);
  return Buffer.from(text.slice(0, second).replaceAll(PROJECT, NEW_PROJECT), 'utf8');
}
/** The 满意度 indicator's row of the form. */
const satisfaction = (page: Page) => page.locator('[data-test^="record-row-"]', { hasText: '满意' }).first();
const cell = (page: Page, field: string) => satisfaction(page).locator(`[data-field="${field}"]`);
async function type(page: Page, field: string, text: string) {
  await cell(page, field).fill(text);
  await cell(page, field).blur();
  await expect.poll(() => page.locator('[data-test="form-saved"]').textContent()).toMatch(/^已保存到服务器 \d{2}:\d{2}:\d{2}$/);
}

describe('a round on the team server, three browsers', () => {
  beforeAll(async () => {
    await startServer();
    browser = await launch();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a wrong password with the server\'s words, signs the unit in to its to-do list, signs out here and everywhere', async () => {
    const { page, errors } = await signIn('demo-unit', 'not-the-password');
    await expect.poll(() => page.locator('[data-test="signin-error"]').textContent()).toBe('用户名或密码不对');
    await page.fill('[data-test="signin-password"]', passwords['demo-unit']);
    await page.click('[data-test="signin-submit"]');
    expect(await todoRows(page)).toEqual([
      `待填报 ${PROJECT} 江苏省政务服务网运营中心 2024年1–7月监控（演示） 2024-08-07`,
      '待填报 江苏12345在线平台运行费 江苏省政务服务网运营中心 2024年1–7月监控（演示） 2024-08-07',
      '待填报 省政务办信息系统安全运维 江苏省政务服务网运营中心 2024年1–7月监控（演示） 2024-08-07',
    ]);
    expect(await page.locator('[data-test="user-name"]').textContent()).toBe('演示账号（江苏省政务服务网运营中心） · 单位填报');
    // 退出所有设备 from another browser ends this session too: its next request is refused, and it goes to 登录.
    const elsewhere = await signIn('demo-unit');
    await todoRows(elsewhere.page);
    await elsewhere.page.locator('[data-test="user-menu-button"]').click();
    await elsewhere.page.locator('[data-test="menu-account"]').click();
    await elsewhere.page.locator('[data-test="account-sign-out-all"]').click();
    await elsewhere.page.locator('[data-test="signin-page"]').waitFor();
    await page.reload();
    await page.locator('[data-test="signin-page"]').waitFor();
    // Signed in again, 退出登录 goes back to 登录 and a reload stays there.
    await page.fill('[data-test="signin-username"]', 'demo-unit');
    await page.fill('[data-test="signin-password"]', passwords['demo-unit']);
    await page.click('[data-test="signin-submit"]');
    await page.locator('[data-test="todo-page"]').waitFor();
    await page.locator('[data-test="sign-out"]').click();
    await page.locator('[data-test="signin-page"]').waitFor();
    await page.reload();
    await page.locator('[data-test="signin-page"]').waitFor();
    expect(await page.locator('[data-test="user-menu"]').count()).toBe(0);
    await page.context().close();
    await elsewhere.page.context().close();
    expect(errors).toEqual([]);
    expect(elsewhere.errors).toEqual([]);
  }, 90_000);

  it('runs the round: fill, submit, return with a comment, fix, resubmit, approve twice; a stale edit keeps the user\'s text', async () => {
    const unit = await signIn('demo-unit');
    const dept = await signIn('demo-department');
    const finance = await signIn('demo-finance');
    const u = unit.page;

    // The unit fills the form; a second browser of the same unit opened it before that save.
    await openForm(u);
    expect(await state(u)).toBe('草稿');
    const second = await signIn('demo-unit');
    await openForm(second.page);
    await type(u, 'value', '96%');
    await type(u, 'reason', '满意度调查已完成');
    await cell(second.page, 'value').fill('90%');
    await cell(second.page, 'value').blur();
    const conflict = second.page.locator('[data-test="conflict"]');
    await conflict.waitFor();
    expect(await conflict.locator('[data-test="conflict-title"]').textContent()).toMatch(/^“.*满意.*”已被他人修改，你的内容未保存$/);
    expect(await conflict.locator('[data-test="conflict-theirs"]').textContent()).toMatch(/^对方（demo-unit，\d{4}\/\d{1,2}\/\d{1,2} \d{2}:\d{2}:\d{2}）的内容执行情况：96%偏差原因：满意度调查已完成$/);
    expect(await conflict.locator('[data-test="conflict-mine"]').textContent()).toBe('你的内容（未保存，可重新提交）执行情况：90%偏差原因：（空）');
    await conflict.scrollIntoViewIfNeeded();
    await screenshot(second.page, 'server-conflict');
    // Taking theirs shows their text in the form; nothing is written.
    await conflict.locator('[data-test="conflict-theirs-take"]').click();
    expect(await cell(second.page, 'value').inputValue()).toBe('96%');
    expect(await cell(second.page, 'reason').inputValue()).toBe('满意度调查已完成');
    await second.page.context().close();

    // 佐证材料 go to the server; another browser lists them.
    await satisfaction(u).locator('[data-test="attachment-input"]').setInputFiles({ name: '满意度调查报告.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 满意度调查') });
    await expect.poll(() => satisfaction(u).locator('[data-test="attachment-download"]').allTextContents()).toEqual(['满意度调查报告.pdf']);

    // 送审 asks, then locks the form.
    await u.locator('[data-test="review-submit"]').click();
    await u.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => state(u)).toBe('已送审');
    expect(await u.locator('[data-test="review-locked"]').textContent()).toContain('已送审：填报内容已锁定，等待主管部门审核。');
    expect(await cell(u, 'value').getAttribute('readonly')).not.toBeNull();

    // The department sees it to review, returns it: first without a comment (refused), then with one.
    await dept.page.reload();
    expect(await todoRows(dept.page)).toEqual([`待审核 ${PROJECT} 江苏省政务服务网运营中心 2024年1–7月监控（演示） 2024-08-07`]);
    expect(await dept.page.locator('[data-test="not-submitted"]').textContent()).toMatch(/^未送审（催报）：\d+ 个项目$/);
    // The department's 汇总表 in one click: an .xlsx workbook.
    const [sheet] = await Promise.all([dept.page.waitForEvent('download'), dept.page.locator('[data-test="summary-download"]').click()]);
    expect(sheet.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(readFileSync((await sheet.path())!).subarray(0, 2).toString()).toBe('PK');
    await openForm(dept.page);
    expect(await state(dept.page)).toBe('已送审');
    expect(await cell(dept.page, 'value').inputValue()).toBe('96%');
    await expect.poll(() => satisfaction(dept.page).locator('[data-test="attachment-download"]').allTextContents()).toEqual(['满意度调查报告.pdf']);
    const [download] = await Promise.all([dept.page.waitForEvent('download'), satisfaction(dept.page).locator('[data-test="attachment-download"]').click()]);
    expect(download.suggestedFilename()).toBe('满意度调查报告.pdf');
    await dept.page.locator('[data-test="review-return"]').click();
    expect(await dept.page.locator('[data-test="review-error"]').textContent()).toBe('退回须填写意见，说明需要修改什么');
    await dept.page.fill('[data-test="review-comment-input"]', '请补充满意度调查的样本量');
    await dept.page.locator('[data-test="review-return"]').click();
    await expect.poll(() => state(dept.page)).toBe('被退回');
    expect(await dept.page.locator('[data-test="review-return"]').count()).toBe(0);

    // The unit sees it returned with the comment, fixes it and resubmits.
    await u.reload();
    await u.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
    expect(await state(u)).toBe('被退回');
    expect(await u.locator('[data-test="review-comment"]').textContent()).toContain('被退回，意见：请补充满意度调查的样本量');
    await type(u, 'note', '样本量 1,200 份');
    await u.locator('[data-test="review-bar"]').scrollIntoViewIfNeeded();
    await screenshot(u, 'server-returned');
    await u.locator('[data-test="review-submit"]').click();
    await u.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => state(u)).toBe('已送审');

    // The department approves; finance sees it to approve and approves it: final.
    await dept.page.reload();
    await dept.page.locator('[data-test="review-approve"]').click();
    await expect.poll(() => state(dept.page)).toBe('部门已审');
    await finance.page.reload();
    expect(await todoRows(finance.page)).toEqual([`待复核 ${PROJECT} 江苏省政务服务网运营中心 2024年1–7月监控（演示） 2024-08-07`]);
    await openForm(finance.page);
    expect(await cell(finance.page, 'note').inputValue()).toBe('样本量 1,200 份');
    await finance.page.locator('[data-test="review-approve"]').click();
    await expect.poll(() => state(finance.page)).toBe('财政已审');
    await finance.page.locator('[data-test="review-bar"]').scrollIntoViewIfNeeded();
    await screenshot(finance.page, 'server-approved');
    await u.reload();
    await u.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
    expect(await state(u)).toBe('财政已审');
    expect(await u.locator('[data-test="review-locked"]').textContent()).toContain('财政已审：本表已最终审定。');
    // Finance opens the next round from 待办 (listed newest first); every form there starts unsubmitted.
    await finance.page.locator('[data-test="menu-todo"]').click();
    await finance.page.fill('[data-test="open-round-name"]', '2024年1–9月监控');
    await finance.page.locator('[data-test="open-round-end"] input').fill('2024-09-30');
    await finance.page.keyboard.press('Enter');
    await finance.page.locator('[data-test="open-round-deadline"] input').fill('2024-10-10');
    await finance.page.keyboard.press('Enter');
    await finance.page.click('[data-test="open-round-submit"]');
    await expect.poll(() => finance.page.locator('[data-test="round-status"] .page-title').allTextContents()).toEqual(['2024年1–9月监控：各项目填报情况', '2024年1–7月监控（演示）：各项目填报情况']);
    expect(await finance.page.locator('[data-test="round-status"]').nth(0).locator('[data-test="not-submitted"]').textContent()).toMatch(/^未送审（催报）：\d+ 个项目$/);
    await u.reload();
    await u.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
    expect([await u.locator('[data-test="round-form"] .page-title').first().textContent(), await state(u)]).toEqual(['2024年1–9月监控', '草稿']);
    for (const p of [unit, dept, finance]) {
      expect(p.errors).toEqual([]);
      await p.page.context().close();
    }
  }, 240_000);

  it('finance loads a table into the server with a preview; the unit fills the new project, attaches and deletes a file; a closed round is read only', async () => {
    const finance = await signIn('demo-finance');
    const f = finance.page;
    await todoRows(f);
    // The 数据 page loads into the server: a preview first, nothing written until 确认导入.
    await f.locator('[data-test="menu-data"]').click();
    const panel = f.locator('[data-test="server-import"]');
    await panel.waitFor({ timeout: 15_000 });
    await panel.locator('[data-test="file-input"]').setInputFiles({ name: '新项目目标表.txt', mimeType: 'text/plain', buffer: newTable() });
    await f.locator('[data-test="import-preview"]').waitFor({ timeout: 30_000 });
    expect(await f.locator('[data-test="import-counts"]').textContent()).toMatch(/^新增 1 个项目，更新 0 个项目，不能载入 0 个，问题 \d+ 条$/);
    expect(await f.locator('[data-test="import-added"] .el-tag').allTextContents()).toEqual([NEW_PROJECT]);
    await screenshot(f, 'server-import-preview');
    // 取消 writes nothing: the unit's to-do list does not have it.
    await f.locator('[data-test="import-cancel"]').click();
    const unit = await signIn('demo-unit');
    const u = unit.page;
    expect((await todoRows(u)).filter((r) => r.includes(NEW_PROJECT))).toEqual([]);
    // A table dropped on another page is not loaded into finance's browser: it is taken to 数据's
    // import into the server, previewed there. 数据 has no 重置为示例数据 / 清空数据 on the server.
    await f.locator('[data-test="menu-todo"]').click();
    await f.locator('[data-test="todo-page"]').waitFor({ timeout: 15_000 });
    await dropFile(f, '新项目目标表.txt', newTable().toString('utf8'));
    await f.locator('[data-test="import-preview"]').waitFor({ timeout: 30_000 });
    expect([new URL(f.url()).hash, await f.locator('.el-message--info').last().textContent()]).toEqual(['#/data', '文件已交给“数据”页载入服务器：先看预览，确认导入后才写入服务器。']);
    expect(await f.locator('[data-test="reset-data"], [data-test="clear-data"]').count()).toBe(0);
    await f.locator('[data-test="import-confirm"]').click();
    await expect.poll(() => f.locator('.el-message--success').allTextContents()).toContain('已载入服务器：新增 1 个、更新 0 个项目');
    await expect.poll(() => f.locator('[data-test="import-preview"]').count()).toBe(0);

    // The unit finds the new project in 待办, in each open round.
    await u.reload();
    expect((await todoRows(u)).filter((r) => r.includes(NEW_PROJECT))).toEqual([
      `待填报 ${NEW_PROJECT} 江苏省政务服务网运营中心 2024年1–7月监控（演示） 2024-08-07`,
      `待填报 ${NEW_PROJECT} 江苏省政务服务网运营中心 2024年1–9月监控 2024-10-10`,
    ]);
    // Units do not load target tables: no 数据 in their menu, and the page says who does.
    expect(await menu(u)).not.toContain('menu-data');
    await u.locator('[data-test="todo-link"]', { hasText: NEW_PROJECT }).first().click();
    await u.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
    // 佐证材料: uploaded to the server, then deleted with × after confirming; a reload shows it gone.
    const row = satisfaction(u);
    await row.locator('[data-test="attachment-input"]').setInputFiles({ name: '样本清单.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 样本清单') });
    await expect.poll(() => row.locator('[data-test="attachment-download"]').allTextContents()).toEqual(['样本清单.pdf']);
    await row.scrollIntoViewIfNeeded();
    await screenshot(u, 'server-attachment');
    await row.locator('[data-test="attachment-remove"]').click();
    expect(await u.locator('.el-message-box__message').textContent()).toBe('删除佐证材料“样本清单.pdf”？删除后不能恢复。');
    await u.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => row.locator('[data-test="attachment-download"]').count()).toBe(0);
    await u.reload();
    await u.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
    await u.waitForLoadState('networkidle');
    expect(await satisfaction(u).locator('[data-test="attachment-download"]').count()).toBe(0);
    await satisfaction(u).locator('[data-test="attachment-input"]').setInputFiles({ name: '保留.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 保留') });
    await expect.poll(() => satisfaction(u).locator('[data-test="attachment-download"]').allTextContents()).toEqual(['保留.pdf']);

    // Finance closes the 1–9月 round (asked first); the unit's form in it is then read only, labelled 已关闭.
    await f.locator('[data-test="menu-todo"]').click();
    const list = f.locator('[data-test="round-list"]');
    await list.waitFor();
    const rowOf = (name: string) => list.locator('.el-table__body tr', { hasText: name });
    await rowOf('2024年1–9月监控').locator('[data-test="round-close"]').click();
    expect(await f.locator('.el-message-box__message').textContent()).toBe('关闭“2024年1–9月监控”后各单位不能再填报或送审。确定关闭吗？');
    await f.locator('.el-message-box__btns .el-button--primary').click();
    await expect.poll(() => rowOf('2024年1–9月监控').locator('[data-test="round-state"]').textContent()).toBe('已关闭');
    expect(await rowOf('2024年1–7月监控（演示）').locator('[data-test="round-state"]').textContent()).toBe('进行中');
    await list.scrollIntoViewIfNeeded();
    await screenshot(f, 'server-rounds');
    await u.reload();
    await u.locator('[data-test="review-bar"]').waitFor({ timeout: 15_000 });
    await expect.poll(() => u.locator('[data-test="round-closed"]').textContent()).toBe('已关闭');
    expect(await u.locator('[data-test="review-locked"]').textContent()).toContain('本轮已关闭');
    expect(await u.locator('[data-test="review-submit"]').count()).toBe(0);
    expect(await cell(u, 'value').getAttribute('readonly')).not.toBeNull();
    expect([await satisfaction(u).locator('[data-test="attachment-download"]').allTextContents(), await satisfaction(u).locator('[data-test="attachment-remove"]').count()]).toEqual([['保留.pdf'], 0]);
    await screenshot(u, 'server-closed');
    // 数据 is not the unit's: its URL leads to 待办, highlighted in the menu; a dropped file is not
    // loaded, and the unit is told who loads target tables. Rounds are opened by finance only.
    await u.goto(`${base}#/data`);
    await expect.poll(() => new URL(u.url()).hash).toBe('#/todo');
    await expect.poll(() => u.locator('.app-shell__aside .el-menu-item.is-active').getAttribute('data-test')).toBe('menu-todo');
    await dropFile(u, '本地表.txt', newTable().toString('utf8'));
    await expect.poll(() => u.locator('.el-message--warning').last().textContent()).toBe('拖入的文件没有载入：目标表由本单位的主管部门或财政部门载入服务器，本单位的项目请在“待办”中填报。');
    expect(new URL(u.url()).hash).toBe('#/todo');
    await u.locator('[data-test="menu-round"]').click();
    await u.locator('[data-test="round-header"]').waitFor({ timeout: 15_000 });
    expect(await u.locator('[data-test="new-round"]').count()).toBe(0);
    for (const p of [unit, finance]) {
      expect(p.errors).toEqual([]);
      await p.page.context().close();
    }
  }, 240_000);

  it('the administrator adds another unit and its account; that user sees none of the round', async () => {
    const admin = await signIn('admin');
    const a = admin.page;
    // A one-time password must be replaced first.
    await a.locator('[data-test="must-change"]').waitFor({ timeout: 15_000 });
    await a.fill('[data-test="password-current"]', passwords.admin);
    await a.fill('[data-test="password-next"]', 'Admin-new-passw0rd!');
    await a.fill('[data-test="password-again"]', 'Admin-new-passw0rd!');
    await a.click('[data-test="password-submit"]');
    await expect.poll(() => a.locator('[data-test="password-error"]').textContent()).toBe('密码不能包含用户名');
    await a.fill('[data-test="password-next"]', 'Kf93-long-secret!');
    await a.fill('[data-test="password-again"]', 'Kf93-long-secret!');
    await a.click('[data-test="password-submit"]');
    await a.locator('[data-test="admin-page"]').waitFor({ timeout: 15_000 });
    // The administrator sees no project data (not even the sample).
    expect(await a.locator('[data-test="data-summary"]').textContent()).not.toMatch(/个项目/);
    await a.fill('[data-test="unit-name"]', '其他单位');
    await a.locator('[data-test="unit-parent"]').click();
    await a.locator('.el-select-dropdown__item:visible', { hasText: '财政局' }).click();
    await a.click('[data-test="unit-add"]');
    await expect.poll(() => a.locator('[data-test="units-table"]').textContent()).toContain('其他单位');
    await a.fill('[data-test="user-username"]', 'other-unit');
    await a.fill('[data-test="user-display"]', '其他单位填报员');
    await a.locator('[data-test="user-unit"]').click();
    await a.locator('.el-select-dropdown__item:visible', { hasText: '其他单位' }).click();
    await a.click('[data-test="user-add"]');
    const once = a.locator('[data-test="one-time-password-value"]');
    await once.waitFor();
    const otherPassword = (await once.textContent())!.trim();
    expect(await a.locator('[data-test="one-time-password"]').textContent()).toContain('other-unit 的一次性密码：');
    await screenshot(a, 'server-admin');
    // The administrator's menu is their page only; signed out and in as others in the same browser
    // (no reload), each sees their own.
    expect(await menu(a)).toEqual(['menu-admin']);
    for (const [who, has, lacks] of [['demo-unit', 'menu-todo', ['menu-admin', 'menu-data']], ['demo-finance', 'menu-data', ['menu-admin']]] as const) {
      await a.locator('[data-test="sign-out"]').click();
      await a.locator('[data-test="signin-page"]').waitFor();
      await a.fill('[data-test="signin-username"]', who);
      await a.fill('[data-test="signin-password"]', passwords[who]);
      await a.click('[data-test="signin-submit"]');
      await a.locator('[data-test="todo-page"]').waitFor({ timeout: 15_000 });
      const items = await menu(a);
      expect([items.includes(has), lacks.filter((m) => items.includes(m))]).toEqual([true, []]);
    }
    expect(admin.errors).toEqual([]);

    const other = await signIn('other-unit', otherPassword);
    const o = other.page;
    await o.locator('[data-test="must-change"]').waitFor({ timeout: 15_000 });
    await o.fill('[data-test="password-current"]', otherPassword);
    await o.fill('[data-test="password-next"]', 'Zq81-long-secret!');
    await o.fill('[data-test="password-again"]', 'Zq81-long-secret!');
    await o.click('[data-test="password-submit"]');
    expect(await todoRows(o)).toEqual([]);
    expect(await o.locator('[data-test="todo-table"]').textContent()).toContain('没有待办事项');
    expect(await o.locator('[data-test="data-summary"]').textContent()).not.toMatch(/个项目/);
    // The project's page by its id: not there.
    const pid = new URL(base).origin;
    await o.goto(`${pid}/#/project/p-fea16ad3?tab=round`);
    await o.waitForLoadState('networkidle');
    expect(await o.locator('body').textContent()).not.toContain(PROJECT);
    expect(other.errors).toEqual([]);
  }, 120_000);
});
