// Removing 佐证材料 on the server: only the project's unit, only while its form can be edited (not
// 已送审/已审核, the round open); the audit keeps what was removed; the stored file (named by its
// content's sha256) stays while another attachment has the same content.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signedIn, startHarness, type Client, type Harness } from './harness';

describe.each(DB_KINDS)('removing attachments (%s)', (kind) => {
  let h: Harness;
  let unit: Client, dept: Client, finance: Client;
  let rid: string, pids: string[], iid: (pid: string) => Promise<string>;

  beforeAll(async () => {
    h = await startHarness(kind);
    [unit, dept, finance] = await Promise.all(['demo-unit', 'demo-department', 'demo-finance'].map((u) => signedIn(h, u)));
    rid = (await unit.call('GET', '/api/rounds')).body[0].id;
    pids = (await unit.call('GET', '/api/projects')).body.map((p: { id: string }) => p.id);
    iid = async (pid) => (await unit.call('GET', `/api/projects/${pid}`)).body.indicators[0].id;
  });
  afterAll(() => h.close());

  const upload = async (pid: string, target: string, name: string, bytes: string) => {
    const r = await unit.call('POST', `/api/rounds/${rid}/projects/${pid}/attachments?target=${target}&name=${encodeURIComponent(name)}`, undefined, { raw: Buffer.from(bytes) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.id as string;
  };
  const listed = async (pid: string) => (await unit.call('GET', `/api/rounds/${rid}/projects/${pid}/attachments`)).body.map((a: { name: string }) => a.name);

  it('removes one (204), keeps the file while another has the same content, and audits what it was', async () => {
    const pid = pids[0];
    const target = await iid(pid);
    const a = await upload(pid, target, '验收报告.pdf', '%PDF same bytes');
    const b = await upload(pid, target, '验收报告副本.pdf', '%PDF same bytes');
    const file = join(h.dataDir, 'attachments', createHash('sha256').update('%PDF same bytes').digest('hex'));
    expect(existsSync(file)).toBe(true);
    const del = await unit.call('DELETE', `/api/attachments/${a}`);
    expect(del.status).toBe(204);
    expect(del.body).toBe('');
    expect(await listed(pid)).toEqual(['验收报告副本.pdf']);
    expect(existsSync(file)).toBe(true);
    expect((await dept.call('GET', `/api/attachments/${b}`)).body).toBe('%PDF same bytes');
    expect((await dept.call('GET', `/api/attachments/${a}`)).status).toBe(404);
    expect((await unit.call('DELETE', `/api/attachments/${b}`)).status).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect((await unit.call('GET', '/api/dataset')).body.attachments[`${rid}|${pid}|${target}`]).toBeUndefined();
    const audit = (await dept.call('GET', `/api/projects/${pid}/audit?target=${target}`)).body.filter((e: { action: string }) => e.action === 'detach');
    expect(audit.map((e: { username: string; before: unknown; after: unknown }) => [e.username, e.before, e.after])).toEqual([
      ['demo-unit', { id: b, name: '验收报告副本.pdf', size: 15, sha256: createHash('sha256').update('%PDF same bytes').digest('hex') }, null],
      ['demo-unit', { id: a, name: '验收报告.pdf', size: 15, sha256: createHash('sha256').update('%PDF same bytes').digest('hex') }, null],
    ]);
  });

  it('refuses once the form is submitted, and again once the round is closed', async () => {
    const pid = pids[1];
    const a = await upload(pid, await iid(pid), '照片.png', 'PNG bytes');
    expect((await unit.call('POST', `/api/rounds/${rid}/projects/${pid}/review`, { action: 'submit', version: 0 })).status).toBe(200);
    expect(await unit.call('DELETE', `/api/attachments/${a}`)).toMatchObject({ status: 403, body: { error: '填报表已送审，已锁定，不能删除佐证材料' } });
    expect(await dept.call('DELETE', `/api/attachments/${a}`)).toMatchObject({ status: 403, body: { error: '只有项目所属单位可以删除佐证材料' } });
    expect((await dept.call('POST', `/api/rounds/${rid}/projects/${pid}/review`, { action: 'return', comment: '补充', version: 1 })).status).toBe(200);
    expect((await finance.call('POST', `/api/rounds/${rid}/close`)).status).toBe(200);
    expect(await unit.call('DELETE', `/api/attachments/${a}`)).toMatchObject({ status: 403, body: { error: '填报表所在轮次已关闭，不能删除佐证材料' } });
    expect(await listed(pid)).toEqual(['照片.png']);
  });
});
