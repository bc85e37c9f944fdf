// Schema migrations, run on every start (Kysely's Migrator records what ran). One definition for
// SQLite and PostgreSQL: the only differences are the auto-increment column type and the triggers
// that make the audit log append-only inside the database itself, not just in the API.
import { sql, type Kysely } from 'kysely';
import type { Migration, MigrationProvider } from 'kysely/migration';
import type { DbKind } from './schema';

// serial is PostgreSQL's auto-increment; on SQLite an integer primary key with AUTOINCREMENT.
const autoIdType = (kind: DbKind) => (kind === 'postgres' ? 'serial' : 'integer');

function initial(kind: DbKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const id = autoIdType(kind);
      const pk = <T extends { primaryKey(): T; autoIncrement(): T }>(c: T) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
      await db.schema.createTable('units').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('parent_id', 'text', (c) => c.references('units.id')).addColumn('kind', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('users').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull()).addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull()).addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
        .addColumn('must_change', 'integer', (c) => c.notNull().defaultTo(0)).addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('sessions').addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id')).addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('expires_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
      await db.schema.createTable('login_failures').addColumn('id', id, pk)
        .addColumn('username', 'text', (c) => c.notNull()).addColumn('at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('login_failures_user').on('login_failures').columns(['username', 'at']).execute();
      await db.schema.createTable('projects').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id')).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull()).addColumn('updated_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createIndex('projects_unit').on('projects').column('unit_id').execute();
      await db.schema.createTable('rounds').addColumn('id', 'text', (c) => c.primaryKey()).addColumn('name', 'text', (c) => c.notNull())
        .addColumn('period_end', 'text', (c) => c.notNull()).addColumn('deadline', 'text').addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('closed', 'integer', (c) => c.notNull().defaultTo(0)).addColumn('created_at', 'text', (c) => c.notNull()).execute();
      await db.schema.createTable('records').addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id')).addColumn('target', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull()).addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()).addColumn('updated_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['round_id', 'project_id', 'target']).execute();
      await db.schema.createTable('forms').addColumn('round_id', 'text', (c) => c.notNull().references('rounds.id'))
        .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id')).addColumn('state', 'text', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull()).addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull()).addColumn('updated_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('forms_pk', ['round_id', 'project_id']).execute();
      await db.schema.createTable('audit').addColumn('id', id, pk).addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull()).addColumn('username', 'text', (c) => c.notNull()).addColumn('round_id', 'text')
        .addColumn('project_id', 'text').addColumn('target', 'text', (c) => c.notNull()).addColumn('action', 'text', (c) => c.notNull())
        .addColumn('before', 'text').addColumn('after', 'text').execute();
      await db.schema.createIndex('audit_project').on('audit').columns(['project_id', 'id']).execute();
      await db.schema.createTable('attachments').addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('round_id', 'text', (c) => c.notNull()).addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
        .addColumn('target', 'text', (c) => c.notNull()).addColumn('name', 'text', (c) => c.notNull()).addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull()).addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull()).addColumn('created_by', 'text', (c) => c.notNull()).execute();
      if (kind === 'postgres') {
        await sql`CREATE FUNCTION audit_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'audit is append-only'; END $$ LANGUAGE plpgsql`.execute(db);
        await sql`CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit FOR EACH ROW EXECUTE FUNCTION audit_append_only()`.execute(db);
      } else {
        await sql`CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`.execute(db);
        await sql`CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END`.execute(db);
      }
    },
  };
}

// When finance closed a round, so the app can say since when it is locked.
const roundClosedAt: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('rounds').addColumn('closed_at', 'text').execute();
  },
};

// Data versions: counters the database itself bumps (by trigger, in the writing transaction) on any
// change of what GET /api/dataset answers — 'projects' for the projects table, 'forms' for rounds,
// records, forms and attachments. A server process keeps its answers per version and asks for the
// versions (one small query) on each request, so several processes on one PostgreSQL, or a seed or
// script writing to the database directly, never leave a process serving stale data.
const DATA_TABLES: [string, 'projects' | 'forms'][] = [['projects', 'projects'], ['rounds', 'forms'], ['records', 'forms'], ['forms', 'forms'], ['attachments', 'forms']];

function dataVersions(kind: DbKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createTable('data_versions').addColumn('name', 'text', (c) => c.primaryKey()).addColumn('version', 'integer', (c) => c.notNull()).execute();
      await sql`INSERT INTO data_versions (name, version) VALUES ('projects', 0), ('forms', 0)`.execute(db);
      if (kind === 'postgres') {
        await sql`CREATE FUNCTION bump_data_version() RETURNS trigger AS $$ BEGIN UPDATE data_versions SET version = version + 1 WHERE name = TG_ARGV[0]; RETURN NULL; END $$ LANGUAGE plpgsql`.execute(db);
        for (const [table, name] of DATA_TABLES) {
          // Once per statement, not per row: an import of 10,000 projects bumps it per statement only.
          await sql`CREATE TRIGGER ${sql.raw(`${table}_data_version`)} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${sql.table(table)} FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version(${sql.lit(name)})`.execute(db);
        }
      } else {
        for (const [table, name] of DATA_TABLES) {
          for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
            await sql.raw(`CREATE TRIGGER ${table}_${op.toLowerCase()}_data_version AFTER ${op} ON ${table} BEGIN UPDATE data_versions SET version = version + 1 WHERE name = '${name}'; END`).execute(db);
          }
        }
      }
    },
  };
}

export const migrations = (kind: DbKind): MigrationProvider => ({
  getMigrations: async () => ({ '001-initial': initial(kind), '002-round-closed-at': roundClosedAt, '003-data-versions': dataVersions(kind) }),
});
