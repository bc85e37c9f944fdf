// The access matrix: every endpoint × role × own/other unit → allowed or refused, checked by the
// server on every request (domain.md §5). "own" is the demo unit's project; the "other" unit and
// department are a second branch of the tree that must see none of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signedIn, startHarness, type Client, type Harness } from './harness';

const USERS = ['demo-unit', 'other-unit', 'demo-department', 'other-department', 'demo-finance', 'admin'] as const;
type User = (typeof USERS)[number];

describe.each(DB_KINDS)('access matrix (%s)', (kind) => {
  let h: Harness;
  const c = {} as Record<User, Client>;
  let rid: string, pid: string, iid: string, attachmentId: string;
  // A round whose scope (选定项目) holds no project of the demo unit: its forms there are not to be written.
  let ridOut: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    for (const u of USERS) c[u] = await signedIn(h, u);
    rid = (await c['demo-unit'].call('GET', '/api/rounds')).body[0].id;
    pid = (await c['demo-unit'].call('GET', '/api/projects')).body[0].id;
    iid = (await c['demo-unit'].call('GET', `/api/projects/${pid}`)).body.indicators[0].id;
    const up = await c['demo-unit'].call('POST', `/api/rounds/${rid}/projects/${pid}/attachments?target=${iid}&name=${encodeURIComponent('验收报告.pdf')}`, undefined, { raw: Buffer.from('%PDF-1.4 test') });
    expect(up.status).toBe(200);
    attachmentId = up.body.id;
    const out = await c['demo-finance'].call('POST', '/api/rounds', { name: '他人项目', periodEnd: '2024-03-31', deadline: null, scope: { kind: 'projects', projectIds: ['no-such-project'] } });
    expect(out.status).toBe(200);
    ridOut = out.body.id;
  });
  afterAll(() => h.close());

  const freshAttachment = async () => (await c['demo-unit'].call('POST', `/api/rounds/${rid}/projects/${pid}/attachments?target=${iid}&name=b.pdf`, undefined, { raw: Buffer.from('%PDF-1.4 b') })).body.id as string;
  const version = async () => (await c['demo-unit'].call('GET', `/api/rounds/${rid}/projects/${pid}`)).body.records.find((r: { target: string }) => r.target === iid)?.version ?? 0;

  // [name, call, expected status per user in USERS order]
  const cases: [string, (u: Client) => Promise<{ status: number }>, number[]][] = [
    ['GET project', (u) => u.call('GET', `/api/projects/${pid}`), [200, 404, 200, 404, 200, 404]],
    ['GET form', (u) => u.call('GET', `/api/rounds/${rid}/projects/${pid}`), [200, 404, 200, 404, 200, 403]],
    ['PUT record', async (u) => u.call('PUT', `/api/rounds/${rid}/projects/${pid}/records/${iid}`, { fields: { note: 'x' }, version: await version() }), [200, 404, 403, 404, 403, 403]],
    ['POST review (unit approves)', (u) => u.call('POST', `/api/rounds/${rid}/projects/${pid}/review`, { action: 'approve', version: 0 }), [403, 404, 403, 404, 403, 403]],
    ['GET audit', (u) => u.call('GET', `/api/projects/${pid}/audit`), [200, 404, 200, 404, 200, 404]],
    ['GET attachments', (u) => u.call('GET', `/api/rounds/${rid}/projects/${pid}/attachments`), [200, 404, 200, 404, 200, 404]],
    ['GET attachment', (u) => u.call('GET', `/api/attachments/${attachmentId}`), [200, 404, 200, 404, 200, 404]],
    // A fresh attachment for each user's try, so a refusal is not just "already gone".
    ['DELETE attachment', async (u) => u.call('DELETE', `/api/attachments/${await freshAttachment()}`), [204, 404, 403, 404, 403, 404]],
    ['POST attachment', (u) => u.call('POST', `/api/rounds/${rid}/projects/${pid}/attachments?target=${iid}&name=a.pdf`, undefined, { raw: Buffer.from('%PDF') }), [200, 404, 403, 404, 403, 404]],
    // Outside the round's scope: the project's own side is told it is not in the round (404 to read,
    // 403 to write); the other branch learns nothing more than for any project it cannot see.
    ['GET form, project outside the round', (u) => u.call('GET', `/api/rounds/${ridOut}/projects/${pid}`), [404, 404, 404, 404, 404, 403]],
    ['PUT record, project outside the round', (u) => u.call('PUT', `/api/rounds/${ridOut}/projects/${pid}/records/${iid}`, { fields: { note: 'x' }, version: 0 }), [403, 404, 403, 404, 403, 403]],
    // Before the review row: a submitted form would refuse the upload for another reason.
    ['POST attachment, project outside the round', (u) => u.call('POST', `/api/rounds/${ridOut}/projects/${pid}/attachments?target=${iid}&name=a.pdf`, undefined, { raw: Buffer.from('%PDF') }), [403, 404, 403, 404, 403, 404]],
    ['POST review (unit submits), project outside the round', (u) => u.call('POST', `/api/rounds/${ridOut}/projects/${pid}/review`, { action: 'submit', version: 0 }), [403, 404, 403, 404, 403, 403]],
    ['GET dataset', (u) => u.call('GET', '/api/dataset'), [200, 200, 200, 200, 200, 403]],
    ['GET round status', (u) => u.call('GET', `/api/rounds/${rid}/status`), [200, 200, 200, 200, 200, 403]],
    ['POST round', (u) => u.call('POST', '/api/rounds', { name: '1–9月', periodEnd: '2024-09-30', deadline: null }), [403, 403, 403, 403, 200, 403]],
    ['POST close round', (u) => u.call('POST', `/api/rounds/no-such-round/close`), [403, 403, 403, 403, 404, 403]],
    ['POST import (preview)', (u) => u.call('POST', '/api/import', { files: [{ name: 'a.json', base64: Buffer.from('{"projects":[]}').toString('base64') }] }), [403, 403, 200, 200, 200, 403]],
    ['GET users', (u) => u.call('GET', '/api/users'), [403, 403, 403, 403, 403, 200]],
    ['POST unit', (u) => u.call('POST', '/api/units', { name: '新单位', parentId: null, kind: 'finance' }), [403, 403, 403, 403, 403, 200]],
  ];

  it.each(cases)('%s', async (_name, call, expected) => {
    const got: number[] = [];
    for (const u of USERS) got.push((await call(c[u])).status);
    expect(got).toEqual(expected);
  });

  it('tells another branch nothing about a project outside a round, the same answer as for a project that does not exist', async () => {
    for (const id of [pid, 'no-such-project']) {
      const r = await c['other-unit'].call('PUT', `/api/rounds/${ridOut}/projects/${id}/records/form`, { fields: { spendForecast: '1' }, version: 0 });
      expect([r.status, r.body]).toEqual([404, { error: '没有找到，或无权查看' }]);
    }
  });

  it('lists only what the scope holds, for the same request', async () => {
    const names = async (u: User) => (await c[u].call('GET', '/api/projects')).body.map((p: { id: string }) => p.id);
    expect(await names('other-unit')).toEqual([]);
    expect(await names('other-department')).toEqual([]);
    expect(await names('admin')).toEqual([]);
    expect(await names('demo-unit')).toContain(pid);
    const todo = (await c['other-department'].call('GET', '/api/todo')).body;
    expect(todo).toEqual([]);
  });

  it('lists the scope\'s attachments in the data set, and none to another branch', async () => {
    const key = `${rid}|${pid}|${iid}`;
    for (const u of ['demo-unit', 'demo-department', 'demo-finance'] as const) {
      const listed = (await c[u].call('GET', '/api/dataset')).body.attachments[key];
      expect(listed[0]).toEqual({ id: attachmentId, name: '验收报告.pdf', size: 13, type: 'application/pdf', uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), uploadedBy: 'demo-unit' });
    }
    for (const u of ['other-unit', 'other-department'] as const) expect((await c[u].call('GET', '/api/dataset')).body.attachments).toEqual({});
  });

  it('serves an attachment only as a download, never rendered', async () => {
    const r = await c['demo-department'].call('GET', `/api/attachments/${attachmentId}`);
    expect(r.headers['content-disposition']).toBe(`attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('验收报告.pdf')}`);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['content-type']).toBe('application/pdf');
    const html = await c['demo-unit'].call('POST', `/api/rounds/${rid}/projects/${pid}/attachments?target=${iid}&name=x.html`, undefined, { raw: Buffer.from('<script>alert(1)</script>') });
    expect(html.status).toBe(400);
    expect(html.body.error).toMatch(/^“x\.html”的类型不在允许之列/);
  });
});
