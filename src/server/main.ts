// indicator-monitor team server: the built app and the JSON API from one Node process.
//   npm run server -- [--port 8080] [--data DIR] [--demo] [--host 127.0.0.1]
// DIR (default ./server-data) holds the SQLite file and the attachments; DATABASE_URL=postgres://…
// uses PostgreSQL instead (attachments still in DIR). The app is served from dist/ (built by
// `npm run server:start`). Logs are JSON lines (pino, via fastify); SIGTERM/SIGINT finish the
// requests in flight, then close the database.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { buildServer } from './app';
import { openDb } from './db/connect';
import { firstStart, loadDemo, ROOT_UNIT } from './seed';
import { ROLE_LABELS } from '../domain/round/review';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, data: { type: 'string', default: 'server-data' }, demo: { type: 'boolean', default: false }, app: { type: 'string', default: 'dist' } },
});

const dataDir = resolve(values.data!);
const db = await openDb({ dataDir, databaseUrl: process.env.DATABASE_URL });
const adminPassword = await firstStart(db.db);
if (adminPassword) console.log(`\n首次启动：已创建管理员账号 admin（${ROOT_UNIT}），一次性密码：${adminPassword}\n请登录后立即修改密码；此密码不会再次显示。\n`);
if (values.demo) {
  const accounts = await loadDemo(db.db, resolve('data'));
  if (accounts) {
    console.log('已载入示例数据（演示用，非真实数据）。演示账号：');
    for (const a of accounts) console.log(`  ${a.username.padEnd(16)} ${a.password}  ${ROLE_LABELS[a.role]} · ${a.unit}`);
  }
}
const app = await buildServer({ db, dataDir, appDir: resolve(values.app!), logger: true, secureCookies: process.env.SECURE_COOKIES === '1' });
await app.listen({ port: Number(values.port), host: values.host });
console.log(`indicator-monitor 服务已启动：http://${values.host}:${values.port}/ （数据库：${db.kind === 'sqlite' ? `SQLite ${dataDir}` : 'PostgreSQL'}）`);

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    await app.close();
    await db.close();
    process.exit(0);
  });
}
