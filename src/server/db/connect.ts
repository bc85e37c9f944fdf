// Opens the database: PostgreSQL when DATABASE_URL is given, else an embedded SQLite file in the
// data folder (WAL, so readers never wait for a writer; foreign keys on). Migrations run on open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Database } from './schema';
import { migrations } from './migrations';

export type DbKind = 'sqlite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  kind: DbKind;
  /** The SQLite handle (for online backup); null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

export const SQLITE_FILE = 'indicator-monitor.sqlite';

export async function openDb(opts: { dataDir: string; databaseUrl?: string }): Promise<Db> {
  let out: Db;
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    out = { db, kind: 'postgres', sqlite: null, close: () => db.destroy() };
  } else {
    mkdirSync(opts.dataDir, { recursive: true });
    const sqlite = new SqliteDatabase(join(opts.dataDir, SQLITE_FILE));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // FULL: a write acknowledged to a user survives a power cut or kill -9, not just a crash.
    sqlite.pragma('synchronous = FULL');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    out = { db, kind: 'sqlite', sqlite, close: () => db.destroy() };
  }
  const { error } = await new Migrator({ db: out.db, provider: migrations(out.kind) }).migrateToLatest();
  if (error) {
    await out.close();
    throw error;
  }
  return out;
}
