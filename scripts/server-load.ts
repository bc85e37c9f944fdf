// Load test of the team server, bounded and on loopback only:
//   npx tsx scripts/server-load.ts [--units 200] [--indicators 30] [--kill-after 2000] [--json F]
// Seeds a fresh database (SQLite in a temp folder, or DATABASE_URL's PostgreSQL — wiped first),
// starts the server as a child process, and has every unit at once sign in, write each indicator's
// 执行情况 and 送审 its form. Prints requests, errors, lost updates and latency percentiles.
// --kill-after N sends SIGKILL to the server after N acknowledged writes, restarts it on the same
// data, and the clients carry on (retrying what got no answer); at the end every acknowledged write
// must be in the database with its version, and every form is either a draft or submitted whole.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDb } from '../src/server/db/connect';
import { seedLoad, LOAD_PASSWORD } from './server/seedLoad';

const { values } = parseArgs({ options: { units: { type: 'string', default: '200' }, indicators: { type: 'string', default: '30' }, 'kill-after': { type: 'string' }, json: { type: 'string' }, port: { type: 'string', default: '8187' } } });
const UNITS = Number(values.units);
const INDICATORS = Number(values.indicators);
const KILL_AFTER = values['kill-after'] ? Number(values['kill-after']) : null;
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'im-load-'));
// On PostgreSQL, a schema of its own (dropped at the end), so nothing else in the database is touched.
const schema = `load_${process.pid}`;
const databaseUrl = process.env.DATABASE_URL
  ? `${process.env.DATABASE_URL}${process.env.DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  : undefined;
async function pgRun(q: string) {
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  await c.query(q);
  await c.end();
}
if (databaseUrl) await pgRun(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
const seeded = await (async () => {
  const db = await openDb({ dataDir, databaseUrl });
  const s = await seedLoad(db.db, UNITS, INDICATORS);
  await db.close();
  return s;
})();

let server: ChildProcess | null = null;
async function startServer() {
  server = spawn(process.execPath, ['--import', 'tsx', resolve('src/server/main.ts'), '--data', dataDir, '--port', String(PORT), '--app', '/nonexistent'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) } });
  // Up to 60 s: a restart after the kill compiles the server again (tsx), slow on a loaded CI machine.
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not start');
}

const latencies: number[] = [];
/** Latencies per kind of request (sign-in, write, submit), to see which one makes the tail. */
const byKind = new Map<string, number[]>();
let errors = 0;
let retries = 0;
let acked = 0;
let killed = false;
const ackedWrites = new Map<string, { version: number; value: string }>();
const ackedSubmits = new Set<string>();

/** One request; a connection refused/reset (server killed) is retried after a pause, never counted as an answer. */
async function call(method: string, path: string, cookie: string, csrf: string, body?: unknown): Promise<Response> {
  for (;;) {
    const t = performance.now();
    try {
      const res = await fetch(BASE + path, { method, headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf }, body: body === undefined ? undefined : JSON.stringify(body) });
      const ms = performance.now() - t;
      latencies.push(ms);
      const kind = method === 'PUT' ? 'write' : path.endsWith('/review') ? 'submit' : 'signIn';
      if (!byKind.has(kind)) byKind.set(kind, []);
      byKind.get(kind)!.push(ms);
      return res;
    } catch {
      retries++;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function maybeKill() {
  if (KILL_AFTER === null || killed || acked < KILL_AFTER) return;
  killed = true;
  server!.kill('SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  await startServer();
}

async function unitClient(u: (typeof seeded.users)[number]) {
  const signIn = await call('POST', '/api/session', '', '', { username: u.username, password: LOAD_PASSWORD });
  if (!signIn.ok) return void errors++;
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrf } = (await signIn.json()) as { csrf: string };
  for (const [i, id] of u.indicatorIds.entries()) {
    const value = `${10 + i + (u.username.length % 3)}个`;
    let version = 0;
    for (;;) {
      const res = await call('PUT', `/api/rounds/${seeded.roundId}/projects/${u.projectId}/records/${id}`, cookie, csrf, { fields: { value }, version });
      if (res.ok) {
        const body = (await res.json()) as { version: number };
        ackedWrites.set(id, { version: body.version, value });
        acked++;
        await maybeKill();
        break;
      }
      // 409 after a retry whose first attempt did land before the kill: read the version and go on.
      if (res.status === 409) {
        const cur = ((await res.json()) as { details?: { current?: { version: number; fields: { value: string } } } }).details?.current;
        if (cur?.fields.value === value) {
          ackedWrites.set(id, { version: cur.version, value });
          acked++;
          break;
        }
        version = cur?.version ?? 0;
        continue;
      }
      errors++;
      break;
    }
  }
  const sub = await call('POST', `/api/rounds/${seeded.roundId}/projects/${u.projectId}/review`, cookie, csrf, { action: 'submit', version: 0 });
  if (sub.ok || sub.status === 409) ackedSubmits.add(u.projectId);
  else errors++;
}

await startServer();
const t0 = performance.now();
await Promise.all(seeded.users.map(unitClient));
const seconds = (performance.now() - t0) / 1000;
server!.kill('SIGTERM');
await new Promise((r) => server!.once('exit', r));

// Verify against the database itself.
const db = await openDb({ dataDir, databaseUrl });
const rows = await db.db.selectFrom('records').select(['target', 'version', 'fields']).execute();
const stored = new Map(rows.map((r) => [r.target, r]));
let lost = 0;
for (const [target, w] of ackedWrites) {
  const row = stored.get(target);
  if (!row || row.version < w.version || JSON.parse(row.fields).value !== w.value) lost++;
}
const forms = await db.db.selectFrom('forms').select(['project_id', 'state']).execute();
const halfSubmitted = forms.filter((f) => f.state !== 'submitted' && f.state !== 'draft').length + [...ackedSubmits].filter((p) => !forms.some((f) => f.project_id === p && f.state === 'submitted')).length;
await db.close();
if (databaseUrl) await pgRun(`DROP SCHEMA ${schema} CASCADE`);

latencies.sort((a, b) => a - b);
const pctOf = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const pct = (p: number) => pctOf(latencies, p);
const kinds = Object.fromEntries([...byKind].map(([k, xs]) => {
  xs.sort((a, b) => a - b);
  return [k, { n: xs.length, p50Ms: +pctOf(xs, 50).toFixed(1), p95Ms: +pctOf(xs, 95).toFixed(1), maxMs: +xs[xs.length - 1].toFixed(1) }];
}));
const result = {
  db: databaseUrl ? 'postgres' : 'sqlite', units: UNITS, indicators: INDICATORS, requests: latencies.length, seconds: +seconds.toFixed(1),
  requestsPerSecond: Math.round(latencies.length / seconds), errors, lostUpdates: lost, ackedWrites: ackedWrites.size, submitted: ackedSubmits.size,
  halfSubmitted, killed, retries, p50Ms: +pct(50).toFixed(1), p95Ms: +pct(95).toFixed(1), p99Ms: +pct(99).toFixed(1), kinds,
};
console.log(JSON.stringify(result, null, 2));
if (values.json) (await import('node:fs')).writeFileSync(values.json, JSON.stringify(result, null, 2));
process.exit(errors || lost || halfSubmitted || ackedWrites.size !== UNITS * INDICATORS ? 1 : 0);
