// The round on the server, end to end through the API: a unit fills and submits, its department
// returns it with a comment, the unit fixes and resubmits, the department and finance approve;
// stale edits are refused with the other's change; every step is in the audit log; another unit
// sees none of it. Run against SQLite, and PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signedIn, startHarness, type Client, type Harness } from './harness';

describe.each(DB_KINDS)('a round on the server (%s)', (kind) => {
  let h: Harness;
  let unit: Client, dept: Client, finance: Client, other: Client;
  let roundId: string, projectId: string, indicatorId: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    [unit, dept, finance, other] = await Promise.all(['demo-unit', 'demo-department', 'demo-finance', 'other-unit'].map((u) => signedIn(h, u)));
    roundId = (await unit.call('GET', '/api/rounds')).body[0].id;
    const projects = (await unit.call('GET', '/api/projects')).body;
    projectId = projects[0].id;
    const project = (await unit.call('GET', `/api/projects/${projectId}`)).body;
    indicatorId = project.indicators.find((i: { level3: string }) => /满意/.test(i.level3)).id;
  });
  afterAll(() => h.close());

  const record = (c: Client, fields: Record<string, string>, version: number, target = indicatorId) =>
    c.call('PUT', `/api/rounds/${roundId}/projects/${projectId}/records/${encodeURIComponent(target)}`, { fields, version });
  const review = (c: Client, action: string, version: number, comment?: string) =>
    c.call('POST', `/api/rounds/${roundId}/projects/${projectId}/review`, { action, version, comment });

  it('answers health without a session, and 401 for data without one', async () => {
    expect((await h.app.inject({ url: '/api/health' })).json()).toEqual({ ok: true, db: kind });
    for (const url of ['/api/projects', '/api/rounds', '/api/todo', `/api/projects/${projectId}`, '/api/units']) {
      const r = await h.app.inject({ url });
      expect(r.statusCode, url).toBe(401);
      expect(r.json()).toEqual({ error: '未登录或登录已过期' });
    }
  });

  it('scopes the project list: the unit its own, the department its units, finance all, another unit none of them', async () => {
    const count = async (c: Client) => (await c.call('GET', '/api/projects')).body.length;
    const all = await count(finance);
    expect(all).toBeGreaterThan(await count(unit));
    expect(await count(unit)).toBeGreaterThan(0);
    expect(await count(dept)).toBeGreaterThanOrEqual(await count(unit));
    expect(await count(other)).toBe(0);
    // A guessed id: the same answer as an id that does not exist.
    const guessed = await other.call('GET', `/api/projects/${projectId}`);
    const missing = await other.call('GET', '/api/projects/no-such-project');
    expect(guessed).toMatchObject({ status: 404, body: { error: '没有找到，或无权查看' } });
    expect(missing.body).toEqual(guessed.body);
  });

  it('refuses a change without the session\'s CSRF token', async () => {
    const r = await record(unit, { value: '95%' }, 0).then(() => unit.call('PUT', `/api/rounds/${roundId}/projects/${projectId}/records/${indicatorId}`, { fields: { value: '96%' }, version: 1 }, { csrf: 'forged' }));
    expect(r.status).toBe(403);
    expect(r.body.error).toMatch(/CSRF/);
  });

  it('refuses a stale edit with the other\'s change, and keeps versions', async () => {
    // (the CSRF test saved version 1 with 95%)
    const a = await record(unit, { value: '96%', reason: '满意度调查' }, 1);
    expect(a.status).toBe(200);
    expect(a.body.version).toBe(2);
    const stale = await record(unit, { value: '80%' }, 1);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatch(/^这条记录已被 demo-unit 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 修改；你的内容未保存/);
    expect(stale.body.details.current).toMatchObject({ fields: { value: '96%', reason: '满意度调查' }, version: 2, updatedBy: 'demo-unit' });
    const form = (await unit.call('GET', `/api/rounds/${roundId}/projects/${projectId}`)).body;
    expect(form.records.find((r: { target: string }) => r.target === indicatorId)).toMatchObject({ fields: { value: '96%', reason: '满意度调查' }, version: 2 });
  });

  it('refuses a value in an incompatible unit, naming the indicator and field', async () => {
    const r = await record(unit, { value: '3小时' }, 2);
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/满意.*执行情况/);
  });

  it('keeps SQL and script text as plain text', async () => {
    const evil = `'); DROP TABLE records; -- <script>alert(1)</script> " OR 1=1`;
    expect((await record(unit, { value: '96%', note: evil }, 2)).status).toBe(200);
    const form = (await unit.call('GET', `/api/rounds/${roundId}/projects/${projectId}`)).body;
    expect(form.records.find((r: { target: string }) => r.target === indicatorId).fields.note).toBe(evil);
    expect((await unit.call('GET', `/api/projects/${encodeURIComponent("x' OR '1'='1")}`)).status).toBe(404);
  });

  it('moves the form: submit locks it, the department returns with a comment, resubmit, approvals', async () => {
    expect((await unit.call('GET', '/api/todo')).body.map((t: { projectId: string }) => t.projectId)).toContain(projectId);
    expect((await review(unit, 'submit', 0)).body).toMatchObject({ state: 'submitted', stateLabel: '已送审', version: 1 });
    const locked = await record(unit, { value: '97%' }, 3);
    expect(locked).toMatchObject({ status: 403, body: { error: '填报表已送审，已锁定；被退回后才能修改' } });
    expect((await dept.call('GET', '/api/todo')).body.map((t: { projectId: string }) => t.projectId)).toContain(projectId);
    expect((await review(dept, 'return', 1, '')).body.error).toBe('退回须填写意见，说明需要修改什么');
    expect((await review(unit, 'approve', 1)).status).toBe(403);
    expect((await review(other, 'return', 1, '越权')).status).toBe(404);
    expect((await review(dept, 'return', 1, '请补充满意度调查的样本量')).body).toMatchObject({ state: 'returned', version: 2 });
    const back = (await unit.call('GET', '/api/todo')).body.find((t: { projectId: string }) => t.projectId === projectId);
    expect(back).toMatchObject({ state: 'returned', stateLabel: '被退回', comment: '请补充满意度调查的样本量' });
    expect((await record(unit, { value: '97%', note: '样本量 1,200 份' }, 3)).status).toBe(200);
    expect((await review(unit, 'submit', 2)).body.state).toBe('submitted');
    expect((await review(finance, 'approve', 3)).status).toBe(403); // finance approves after the department
    expect((await review(dept, 'approve', 3)).body.state).toBe('deptApproved');
    expect((await review(dept, 'approve', 3)).status).toBe(403);
    expect((await review(finance, 'approve', 4)).body).toMatchObject({ state: 'financeApproved', stateLabel: '财政已审' });
    const status = (await finance.call('GET', `/api/rounds/${roundId}/status`)).body;
    expect(status.forms.find((f: { projectId: string }) => f.projectId === projectId).state).toBe('financeApproved');
    expect(status.notSubmitted.length).toBe(status.forms.length - 1);
  });

  it('records every change and move in an append-only audit log, visible per project and indicator', async () => {
    const log = (await dept.call('GET', `/api/projects/${projectId}/audit`)).body;
    const moves = log.filter((e: { target: string }) => e.target === 'form').map((e: { username: string; action: string; after: { state: string } }) => `${e.username}:${e.action}:${e.after.state}`).reverse();
    expect(moves).toEqual(['demo-unit:submit:submitted', 'demo-department:return:returned', 'demo-unit:submit:submitted', 'demo-department:approve:deptApproved', 'demo-finance:approve:financeApproved']);
    const edits = (await dept.call('GET', `/api/projects/${projectId}/audit?target=${indicatorId}`)).body.reverse();
    expect(edits.map((e: { after: { value: string } }) => e.after.value)).toEqual(['95%', '96%', '96%', '97%']);
    expect(edits[1].before).toEqual({ value: '95%' });
    expect((await other.call('GET', `/api/projects/${projectId}/audit`)).status).toBe(404);
    await expect(h.db.db.updateTable('audit').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(h.db.db.deleteFrom('audit').execute()).rejects.toThrow(/append-only/);
  });
});

describe.each(DB_KINDS)('the data set in scope (%s)', (kind) => {
  let h: Harness;
  afterAll(() => h.close());

  it('gives each user the projects of their scope with the round\'s records merged in as actuals', async () => {
    h = await startHarness(kind);
    const [unit, finance, other] = await Promise.all(['demo-unit', 'demo-finance', 'other-unit'].map((u) => signedIn(h, u)));
    const round = (await unit.call('GET', '/api/rounds')).body[0];
    const projectId = (await unit.call('GET', '/api/projects')).body[0].id;
    const project = (await unit.call('GET', `/api/projects/${projectId}`)).body;
    const ind = project.indicators[0];
    const base = `/api/rounds/${round.id}/projects/${projectId}/records`;
    expect((await unit.call('PUT', `${base}/${ind.id}`, { fields: { value: project.indicators[0].targetFY, reason: '按计划推进' }, version: 0 })).status).toBe(200);
    expect((await unit.call('PUT', `${base}/${encodeURIComponent('expense:')}`, { fields: { amount: '12.5' }, version: 0 })).status).toBe(200);
    expect((await unit.call('PUT', `${base}/form`, { fields: { spendForecast: '100' }, version: 0 })).status).toBe(200);
    await unit.call('POST', `/api/rounds/${round.id}/projects/${projectId}/review`, { action: 'submit', version: 0 });

    const mine = (await unit.call('GET', '/api/dataset?format=objects')).body;
    const all = (await finance.call('GET', '/api/dataset?format=objects')).body;
    expect(mine.dataset.projects.every((p: { unit: string }) => p.unit === project.project.unit)).toBe(true);
    expect(all.dataset.projects.length).toBeGreaterThan(mine.dataset.projects.length);
    expect((await other.call('GET', '/api/dataset?format=objects')).body.dataset.projects).toEqual([]);
    const recorded = mine.dataset.actuals.filter((a: { indicatorId: string; date: string }) => a.indicatorId === ind.id && a.date === round.periodEnd);
    expect(recorded).toEqual([{ projectId, indicatorId: ind.id, date: round.periodEnd, value: ind.targetFY, reason: '按计划推进' }]);
    expect(mine.dataset.spend).toContainEqual({ projectId, expense: null, date: round.periodEnd, amount: 12.5 });
    expect(mine.dataset.forms).toEqual([{ roundId: round.id, projectId, status: 'done', spendForecast: 100 }]);
    expect(mine.versions[`${round.id}|${projectId}|${ind.id}`]).toBe(1);
    expect(mine.reviews[`${round.id}|${projectId}`]).toEqual({ state: 'submitted', stateLabel: '已送审', comment: '', version: 1 });
  });
});
