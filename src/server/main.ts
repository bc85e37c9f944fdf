// indicator-monitor team server: the built app and the JSON API from one Node process.
//   npm run server -- [--port 8080] [--data DIR] [--demo] [--host 127.0.0.1] [--app dist]
//   npm run server -- backup --data DIR --out FILE.sqlite | restore --data DIR --from FILE.sqlite (./backup)
//   npm run server -- export-form --data DIR --round NAME [--unit 主管部门或单位] --out F.xlsx  the 汇总表 from the database
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
import { backupSqlite, restoreSqlite } from './backup';
import { exportFormCommand } from './exportForm';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' }, data: { type: 'string', default: 'server-data' },
    demo: { type: 'boolean', default: false }, app: { type: 'string', default: 'dist' }, out: { type: 'string' }, from: { type: 'string' }, round: { type: 'string' }, unit: { type: 'string' },
  },
});

const dataDir = resolve(values.data!);
if (positionals[0] === 'export-form') {
  process.exit(await exportFormCommand(dataDir, values));
}
if (positionals[0] === 'backup' || positionals[0] === 'restore') {
  try {
    if (process.env.DATABASE_URL) throw new Error('PostgreSQL 请用 pg_dump / pg_restore 备份和恢复（见 README）');
    if (positionals[0] === 'backup') {
      if (!values.out) throw new Error('backup 需要 --out 文件.sqlite');
      const pages = await backupSqlite(dataDir, resolve(values.out));
      console.log(`已备份 ${pages} 页到 ${resolve(values.out)}；佐证材料在 ${dataDir}/attachments，请一并复制`);
    } else {
      if (!values.from) throw new Error('restore 需要 --from 文件.sqlite（恢复前请先停止服务器）');
      restoreSqlite(dataDir, resolve(values.from));
      console.log(`已从 ${resolve(values.from)} 恢复到 ${dataDir}`);
    }
    process.exit(0);
  } catch (e) {
    console.error(`错误：${(e as Error).message}`);
    process.exit(2);
  }
} else if (positionals.length) {
  console.error(`未知命令：${positionals[0]}（可用：backup、restore，或不带命令启动服务器）`);
  process.exit(2);
}
const db = await openDb({ dataDir, databaseUrl: process.env.DATABASE_URL });
const adminPassword = await firstStart(db.db);
if (adminPassword) console.log(`\n首次启动：已创建管理员账号 admin（${ROOT_UNIT}），一次性密码：${adminPassword}\n请登录后立即修改密码；此密码不会再次显示。\n`);
if (values.demo) {
  const accounts = await loadDemo(db.db, resolve('data'));
  console.log('示例数据（演示用，非真实数据）。演示账号（密码每次以 --demo 启动时重新生成）：');
  for (const a of accounts) console.log(`  ${a.username.padEnd(16)} ${a.password}  ${ROLE_LABELS[a.role]} · ${a.unit}`);
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
