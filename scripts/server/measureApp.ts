// The app served by the team server at a province's size, in headless Chromium: a finance account
// (all 10,000 projects in scope) signs in and opens the overview; the same figures as the local
// benchmark (scripts/bench/appRun: load, overview after the data is in the store, longest load
// task, as-of switch, flagged paging, peak heap), plus when the server's answer was read
// (`im:server-answer`) and its size on the wire. The first run finds the server's answer cache
// cold; the figures are the minimum of --runs (heap: maximum).
//   npm run gen -- --projects 10000 --out /tmp/prov
//   npx tsx scripts/server/measureApp.ts --from /tmp/prov [--data /tmp/prov-server] [--runs 3] [--dist /tmp/dist-bench] [--json FILE]
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { buildServer } from '../../src/server/app';
import { openDb } from '../../src/server/db/connect';
import { MEASURE_PASSWORD, MEASURE_USER, seedProvince } from './seedProvince';
import { appRun, best, type RunFigures } from '../bench/appRun';

const arg = (name: string, fallback?: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};

async function main() {
  const from = arg('--from', '/tmp/prov')!;
  const dataDir = arg('--data') ?? mkdtempSync(join(tmpdir(), 'im-measure-'));
  const runs = Math.max(1, Number(arg('--runs', '3')));
  const dist = resolve(arg('--dist', '/tmp/dist-bench')!);
  if (!existsSync(join(dist, 'index.html'))) await build({ configFile: resolve('vite.config.ts'), logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  const db = await openDb({ dataDir });
  if (!existsSync(join(dataDir, '.seeded'))) {
    const n = await seedProvince(db.db, from);
    writeFileSync(join(dataDir, '.seeded'), JSON.stringify(n));
  }
  const projects = (await db.db.selectFrom('projects').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  const app = await buildServer({ db, dataDir, appDir: dist });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  console.log(`${address}: ${projects} projects; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-precise-memory-info'] });
  const done: RunFigures[] = [];
  const answers: number[] = [];
  let wireBytes = 0;
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      try {
        const signIn = await context.request.post(`${address}/api/session`, { data: { username: MEASURE_USER, password: MEASURE_PASSWORD } });
        if (!signIn.ok()) throw new Error(`sign-in: ${signIn.status()} ${await signIn.text()}`);
        context.on('response', (res) => {
          if (res.url().endsWith('/api/dataset')) void res.request().sizes().then((s) => { wireBytes = s.responseBodySize; }, () => {});
        });
        let answerAt = NaN;
        const figures = await appRun(context, `${address}/#/?asOf=2024-06-30`, `${address}/#/flagged`, projects, async (page) => {
          answerAt = await page.evaluate(() => performance.getEntriesByName('im:server-answer').at(-1)?.startTime ?? NaN);
        });
        done.push(figures);
        answers.push(Math.round(answerAt));
        console.log(`run ${r + 1}: ${JSON.stringify({ ...figures, answerReadMs: Math.round(answerAt) })}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await app.close();
    await db.close();
  }
  const figures = { projects, ...best(done), answerReadMs: Math.min(...answers), answerReadFirstMs: answers[0], datasetWireMB: Math.round(wireBytes / 104857.6) / 10 };
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(22)} ${v}`);
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(figures, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
