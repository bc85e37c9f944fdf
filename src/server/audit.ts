// The audit log (domain.md §5: who, when, what before, what after). Written in the same transaction
// as the change it records; append-only (the database refuses UPDATE and DELETE on it).
import type { Kysely, Transaction } from 'kysely';
import type { Database, UserRow } from './db/schema';

export interface AuditEntry {
  roundId?: string | null;
  projectId?: string | null;
  target: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

const json = (x: unknown) => (x === undefined || x === null ? null : typeof x === 'string' ? x : JSON.stringify(x));

export async function audit(db: Kysely<Database> | Transaction<Database>, user: Pick<UserRow, 'id' | 'username'>, e: AuditEntry, at = new Date().toISOString()) {
  await db.insertInto('audit').values({
    at, user_id: user.id, username: user.username, round_id: e.roundId ?? null, project_id: e.projectId ?? null,
    target: e.target, action: e.action, before: json(e.before), after: json(e.after),
  }).execute();
}
