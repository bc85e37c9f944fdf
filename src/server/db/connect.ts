// Opens the database: PostgreSQL when DATABASE_URL is given, else an embedded SQLite file in the
// data folder (WAL, so readers never wait for a writer; foreign keys on). Migrations run on open.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { Database, DbKind } from './schema';
import { migrations } from './migrations';

export type { DbKind } from './schema';

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
    // In WAL mode NORMAL keeps every acknowledged write through a crash or kill -9 of the process
    // (the WAL is in the OS before the commit returns); only a power cut may lose the last commits.
    // SQLITE_SYNC=full trades throughput for that too.
    sqlite.pragma(`synchronous = ${process.env.SQLITE_SYNC === 'full' ? 'FULL' : 'NORMAL'}`);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    out = { db, kind: 'sqlite', sqlite, close: () => db.destroy() };
  }
  // Kysely looks for its migration tables in every schema unless told which: name the current one,
  // so databases holding several schemas (one per deployment or test) do not see each other's.
  const migrationTableSchema = out.kind === 'postgres' ? (await sql<{ s: string }>`SELECT current_schema() AS s`.execute(out.db)).rows[0].s : undefined;
  const { error } = await new Migrator({ db: out.db, provider: migrations(out.kind), migrationTableSchema }).migrateToLatest();
  if (error) {
    await out.close();
    throw error;
  }
  return out;
}
