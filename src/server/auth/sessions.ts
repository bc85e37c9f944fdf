// Sessions: a random token in an HttpOnly, SameSite=Strict cookie; the database keeps only its
// sha256. Each session has its own CSRF token, which every state-changing request must echo in the
// `x-csrf-token` header (synchroniser-token pattern; SameSite alone is not enough on old browsers).
// No state in the process: several servers behind a load balancer share the sessions table.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/schema';

export const SESSION_COOKIE = 'im_session';
export const SESSION_DAYS = 7;
/** Failed sign-ins allowed per account in the window, before the account answers 429. */
export const SIGN_IN_LIMIT = 8;
export const SIGN_IN_WINDOW_MIN = 15;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export async function createSession(db: Kysely<Database>, userId: string, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.insertInto('sessions').values({ token_hash: sha256(token), user_id: userId, csrf, created_at: now.toISOString(), expires_at: expires.toISOString() }).execute();
  return { token, csrf, expires };
}

export interface SessionUser {
  user: UserRow;
  csrf: string;
  tokenHash: string;
}

export async function sessionUser(db: Kysely<Database>, token: string | undefined, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const row = await db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users').select(['sessions.csrf', 'sessions.expires_at', 'sessions.token_hash'])
    .where('sessions.token_hash', '=', sha256(token)).executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString() || row.disabled) return null;
  const { csrf, expires_at: _e, token_hash: tokenHash, ...user } = row;
  return { user, csrf, tokenHash };
}

export const endSession = (db: Kysely<Database>, tokenHash: string) => db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
export const endAllSessions = (db: Kysely<Database>, userId: string) => db.deleteFrom('sessions').where('user_id', '=', userId).execute();

/** True when the account has had too many failed sign-ins lately (kept in the database, so it holds across processes). */
export async function signInThrottled(db: Kysely<Database>, username: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MIN * 60_000).toISOString();
  const row = await db.selectFrom('login_failures').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('username', '=', username).where('at', '>', since).executeTakeFirst();
  return Number(row?.n ?? 0) >= SIGN_IN_LIMIT;
}

export const recordSignInFailure = (db: Kysely<Database>, username: string, now = new Date()) =>
  db.insertInto('login_failures').values({ username, at: now.toISOString() }).execute();
