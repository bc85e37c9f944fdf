// A load large enough for the load worker, in a real browser: a generated province's projects CSV
// (300 projects, ~3 MB) picked on the 数据 page is read and parsed in the worker, sent back packed
// (io/packDataset) and rebuilt on the page; then an actuals CSV merges into the worker's own copy
// (the page sends only the file). Both give exactly the counts and problems io/load gives in Node,
// the progress says what it is doing, and 取消 is offered while the worker works.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, openPage, screenshot } from './browser';
import { BUNDLED_FILES } from '../../src/app/lib/bundled';
import { generate } from '../../scripts/gen';
import { loadFiles } from '../../src/io/load';
import { WORKER_THRESHOLD } from '../../src/app/lib/loadRunner';
import { bundledInputs } from '../app/projectFixture';

const baseURL = inject('baseURL');
const browser = useBrowser();

const count = async (page: Page, key: string) => Number(((await page.locator(`[data-test="count-${key}"]`).textContent()) ?? '').replace(/\D/g, ''));
const counts = async (page: Page) => ({ projects: await count(page, 'projects'), indicators: await count(page, 'indicators'), actuals: await count(page, 'actuals') });

describe('a province-sized load through the worker', () => {
  it('gives the counts io/load gives, for a first load and one merged into the worker\'s copy', async () => {
    const gen = generate(300, 11);
    const projects = { name: '省级项目.csv', content: new TextEncoder().encode(gen.files.projects) };
    const actuals = { name: '省级实际值.csv', content: new TextEncoder().encode(gen.files.actuals) };
    expect(projects.content.length).toBeGreaterThan(WORKER_THRESHOLD);
    expect(actuals.content.length).toBeGreaterThan(WORKER_THRESHOLD);
    const afterProjects = loadFiles([projects], loadFiles(bundledInputs()).dataset);
    const afterActuals = loadFiles([actuals], afterProjects.dataset);

    const { page, errors } = await openPage(browser(), `${baseURL}#/data`, { width: 1440, height: 1300 });
    const files = page.locator('[data-test="files-table"] .el-table__body tr');
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(BUNDLED_FILES.length);

    await page.locator('[data-test="file-input"]').setInputFiles({ name: projects.name, mimeType: 'text/csv', buffer: Buffer.from(projects.content) });
    // While the worker parses: the progress, with 取消.
    await page.locator('[data-test="load-cancel"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => files.count(), { timeout: 60_000 }).toBe(BUNDLED_FILES.length + 1);
    const d1 = afterProjects.dataset;
    expect(await counts(page)).toEqual({ projects: d1.projects.length, indicators: d1.indicators.length, actuals: d1.actuals.length });
    expect(d1.projects.length).toBe(304);

    await page.locator('[data-test="file-input"]').setInputFiles({ name: actuals.name, mimeType: 'text/csv', buffer: Buffer.from(actuals.content) });
    await expect.poll(() => files.count(), { timeout: 60_000 }).toBe(BUNDLED_FILES.length + 2);
    const d2 = afterActuals.dataset;
    expect(await counts(page)).toEqual({ projects: d2.projects.length, indicators: d2.indicators.length, actuals: d2.actuals.length });
    expect(d2.actuals.length).toBeGreaterThan(d1.actuals.length + 500);
    // The files table says what each load read, as io/load's summaries do.
    const last = (await files.last().locator('td').allTextContents()).slice(1, 3);
    expect(last).toEqual([actuals.name, '实际值（CSV）']);
    await expect.poll(() => page.locator('[data-test="load-progress"]').count(), { timeout: 30_000 }).toBe(0);
    await screenshot(page, 'large-load');
    expect(errors).toEqual([]);
  });
});
