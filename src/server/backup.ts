// Backup and restore of the embedded database:
//   npm run server -- backup --data DIR --out FILE.sqlite   online: the server may keep running
//   npm run server -- restore --data DIR --from FILE.sqlite  with the server stopped
// Attachments are plain files in DIR/attachments (named by their sha256): copy that folder too.
// On PostgreSQL use pg_dump / pg_restore (README: running it for a province).
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SQLITE_FILE } from './db/connect';

export async function backupSqlite(dataDir: string, out: string): Promise<number> {
  const file = join(dataDir, SQLITE_FILE);
  if (!existsSync(file)) throw new Error(`${file} 不存在：--data 应指向服务器的数据文件夹`);
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    // SQLite's online backup API: a consistent copy while other connections keep writing.
    const { totalPages } = await db.backup(out);
    return totalPages;
  } finally {
    db.close();
  }
}

export function restoreSqlite(dataDir: string, from: string) {
  if (!existsSync(from)) throw new Error(`${from} 不存在`);
  let ok: unknown;
  try {
    const check = new SqliteDatabase(from, { readonly: true, fileMustExist: true });
    try {
      ok = check.pragma('integrity_check', { simple: true });
      check.prepare('SELECT count(*) FROM kysely_migration').get();
    } finally {
      check.close();
    }
  } catch (e) {
    throw new Error(`${from} 不是本服务器的备份（${(e as Error).message}）`, { cause: e });
  }
  if (ok !== 'ok') throw new Error(`${from} 不是完好的数据库（integrity_check：${String(ok)}）`);
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, SQLITE_FILE);
  // The old WAL and shared-memory files belong to the old database: left beside the new one they
  // would be replayed into it.
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  copyFileSync(from, file);
}
