// Implausible and out-of-year data in the app (issue 7 §2–4): loaded on the 数据 page, each bad row
// is listed with its file, row and field; the report date stays with the data (a 9999 date used to
// move it, a 0999 one to blank the overview after a reload); and two projects whose JSON gives the
// same indicator id each keep their own indicator. Screenshot: test-results/implausible-problems.png.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';

const baseURL = inject('baseURL');
const browser = useBrowser();
const YIQI = '“一企来办”平台运营运维费';

const actualsCsv = [
  '项目名称,三级指标,日期,实际值',
  `${YIQI},服务对象满意度,0999-06-30,90%`,
  `${YIQI},服务对象满意度,9999-12-31,90%`,
  `${YIQI},服务对象满意度,2024-06-30 25:99,90%`,
  `${YIQI},服务对象满意度,2023-06-30,90%`,
  `${YIQI},服务对象满意度,2024-08-31,1500%`,
  '江苏12345在线平台信息系统运维费,系统运行事故发生频率,2024-08-31,-50%',
  `${YIQI},服务对象满意度,2024-07-31,"1,234"`,
].join('\n');
const spendCsv = ['项目名称,支出项目,日期,累计执行数', `${YIQI},,2024-08-31,99999`, `${YIQI},,2024-08-31,-3`].join('\n');

const tableRows = async (page: Page, test: string) => {
  const rows = page.locator(`[data-test="${test}"] .el-table__body tr`);
  const n = await rows.count();
  return Promise.all([...Array(n).keys()].map(async (i) => (await rows.nth(i).locator('td').allTextContents()).map((c) => c.trim())));
};

describe('implausible data in the app', () => {
  it('lists every refused row by file, row and field, and keeps the report date and the overview', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`, { width: 1440, height: 1400 });
    const files = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    await expect.poll(() => page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-09-30');

    await page.locator('[data-test="file-input"]').setInputFiles([
      { name: '实际值（笔误）.csv', mimeType: 'text/csv', buffer: Buffer.from(actualsCsv) },
      { name: '执行数（笔误）.csv', mimeType: 'text/csv', buffer: Buffer.from(spendCsv) },
    ]);
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 2);
    const problems = page.locator('[data-test="problems-table"] .el-table__body tr');
    await expect.poll(() => problems.count()).toBe(9);
    const listed = await tableRows(page, 'problems-table');
    expect(listed.map((r) => r.slice(0, 4))).toEqual([
      ['错误', '实际值（笔误）.csv', '2', '日期'],
      ['错误', '实际值（笔误）.csv', '3', '日期'],
      ['错误', '实际值（笔误）.csv', '4', '日期'],
      ['错误', '实际值（笔误）.csv', '5', '日期'],
      ['错误', '实际值（笔误）.csv', '6', '实际值'],
      ['错误', '实际值（笔误）.csv', '7', '实际值'],
      ['错误', '实际值（笔误）.csv', '8', '实际值'],
      ['错误', '执行数（笔误）.csv', '2', '累计执行数'],
      ['错误', '执行数（笔误）.csv', '3', '累计执行数'],
    ]);
    expect(listed[1][4]).toContain('“9999-12-31”的年份 9999 不在 1900–2100 年之间');
    expect(listed[3][4]).toContain('日期 2023-06-30 不在项目');
    expect(listed[4][4]).toContain('1500% 超出 0–100% 的范围');
    expect(listed[7][4]).toContain('应是单位或位数填错');
    // The files table: projects, indicators, actuals, spend and errors of each file — every row refused.
    expect((await files.nth(BUNDLED_FILES.length).locator('td').allTextContents()).slice(4, 9)).toEqual(['0', '0', '0', '0', '7']);
    expect((await files.nth(BUNDLED_FILES.length + 1).locator('td').allTextContents()).slice(4, 9)).toEqual(['0', '0', '0', '0', '2']);
    await page.locator('[data-test="problems-table"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'implausible-problems');

    // Nothing moved the date; after a reload (restored from this browser) the overview still draws.
    await expect.poll(() => page.locator('[data-test="as-of"] input').inputValue()).toBe('2024-09-30');
    await page.reload();
    await page.locator('[data-test="menu-overview"]').click();
    await expect.poll(() => page.locator('[data-test="as-of"] input').inputValue(), { timeout: 15_000 }).toBe('2024-09-30');
    await expect.poll(() => page.locator('[data-test="card-projects"]').textContent(), { timeout: 15_000 }).toContain('4');
    expect(errors).toEqual([]);
  });

  it('gives each of two projects with the same indicator id its own indicator', async () => {
    const { page, errors } = await openPage(browser(), `${baseURL}#/data`);
    const files = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);
    const json = JSON.stringify({
      projects: [
        { id: 'pa', name: '项目甲', year: 2024, indicators: [{ id: 'i1', level1: '产出指标', level2: '数量指标', level3: '培训人次', targetH1: '≥50人次', targetFY: '≥100人次' }] },
        { id: 'pc', name: '项目丙', year: 2024, indicators: [{ id: 'i1', level1: '满意度指标', level2: '服务对象满意度指标', level3: '学员满意度', targetH1: '≥90%', targetFY: '≥90%' }] },
      ],
      actuals: [{ projectId: 'pc', indicatorId: 'i1', date: '2024-06-30', value: '95%' }],
    });
    await page.locator('[data-test="file-input"]').setInputFiles({ name: '两个项目.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length + 1);
    const listed = await tableRows(page, 'problems-table');
    expect(listed.map((r) => [r[0], r[1]])).toEqual([['提示', '两个项目.json']]);
    expect(listed[0][4]).toContain('编号“i1”已被项目“项目甲”使用，改用编号“pc:i1”');
    // 项目丙's page shows its own indicator with its actual, not 项目甲's.
    await page.goto(`${baseURL}#/project/pc?asOf=2024-06-30`);
    await expect.poll(() => page.locator('body').textContent(), { timeout: 15_000 }).toContain('学员满意度');
    expect(await page.locator('body').textContent()).not.toContain('培训人次');
    expect(errors).toEqual([]);
  });
});
