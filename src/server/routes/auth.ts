// Sign-in, the current session, sign-out (here and everywhere), password change.
import type { FastifyInstance } from 'fastify';
import type { ServerOptions } from '../context';
import { authOf } from '../context';
import { ApiError, badRequest } from '../http';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import { createSession, endAllSessions, endSession, recordSignInFailure, SESSION_COOKIE, SESSION_DAYS, signInThrottled } from '../auth/sessions';
import { audit } from '../audit';
import type { UserRow } from '../db/schema';

const signInBody = {
  type: 'object', required: ['username', 'password'], additionalProperties: false,
  properties: { username: { type: 'string', minLength: 1, maxLength: 100 }, password: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;
const passwordBody = {
  type: 'object', required: ['current', 'next'], additionalProperties: false,
  properties: { current: { type: 'string', maxLength: 200 }, next: { type: 'string', maxLength: 200 } },
} as const;

export const publicUser = (u: UserRow, unitName: string) =>
  ({ id: u.id, username: u.username, displayName: u.display_name, role: u.role, unitId: u.unit_id, unitName, mustChange: !!u.must_change });

export function authRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;
  const unitName = async (id: string) => (await db.selectFrom('units').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';

  app.post<{ Body: { username: string; password: string } }>('/api/session', { schema: { body: signInBody } }, async (req, reply) => {
    const { username, password } = req.body;
    if (await signInThrottled(db, username)) throw new ApiError(429, '登录失败次数过多，请 15 分钟后再试');
    const user = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    // Verify against a hash even for an unknown name, so timing does not tell which names exist.
    const ok = await verifyPassword(password, user?.password_hash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    if (!user || !ok || user.disabled) {
      await recordSignInFailure(db, username);
      throw new ApiError(401, '用户名或密码不对');
    }
    const s = await createSession(db, user.id);
    reply.setCookie(SESSION_COOKIE, s.token, { httpOnly: true, sameSite: 'strict', secure: !!opts.secureCookies, path: '/', maxAge: SESSION_DAYS * 86_400 });
    await audit(db, user, { target: 'session', action: 'signIn' });
    return { user: publicUser(user, await unitName(user.unit_id)), csrf: s.csrf };
  });

  app.get('/api/session', async (req) => {
    if (!req.auth) return { user: null };
    const { user, csrf } = authOf(req);
    return { user: publicUser(user, await unitName(user.unit_id)), csrf };
  });

  app.delete('/api/session', async (req, reply) => {
    await endSession(db, authOf(req).tokenHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post('/api/session/end-all', async (req, reply) => {
    const { user } = authOf(req);
    await endAllSessions(db, user.id);
    await audit(db, user, { target: 'session', action: 'signOutEverywhere' });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.post<{ Body: { current: string; next: string } }>('/api/password', { schema: { body: passwordBody } }, async (req) => {
    const { user } = authOf(req);
    if (!(await verifyPassword(req.body.current, user.password_hash))) throw badRequest('当前密码不对');
    const problem = passwordProblem(req.body.next, user.username);
    if (problem) throw badRequest(problem);
    await db.updateTable('users').set({ password_hash: await hashPassword(req.body.next), must_change: 0 }).where('id', '=', user.id).execute();
    // Other sessions end: a stolen session does not survive the password change.
    await db.deleteFrom('sessions').where('user_id', '=', user.id).where('token_hash', '!=', authOf(req).tokenHash).execute();
    await audit(db, user, { target: 'user:' + user.id, action: 'changePassword' });
    return { ok: true };
  });
}
