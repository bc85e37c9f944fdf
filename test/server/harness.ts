// A server on a fresh database for each test file — SQLite in a temp folder, and PostgreSQL when
// TEST_DATABASE_URL is set (.ci/run starts Debian's postgresql and sets it) — with signed-in
// clients driven through fastify's inject (no sockets). Demo data: the bundled 示例数据's units,
// projects and round, plus a second unit's account that must see none of the first unit's data.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/server/app';
import { openDb, type Db } from '../../src/server/db/connect';
import { firstStart, loadDemo } from '../../src/server/seed';
import { hashPassword } from '../../src/server/auth/password';

export const DB_KINDS: ('sqlite' | 'postgres')[] = ['sqlite', ...(process.env.TEST_DATABASE_URL ? ['postgres' as const] : [])];

export interface Harness {
  app: FastifyInstance;
  db: Db;
  /** The server's data folder (attachments are under attachments/). */
  dataDir: string;
  /** The PostgreSQL URL (with its schema) the server uses; undefined on SQLite (the file in dataDir). */
  databaseUrl?: string;
  passwords: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A fresh schema of the test database for one harness (test files run in parallel): the URL given
 * to the server selects it with search_path. Dropped on close.
 */
export async function freshPostgresSchema(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const run = async (q: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(q);
    await client.end();
  };
  await run(`CREATE SCHEMA ${schema}`);
  const sep = url.includes('?') ? '&' : '?';
  return { url: `${url}${sep}options=${encodeURIComponent(`-c search_path=${schema}`)}`, drop: () => run(`DROP SCHEMA ${schema} CASCADE`) };
}

export async function startHarness(kind: 'sqlite' | 'postgres'): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'im-server-'));
  const schema = kind === 'postgres' ? await freshPostgresSchema(process.env.TEST_DATABASE_URL!) : null;
  const db = await openDb({ dataDir, databaseUrl: schema?.url });
  const passwords: Record<string, string> = { admin: (await firstStart(db.db))! };
  for (const a of await loadDemo(db.db, join(__dirname, '../../data'))) passwords[a.username] = a.password;
  // A second unit under another department, with its own account and project.
  const root = await db.db.selectFrom('units').select('id').where('kind', '=', 'finance').executeTakeFirstOrThrow();
  const dept = randomUUID();
  const unit = randomUUID();
  await db.db.insertInto('units').values([{ id: dept, name: '其他部门', parent_id: root.id, kind: 'department' }, { id: unit, name: '其他单位', parent_id: dept, kind: 'unit' }]).execute();
  passwords['other-unit'] = 'other-unit-password';
  await db.db.insertInto('users').values({ id: randomUUID(), username: 'other-unit', display_name: '其他单位填报', password_hash: await hashPassword('other-unit-password'), role: 'unit', unit_id: unit, must_change: 0, disabled: 0, created_at: new Date().toISOString() }).execute();
  passwords['other-department'] = 'other-department-password';
  await db.db.insertInto('users').values({ id: randomUUID(), username: 'other-department', display_name: '其他部门审核', password_hash: await hashPassword('other-department-password'), role: 'department', unit_id: dept, must_change: 0, disabled: 0, created_at: new Date().toISOString() }).execute();
  const app = await buildServer({ db, dataDir });
  return {
    app, db, dataDir, databaseUrl: schema?.url, passwords,
    async close() {
      await app.close();
      await db.close();
      await schema?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  headers: Record<string, unknown>;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token it was given. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(private h: Harness) {}

  async signIn(username: string, password = this.h.passwords[username]): Promise<Reply> {
    const r = await this.call('POST', '/api/session', { username, password });
    if (r.status === 200) this.csrf = r.body.csrf;
    return r;
  }

  async call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown, opts: { csrf?: string; raw?: Buffer; contentType?: string } = {}): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    const csrf = opts.csrf ?? this.csrf;
    if (csrf) headers['x-csrf-token'] = csrf;
    if (opts.raw) headers['content-type'] = opts.contentType ?? 'application/octet-stream';
    const res = await this.h.app.inject({ method, url, headers, payload: (opts.raw ?? payload) as never });
    const set = res.cookies.find((c) => c.name === 'im_session');
    if (set) this.cookie = set.value ? `im_session=${set.value}` : '';
    let body: unknown = res.body;
    try {
      body = JSON.parse(res.body);
    } catch {
      /* a download */
    }
    return { status: res.statusCode, body, headers: res.headers };
  }
}

export async function signedIn(h: Harness, username: string): Promise<Client> {
  const c = new Client(h);
  const r = await c.signIn(username);
  if (r.status !== 200) throw new Error(`${username}: ${r.status} ${JSON.stringify(r.body)}`);
  return c;
}
