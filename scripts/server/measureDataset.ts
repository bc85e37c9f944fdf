// Measures GET /api/dataset at a province's size, the domain's objects (the answer before columns)
// against the columns (io/compactDataset), raw and compressed, with the server's time per answer and
// the app's time to read it (JSON.parse, then decodeDataset for the columns), all in one run.
//   npm run gen -- --projects 10000 --out /tmp/prov
//   npx tsx scripts/server/measureDataset.ts --from /tmp/prov [--data /tmp/prov-server] [--runs 3]
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildServer } from '../../src/server/app';
import { openDb } from '../../src/server/db/connect';
import { decodeDatasetAnswer } from '../../src/io/compactDataset';
import type { Dataset } from '../../src/domain/types';
import { MEASURE_PASSWORD, MEASURE_USER, seedProvince } from './seedProvince';

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

async function main() {
  const from = arg('--from', '/tmp/prov')!;
  const dataDir = arg('--data') ?? mkdtempSync(join(tmpdir(), 'im-measure-'));
  const runs = Number(arg('--runs', '3'));
  const db = await openDb({ dataDir });
  if (!existsSync(join(dataDir, '.seeded'))) {
    const t = performance.now();
    const n = await seedProvince(db.db, from);
    (await import('node:fs')).writeFileSync(join(dataDir, '.seeded'), JSON.stringify(n));
    console.log(`seeded ${dataDir}: ${n.projects} projects, ${n.indicators} indicators, ${n.actuals} actuals, ${n.spend} spend in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const app = await buildServer({ db, dataDir });
  const signIn = await app.inject({ method: 'POST', url: '/api/session', payload: { username: MEASURE_USER, password: MEASURE_PASSWORD } });
  const cookie = `im_session=${signIn.cookies.find((c) => c.name === 'im_session')!.value}`;
  console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}; first request, then median of the ${runs - 1} repeated`);

  const variants = [
    ['objects (before)', '/api/dataset?format=objects', undefined],
    ['objects, gzip', '/api/dataset?format=objects', 'gzip'],
    ['columns-1', '/api/dataset', undefined],
    ['columns-1, gzip', '/api/dataset', 'gzip'],
    ['columns-1, br', '/api/dataset', 'br'],
  ] as const;
  const out: Record<string, { bytes: number; ms: number; first: number; body: string }> = {};
  for (const [name, url, enc] of variants) {
    const times: number[] = [];
    let payload: Buffer = Buffer.alloc(0);
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = await app.inject({ url, headers: { cookie, ...(enc ? { 'accept-encoding': enc } : {}) } });
      times.push(performance.now() - t);
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      payload = r.rawPayload;
    }
    const body = (enc === 'gzip' ? gunzipSync(payload) : enc === 'br' ? brotliDecompressSync(payload) : payload).toString('utf8');
    // The first request reads the database; the ones after it may be served from the answer cache.
    out[name] = { bytes: payload.length, ms: median(times.slice(1).length ? times.slice(1) : times), first: times[0], body };
  }
  // After a record write (here straight into the database, as the trigger sees any write): the
  // projects as loaded are still kept, the rounds' part is read again, encoded and compressed.
  const round = await db.db.selectFrom('rounds').select(['id']).executeTakeFirstOrThrow();
  const ind = await db.db.selectFrom('projects').select(['id']).limit(1).executeTakeFirstOrThrow();
  const afterWrite: number[] = [];
  for (let i = 0; i < runs; i++) {
    const version = i;
    await db.db.deleteFrom('records').where('round_id', '=', round.id).where('project_id', '=', ind.id).where('target', '=', 'form').execute();
    await db.db.insertInto('records').values({ round_id: round.id, project_id: ind.id, target: 'form', fields: JSON.stringify({ spendForecast: String(100 + version) }), version: 1, updated_at: new Date().toISOString(), updated_by: 'measure' }).execute();
    const t = performance.now();
    const r = await app.inject({ url: '/api/dataset', headers: { cookie, 'accept-encoding': 'br' } });
    afterWrite.push(performance.now() - t);
    if (r.statusCode !== 200) throw new Error(`after a write: ${r.statusCode}`);
  }
  await db.db.deleteFrom('records').where('round_id', '=', round.id).where('project_id', '=', ind.id).where('target', '=', 'form').execute();
  console.log(`columns-1, br, the request after a record write: median ${Math.round(median(afterWrite))} ms`);
  const before = out['objects (before)'];
  for (const [name, r] of Object.entries(out)) {
    console.log(`${name.padEnd(18)} ${mb(r.bytes).padStart(9)}  (${(r.bytes / before.bytes * 100).toFixed(1)} % of before)  server first ${Math.round(r.first)} ms, repeated ${Math.round(r.ms)} ms`);
  }
  // The app's side: parse (and decode) the body it received; both give the same data set.
  const read = (body: string) => {
    const times: number[] = [];
    let d: Dataset | null = null;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      d = decodeDatasetAnswer(JSON.parse(body) as { dataset: Dataset }).dataset;
      times.push(performance.now() - t);
    }
    return { ms: median(times), d: d! };
  };
  const a = read(before.body);
  const b = read(out['columns-1'].body);
  console.log(isDeepStrictEqual(a.d, b.d) ? 'the two answers hold the same data set' : 'the two answers are NOT the same data set');
  console.log(`app read: objects JSON.parse ${Math.round(a.ms)} ms; columns JSON.parse + decodeDataset ${Math.round(b.ms)} ms (${(b.ms / a.ms).toFixed(2)}×); ${b.d.projects.length} projects, ${b.d.indicators.length} indicators, ${b.d.actuals.length} actuals`);
  await app.close();
  await db.close();
}

void main();
