// Accounts and sessions: hashed passwords, cookie flags, sign-in throttling, password change and
// sign-out everywhere, the first administrator and accounts the administrator creates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, DB_KINDS, signedIn, startHarness, type Harness } from './harness';
import { hashPassword, passwordProblem, verifyPassword } from '../../src/server/auth/password';

describe('password hashing', () => {
  it('stores scrypt with its parameters and a salt, and verifies only the right password', async () => {
    const a = await hashPassword('正确的密码-123');
    const b = await hashPassword('正确的密码-123');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('正确的密码-123', a)).toBe(true);
    expect(await verifyPassword('正确的密码-124', a)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(passwordProblem('short', 'u')).toBe('密码至少 10 个字符');
    expect(passwordProblem('demo-unit-2024!', 'demo-unit')).toBe('密码不能包含用户名');
    expect(passwordProblem('a-long-enough-one', 'demo-unit')).toBeNull();
  });
});

describe.each(DB_KINDS)('sessions (%s)', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(kind);
  });
  afterAll(() => h.close());

  it('sets an HttpOnly SameSite=Strict cookie and keeps no password or token in clear', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'demo-unit', password: h.passwords['demo-unit'] } });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^im_session=[\w-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/);
    const token = /im_session=([\w-]+)/.exec(cookie)![1];
    const sessions = await h.db.db.selectFrom('sessions').select('token_hash').execute();
    expect(sessions.some((s) => s.token_hash === token)).toBe(false);
    const users = await h.db.db.selectFrom('users').select('password_hash').execute();
    expect(users.every((u) => u.password_hash.startsWith('scrypt$'))).toBe(true);
  });

  it('throttles an account after 8 failed sign-ins, even with the right password, and says so', async () => {
    const c = new Client(h);
    for (let i = 0; i < 8; i++) expect((await c.signIn('demo-department', 'wrong-password')).body).toEqual({ error: '用户名或密码不对' });
    expect(await c.signIn('demo-department')).toMatchObject({ status: 429, body: { error: '登录失败次数过多，请 15 分钟后再试' } });
    // Another account is not affected; an unknown name answers as a wrong password does.
    expect((await new Client(h).signIn('demo-finance')).status).toBe(200);
    expect((await new Client(h).signIn('nobody', 'whatever')).body).toEqual({ error: '用户名或密码不对' });
  });

  it('changes a password: the old one stops working and the other sessions end', async () => {
    const here = await signedIn(h, 'demo-unit');
    const elsewhere = await signedIn(h, 'demo-unit');
    expect((await here.call('POST', '/api/password', { current: 'wrong', next: 'a-new-password-1' })).body).toEqual({ error: '当前密码不对' });
    expect((await here.call('POST', '/api/password', { current: h.passwords['demo-unit'], next: 'short' })).body).toEqual({ error: '密码至少 10 个字符' });
    expect((await here.call('POST', '/api/password', { current: h.passwords['demo-unit'], next: 'a-new-password-1' })).status).toBe(200);
    expect((await here.call('GET', '/api/session')).status).toBe(200);
    expect((await elsewhere.call('GET', '/api/session')).body).toEqual({ user: null });
    expect((await elsewhere.call('GET', '/api/projects')).status).toBe(401);
    expect((await new Client(h).signIn('demo-unit')).status).toBe(401);
    expect((await new Client(h).signIn('demo-unit', 'a-new-password-1')).status).toBe(200);
  });

  it('signs out here, and everywhere', async () => {
    const a = await signedIn(h, 'demo-finance');
    const b = await signedIn(h, 'demo-finance');
    expect((await a.call('DELETE', '/api/session')).status).toBe(200);
    expect((await a.call('GET', '/api/projects')).status).toBe(401);
    expect((await b.call('GET', '/api/projects')).status).toBe(200);
    const c2 = await signedIn(h, 'demo-finance');
    expect((await c2.call('POST', '/api/session/end-all')).status).toBe(200);
    expect((await b.call('GET', '/api/projects')).status).toBe(401);
  });

  it('lets the administrator build the tree and create accounts with a one-time password to change', async () => {
    const admin = await signedIn(h, 'admin');
    const me = (await admin.call('GET', '/api/session')).body.user;
    expect(me).toMatchObject({ username: 'admin', role: 'admin', unitName: '财政局', mustChange: true });
    const root = (await admin.call('GET', '/api/units')).body.find((u: { kind: string }) => u.kind === 'finance');
    const dept = (await admin.call('POST', '/api/units', { name: '省教育厅', parentId: root.id, kind: 'department' })).body;
    expect((await admin.call('POST', '/api/units', { name: '某学校', parentId: null, kind: 'unit' })).body.error).toBe('主管部门和单位须挂在上级之下（parentId）');
    const school = (await admin.call('POST', '/api/units', { name: '某学校', parentId: dept.id, kind: 'unit' })).body;
    expect((await admin.call('POST', '/api/users', { username: 'school', displayName: '学校填报', role: 'department', unitId: school.id })).body.error).toBe('角色与单位不符：某学校不是主管部门');
    const made = (await admin.call('POST', '/api/users', { username: 'school', displayName: '学校填报', role: 'unit', unitId: school.id })).body;
    expect(made.oneTimePassword).toMatch(/^[\w-]{20}$/);
    expect((await admin.call('POST', '/api/users', { username: 'school', displayName: '又一个', role: 'unit', unitId: school.id })).body.error).toBe('用户名「school」已被使用');
    const school1 = new Client(h);
    expect((await school1.signIn('school', made.oneTimePassword)).body.user).toMatchObject({ role: 'unit', unitName: '某学校', mustChange: true });
    expect((await school1.call('GET', '/api/projects')).body).toEqual([]);
  });
});
