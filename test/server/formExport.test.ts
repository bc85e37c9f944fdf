// The round's 监控表 from the shared records: one click for a department (its units' projects) or
// finance (the province), and the same from the database with `npm run server -- export-form`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startHarness, type Client, type Harness } from './harness';

async function sheets(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets;
}
const text = (ws: ExcelJS.Worksheet) => {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value ?? ''))));
  return out;
};

describe('the round\'s 监控表 from the server (SQLite)', () => {
  let h: Harness;
  let unit: Client, dept: Client, finance: Client, other: Client;
  let rid: string, roundName: string, pid: string, projectName: string, level3: string;

  beforeAll(async () => {
    h = await startHarness('sqlite');
    [unit, dept, finance, other] = await Promise.all(['demo-unit', 'demo-department', 'demo-finance', 'other-unit'].map((u) => signedIn(h, u)));
    ({ id: rid, name: roundName } = (await unit.call('GET', '/api/rounds')).body[0]);
    ({ id: pid, name: projectName } = (await unit.call('GET', '/api/projects')).body[0]);
    const ind = (await unit.call('GET', `/api/projects/${pid}`)).body.indicators.find((i: { level3: string }) => /满意/.test(i.level3));
    level3 = ind.level3;
    expect((await unit.call('PUT', `/api/rounds/${rid}/projects/${pid}/records/${ind.id}`, { fields: { value: '97.5%', measures: '=HYPERLINK("x")' }, version: 0 })).status).toBe(200);
  });
  afterAll(() => h.close());

  it('gives each role the workbook of its scope, as a download, with the shared records in it', async () => {
    const raw = (c: Client) => h.app.inject({ url: `/api/rounds/${rid}/form.xlsx`, headers: { cookie: c.cookie } });
    const d = await raw(dept);
    expect(d.statusCode).toBe(200);
    expect(d.headers['content-disposition']).toBe(`attachment; filename="form.xlsx"; filename*=UTF-8''${encodeURIComponent(`${roundName}监控表`)}.xlsx`);
    const deptSheets = await sheets(d.rawPayload);
    const provinceSheets = await sheets((await raw(finance)).rawPayload);
    const unitSheets = await sheets((await raw(unit)).rawPayload);
    expect(deptSheets[0].name).toBe('汇总表');
    expect(provinceSheets.length).toBeGreaterThanOrEqual(deptSheets.length);
    expect(deptSheets.length).toBeGreaterThanOrEqual(unitSheets.length);
    const mine = unitSheets.slice(1).find((ws) => text(ws).some((v) => v.includes(projectName)))!;
    const cells = text(mine);
    expect(cells).toContain(level3);
    expect(cells).toContain('97.5%');
    // A formula typed into a field stays text in the workbook.
    expect(cells).toContain('=HYPERLINK("x")');
    mine.eachRow((row) => row.eachCell((c) => expect(c.formula).toBeUndefined()));
    expect((await other.call('GET', `/api/rounds/${rid}/form.xlsx`)).status).toBe(200);
    const otherSheets = await sheets((await raw(other)).rawPayload);
    expect(otherSheets.map((ws) => ws.name)).toEqual(['汇总表']);
    expect((await dept.call('GET', '/api/rounds/no-such-round/form.xlsx')).status).toBe(404);
  });

  it('writes the same from the database on the command line, for one department', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'im-form-')), 'dept.xlsx');
    const dataDir = h.db.sqlite!.name.replace(/\/[^/]+$/, '');
    const deptName = (await dept.call('GET', '/api/session')).body.user.unitName;
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'export-form', '--data', dataDir, '--round', roundName, '--unit', deptName, '--out', out], { encoding: 'utf-8' });
    expect(stdout).toContain(`（${roundName}监控表.xlsx）`);
    const viaCli = (await sheets(readFileSync(out))).map((ws) => ws.name);
    const viaHttp = (await sheets((await h.app.inject({ url: `/api/rounds/${rid}/form.xlsx`, headers: { cookie: dept.cookie } })).rawPayload)).map((ws) => ws.name);
    expect(viaCli).toEqual(viaHttp);
    let err = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts', 'export-form', '--data', dataDir, '--round', '1–9月', '--out', out], { encoding: 'utf-8', stdio: 'pipe' });
    } catch (e) {
      err = String((e as { stderr: string }).stderr);
    }
    expect(err).toBe(`错误：没有名为「1–9月」的监控轮次（有：${roundName}）\n`);
  });
});
