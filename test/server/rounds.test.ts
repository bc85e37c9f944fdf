// Rounds on the server carry their scope (全部 / 选定项目 / 重点监控, the app's RoundScope) and their
// closing: the to-do list and the round's status cover only the projects in scope, and the rounds
// listed (GET /api/rounds and inside the data set) say whether and since when they are closed.
// Demo data at 2024-07-31 (spend of 30 June): 省政务办信息系统安全运维 116 万元 at 0 %,
// 江苏12345在线平台运行费 1325.06 万元 at 44 %, the two others under 100 万元.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signedIn, startHarness, type Client, type Harness } from './harness';

describe.each(DB_KINDS)('round scope and closing (%s)', (kind) => {
  let h: Harness;
  let unit: Client, dept: Client, finance: Client;

  beforeAll(async () => {
    h = await startHarness(kind);
    [unit, dept, finance] = await Promise.all(['demo-unit', 'demo-department', 'demo-finance'].map((u) => signedIn(h, u)));
  });
  afterAll(() => h.close());

  const open = async (name: string, scope?: unknown) => {
    const r = await finance.call('POST', '/api/rounds', { name, periodEnd: '2024-07-31', deadline: '2024-08-10', ...(scope ? { scope } : {}) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { id: string; scope: unknown; closed: boolean; closedAt: string | null };
  };
  const statusNames = async (c: Client, id: string) => (await c.call('GET', `/api/rounds/${id}/status`)).body.forms.map((f: { project: string }) => f.project);
  const todoNames = async (c: Client, id: string) => (await c.call('GET', '/api/todo')).body.filter((t: { roundId: string }) => t.roundId === id).map((t: { project: string }) => t.project);

  it('stores the scope given and answers it; no scope is 全部', async () => {
    const all = await open('全部轮次');
    expect(all.scope).toEqual({ kind: 'all' });
    expect(all.closed).toBe(false);
    expect(all.closedAt).toBeNull();
    const chosen = await open('选定轮次', { kind: 'projects', projectIds: ['p-e708cc77'] });
    expect(chosen.scope).toEqual({ kind: 'projects', projectIds: ['p-e708cc77'] });
    const listed = (await unit.call('GET', '/api/rounds')).body.find((r: { id: string }) => r.id === chosen.id);
    expect(listed).toMatchObject({ name: '选定轮次', periodEnd: '2024-07-31', deadline: '2024-08-10', scope: { kind: 'projects', projectIds: ['p-e708cc77'] }, closed: false, closedAt: null });
  });

  it('lists only the chosen projects in the round\'s status and to-do', async () => {
    const r = await open('选定项目', { kind: 'projects', projectIds: ['p-e708cc77'] });
    expect(await statusNames(finance, r.id)).toEqual(['江苏12345在线平台信息系统运维费']);
    expect(await statusNames(dept, r.id)).toEqual(['江苏12345在线平台信息系统运维费']);
    // The demo unit's projects are the three others: nothing to fill in this round.
    expect(await todoNames(unit, r.id)).toEqual([]);
    expect(await statusNames(unit, r.id)).toEqual([]);
  });

  it('decides a 重点监控 rule by 资金总额 and the loaded execution rate at the period end', async () => {
    const big = await open('大额', { kind: 'filter', minBudget: 100 });
    expect(await statusNames(finance, big.id)).toEqual(['江苏12345在线平台运行费', '省政务办信息系统安全运维']);
    const slow = await open('大额低执行', { kind: 'filter', minBudget: 100, maxExecutionRate: 0.3 });
    expect(await statusNames(finance, slow.id)).toEqual(['省政务办信息系统安全运维']);
    expect(await todoNames(unit, slow.id)).toEqual(['省政务办信息系统安全运维']);
    // 主管部门 as written on the project (the sample spells it two ways).
    const dep = await open('部门', { kind: 'filter', departments: ['江苏省数据局（江苏省政务服务管理办公室）'] });
    expect(await statusNames(finance, dep.id)).toEqual(['江苏12345在线平台运行费']);
  });

  it('refuses writes to a project outside the round\'s scope, and says the project is not in the round when its form is asked for', async () => {
    const r = await open('只含安全运维', { kind: 'filter', minBudget: 100, maxExecutionRate: 0.3 });
    const mine = (await unit.call('GET', '/api/projects')).body as { id: string; name: string }[];
    const inside = mine.find((p) => p.name === '省政务办信息系统安全运维')!;
    const outside = mine.find((p) => p !== inside)!;
    const iid = (await unit.call('GET', `/api/projects/${outside.id}`)).body.indicators[0].id as string;
    const refused = { error: `项目「${outside.name}」不在监控轮次「只含安全运维」的范围内` };
    const form = `/api/rounds/${r.id}/projects/${outside.id}`;
    const tries: [Client, 'GET' | 'PUT' | 'POST', string, unknown, number][] = [
      [unit, 'GET', form, undefined, 404],
      [unit, 'PUT', `${form}/records/${iid}`, { fields: { value: '1' }, version: 0 }, 403],
      [unit, 'PUT', `${form}/records/form`, { fields: { spendForecast: '10' }, version: 0 }, 403],
      [unit, 'POST', `${form}/review`, { action: 'submit', version: 0 }, 403],
      [dept, 'POST', `${form}/review`, { action: 'approve', version: 0 }, 403],
      [finance, 'GET', form, undefined, 404],
    ];
    for (const [c, method, url, body, status] of tries) {
      const got = await c.call(method, url, body);
      expect([got.status, got.body], `${method} ${url}`).toEqual([status, refused]);
    }
    const up = await unit.call('POST', `${form}/attachments?target=${iid}&name=a.pdf`, undefined, { raw: Buffer.from('%PDF-1.4 a') });
    expect([up.status, up.body]).toEqual([403, refused]);
    // Nothing of it was stored: no record, no form state, no attachment, no audit entry in the round.
    const data = (await unit.call('GET', '/api/dataset?format=objects')).body;
    const keys = [...Object.keys(data.versions), ...Object.keys(data.reviews), ...Object.keys(data.attachments)];
    expect(keys.filter((k) => k.startsWith(`${r.id}|`))).toEqual([]);
    expect((await unit.call('GET', `/api/projects/${outside.id}/audit`)).body.filter((e: { roundId: string }) => e.roundId === r.id)).toEqual([]);
    // The project in scope is written as before.
    const insideIid = (await unit.call('GET', `/api/projects/${inside.id}`)).body.indicators[0].id as string;
    const ok = await unit.call('PUT', `/api/rounds/${r.id}/projects/${inside.id}/records/${insideIid}`, { fields: { note: '已核实' }, version: 0 });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await unit.call('GET', `/api/rounds/${r.id}/projects/${inside.id}`)).body.records.map((x: { target: string }) => x.target)).toEqual([insideIid]);
  });

  it('refuses a unit\'s write in a 选定项目 round that chose another unit\'s project only', async () => {
    const r = await open('只选他人', { kind: 'projects', projectIds: ['p-e708cc77'] });
    const pid = (await unit.call('GET', '/api/projects')).body[0] as { id: string; name: string };
    const got = await unit.call('PUT', `/api/rounds/${r.id}/projects/${pid.id}/records/form`, { fields: { spendForecast: '10' }, version: 0 });
    expect([got.status, got.body]).toEqual([403, { error: `项目「${pid.name}」不在监控轮次「只选他人」的范围内` }]);
  });

  it('refuses a scope that is not one of the three shapes', async () => {
    for (const scope of [{ kind: 'some' }, { kind: 'projects' }, { kind: 'filter', minBudget: '200' }, { kind: 'all', extra: 1 }, { kind: 'filter', maxExecutionRate: -1 }]) {
      const r = await finance.call('POST', '/api/rounds', { name: '坏范围', periodEnd: '2024-09-30', deadline: null, scope });
      expect(r.status, JSON.stringify(scope)).toBe(400);
    }
    const r = await finance.call('POST', '/api/rounds', { name: '坏范围', periodEnd: '2024-09-30', deadline: null, scope: { kind: 'filter', minBudget: '200' } });
    expect(r.body).toEqual({ error: '监控范围（scope）的资金总额下限（minBudget）应为不小于 0 的数（万元）' });
  });

  it('closes a round once: closed and closedAt in the list and the data set, the to-do without it, the audit with it', async () => {
    const r = await open('将关闭');
    expect(await todoNames(unit, r.id)).toHaveLength(3);
    const before = Date.now();
    const closed = await finance.call('POST', `/api/rounds/${r.id}/close`);
    expect(closed.status).toBe(200);
    const closedAt: string = closed.body.closedAt;
    expect(Date.parse(closedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await finance.call('POST', `/api/rounds/${r.id}/close`)).body).toEqual({ ok: true, closedAt });
    const listed = (await unit.call('GET', '/api/rounds')).body.find((x: { id: string }) => x.id === r.id);
    expect(listed).toMatchObject({ closed: true, closedAt });
    const inData = (await dept.call('GET', '/api/dataset?format=objects')).body.dataset.rounds.find((x: { id: string }) => x.id === r.id);
    expect(inData).toMatchObject({ name: '将关闭', scope: { kind: 'all' }, closed: true, closedAt });
    expect(await todoNames(unit, r.id)).toEqual([]);
    const entries = await h.db.db.selectFrom('audit').select(['action', 'before', 'after']).where('round_id', '=', r.id).orderBy('id').execute();
    expect(entries).toEqual([
      { action: 'openRound', before: null, after: JSON.stringify({ name: '将关闭', periodEnd: '2024-07-31', deadline: '2024-08-10', scope: { kind: 'all' } }) },
      { action: 'closeRound', before: JSON.stringify({ closed: false }), after: JSON.stringify({ closed: true }) },
    ]);
  });
});
