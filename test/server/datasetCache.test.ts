// GET /api/dataset is kept per data version in each server process (src/server/datasetCache): the
// versions are bumped by the database itself in every writing transaction, so the next answer
// after a record write, a review move, an upload or an import — through this process, another
// process on the same database, or a script writing to the database — holds the change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, Client, signedIn, startHarness, type Harness } from './harness';
import { buildServer } from '../../src/server/app';
import { openDb, type Db } from '../../src/server/db/connect';
import { decodeDataset } from '../../src/io/compactDataset';
import { pickEncoding } from '../../src/server/routes/dataset';
import { shared, VersionedCache } from '../../src/server/datasetCache';

describe.each(DB_KINDS)('the data set kept per data version (%s)', (kind) => {
  let h: Harness;
  // A second server process on the same database (another node behind the load balancer).
  let db2: Db;
  let h2: Harness;
  let rid: string, pid: string, iid: string;

  beforeAll(async () => {
    h = await startHarness(kind);
    db2 = await openDb({ dataDir: h.dataDir, databaseUrl: h.databaseUrl });
    h2 = { ...h, db: db2, app: await buildServer({ db: db2, dataDir: h.dataDir }) };
    const unit = await signedIn(h, 'demo-unit');
    rid = (await unit.call('GET', '/api/rounds')).body[0].id;
    pid = (await unit.call('GET', '/api/projects')).body[0].id;
    iid = (await unit.call('GET', `/api/projects/${pid}`)).body.indicators[0].id;
  });
  afterAll(async () => {
    await h2.app.close();
    await db2.close();
    await h.close();
  });

  // The app's request: columns, brotli; and a script's: objects, plain.
  const columns = async (c: Client, server: Harness) => {
    const r = await server.app.inject({ url: '/api/dataset', headers: { cookie: c.cookie, 'accept-encoding': 'gzip, deflate, br' } });
    expect(r.headers['content-encoding']).toBe('br');
    const body = JSON.parse(brotliDecompressSync(r.rawPayload).toString('utf8'));
    return { ...body, dataset: decodeDataset(body.dataset) };
  };
  const objects = async (c: Client, server: Harness) => (await server.app.inject({ url: '/api/dataset?format=objects', headers: { cookie: c.cookie } })).json();
  const as = (c: Client, server: Harness) => Object.assign(new Client(server), { cookie: c.cookie, csrf: c.csrf });

  it('answers a record written through this process or another one on the next request of both', async () => {
    const unit = await signedIn(h, 'demo-unit');
    const unit2 = as(unit, h2);
    const key = `${rid}|${pid}|${iid}`;
    for (const [c, server] of [[unit, h], [unit2, h2]] as const) {
      expect((await columns(c, server)).versions[key]).toBeUndefined();
      expect((await objects(c, server)).versions[key]).toBeUndefined();
    }
    // Written through the second process: the first one's kept answers are stale now.
    const w = await unit2.call('PUT', `/api/rounds/${rid}/projects/${pid}/records/${iid}`, { fields: { value: '达成', note: '二号进程' }, version: 0 });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    for (const [c, server] of [[unit, h], [unit2, h2]] as const) {
      const got = await columns(c, server);
      expect(got.versions[key]).toBe(1);
      expect(got.dataset.actuals).toContainEqual(expect.objectContaining({ indicatorId: iid, value: '达成', note: '二号进程' }));
      expect((await objects(c, server)).versions[key]).toBe(1);
    }
    // A review move and an upload through the first process, seen by the second.
    expect((await unit.call('POST', `/api/rounds/${rid}/projects/${pid}/attachments?target=${iid}&name=a.pdf`, undefined, { raw: Buffer.from('%PDF-1.4 a') })).status).toBe(200);
    expect((await unit.call('POST', `/api/rounds/${rid}/projects/${pid}/review`, { action: 'submit', version: 0 })).status).toBe(200);
    const seen = await columns(unit2, h2);
    expect(seen.reviews[`${rid}|${pid}`]).toMatchObject({ state: 'submitted', version: 1 });
    expect(seen.attachments[key].map((a: { name: string }) => a.name)).toEqual(['a.pdf']);
  });

  it('answers an import, a new round and a direct change of the database on the next request', async () => {
    const finance = await signedIn(h, 'demo-finance');
    const finance2 = as(finance, h2);
    const before = await columns(finance2, h2);
    const file = JSON.parse(readFileSync(join(__dirname, '../../data/projects.json'), 'utf8'));
    const p = { ...file.projects[0], id: 'cache-imp', name: '缓存导入项目', indicators: file.projects[0].indicators.slice(0, 1).map((i: object) => ({ ...i, id: 'cache-imp-i0' })) };
    const imp = await finance.call('POST', '/api/import', { commit: true, files: [{ name: 'imp.json', base64: Buffer.from(JSON.stringify({ projects: [p] })).toString('base64') }] });
    expect(imp.status, JSON.stringify(imp.body)).toBe(200);
    const after = await columns(finance2, h2);
    expect(after.dataset.projects.length).toBe(before.dataset.projects.length + 1);
    expect(after.dataset.indicators.filter((i: { projectId: string }) => i.projectId === 'cache-imp').map((i: { id: string }) => i.id)).toEqual(['cache-imp-i0']);
    const round = await finance.call('POST', '/api/rounds', { name: '缓存轮次', periodEnd: '2024-09-30', deadline: null });
    expect((await columns(finance2, h2)).dataset.rounds.map((r: { name: string }) => r.name)).toContain('缓存轮次');
    // A script on the database (no server involved): the trigger bumps the version all the same.
    await h.db.db.updateTable('rounds').set({ name: '脚本改名' }).where('id', '=', round.body.id).execute();
    expect((await objects(finance2, h2)).dataset.rounds.map((r: { name: string }) => r.name)).toContain('脚本改名');
    expect((await columns(finance, h)).dataset.rounds.map((r: { name: string }) => r.name)).toContain('脚本改名');
  });

  it('keeps the answers of different scopes apart', async () => {
    const names = async (u: string) => (await columns(await signedIn(h, u), h)).dataset.projects.map((p: { id: string }) => p.id);
    expect(await names('other-unit')).toEqual([]);
    expect(await names('demo-unit')).toContain(pid);
    expect(await names('other-department')).toEqual([]);
  });

  it('chooses the coding the client accepts', () => {
    expect(['gzip, deflate, br', 'gzip', 'br;q=0, gzip', 'identity', undefined, '*', 'br;q=0.5'].map(pickEncoding)).toEqual(['br', 'gzip', 'gzip', 'identity', 'identity', 'gzip', 'br']);
  });
});

describe('answers built once per version', () => {
  it('lets requests arriving during a build wait for it, builds again for a new label, and keeps no failure or refused value', async () => {
    const cache = new VersionedCache<Promise<string>>(2);
    let builds = 0;
    const make = (v: string) => async () => {
      builds++;
      await new Promise((r) => setTimeout(r, 5));
      return v;
    };
    expect(await Promise.all([shared(cache, 'all', '1.1', make('a')), shared(cache, 'all', '1.1', make('b'))])).toEqual(['a', 'a']);
    expect(builds).toBe(1);
    expect(await shared(cache, 'all', '1.2', make('c'))).toBe('c');
    expect(builds).toBe(2);
    await expect(shared(cache, 'all', '1.3', () => Promise.reject(new Error('读取失败')))).rejects.toThrow('读取失败');
    expect(await shared(cache, 'all', '1.3', make('d'))).toBe('d');
    expect(await shared(cache, 'big', '1.3', make('e'), () => false)).toBe('e');
    await new Promise((r) => setTimeout(r, 0));
    expect(await shared(cache, 'big', '1.3', make('f'), () => false)).toBe('f');
    expect(builds).toBe(5);
  });
});
