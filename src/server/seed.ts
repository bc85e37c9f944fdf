// First start and demo data. On an empty database: the unit tree's root (财政) and an
// administrator with a one-time password (printed once). With --demo, also the bundled 示例数据:
// its 主管部门 and 实施单位 as departments and units, its projects, an open round, and one demo
// account per role — every name marked 演示 so nobody mistakes it for real data.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { generatePassword, hashPassword } from './auth/password';
import { loadFiles } from '../io/load';
import { normalizeKey } from '../domain/aggregate';
import type { Role } from '../domain/round/review';

export const ROOT_UNIT = '财政局';
const DEMO_FILES = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];

async function addUser(db: Kysely<Database>, username: string, displayName: string, role: Role, unitId: string, password: string, mustChange: boolean) {
  await db.insertInto('users').values({ id: randomUUID(), username, display_name: displayName, password_hash: await hashPassword(password), role, unit_id: unitId, must_change: mustChange ? 1 : 0, disabled: 0, created_at: new Date().toISOString() }).execute();
}

/** Creates the root unit and the administrator when the database has no account; returns the one-time password, or null. */
export async function firstStart(db: Kysely<Database>): Promise<string | null> {
  if (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) return null;
  const rootId = randomUUID();
  await db.insertInto('units').values({ id: rootId, name: ROOT_UNIT, parent_id: null, kind: 'finance' }).execute();
  const password = generatePassword();
  await addUser(db, 'admin', '管理员', 'admin', rootId, password, true);
  return password;
}

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  unit: string;
}

const DEMO_USERNAMES = ['demo-finance', 'demo-department', 'demo-unit'];

/**
 * Loads the bundled 示例数据 and demo accounts once. A later start with --demo keeps the data and
 * gives the demo accounts new passwords to print (the first ones were printed once and are gone).
 */
export async function loadDemo(db: Kysely<Database>, dataDir: string): Promise<DemoAccount[]> {
  const existing = await db.selectFrom('users').innerJoin('units', 'units.id', 'users.unit_id')
    .select(['users.username', 'users.role', 'units.name as unit']).where('users.username', 'in', DEMO_USERNAMES).execute();
  if (existing.length) {
    const out: DemoAccount[] = [];
    for (const u of existing) {
      const password = generatePassword();
      await db.updateTable('users').set({ password_hash: await hashPassword(password) }).where('username', '=', u.username).execute();
      out.push({ username: u.username, password, role: u.role, unit: u.unit });
    }
    return out.sort((a, b) => DEMO_USERNAMES.indexOf(a.username) - DEMO_USERNAMES.indexOf(b.username));
  }
  const root = await db.selectFrom('units').selectAll().where('kind', '=', 'finance').executeTakeFirstOrThrow();
  const loaded = loadFiles(DEMO_FILES.map((name) => ({ name, content: new Uint8Array(readFileSync(join(dataDir, name))) })));
  const now = new Date().toISOString();
  // Keyed by the name with full-width brackets and spaces folded (NFKC): the same 主管部门 is written
  // 江苏省数据局（…） in one table and 江苏省数据局 (…) in another.
  const key = normalizeKey;
  const departments = new Map<string, string>();
  const units = new Map<string, string>();
  await db.transaction().execute(async (trx) => {
    for (const p of loaded.dataset.projects) {
      const dept = key(p.department || '（未填主管部门）');
      if (!departments.has(dept)) {
        departments.set(dept, randomUUID());
        await trx.insertInto('units').values({ id: departments.get(dept)!, name: p.department || '（未填主管部门）', parent_id: root.id, kind: 'department' }).execute();
      }
      if (!units.has(key(p.unit))) {
        units.set(key(p.unit), randomUUID());
        await trx.insertInto('units').values({ id: units.get(key(p.unit))!, name: p.unit, parent_id: departments.get(dept)!, kind: 'unit' }).execute();
      }
      const stored = {
        project: p,
        indicators: loaded.dataset.indicators.filter((i) => i.projectId === p.id),
        actuals: loaded.dataset.actuals.filter((a) => a.projectId === p.id),
        spend: loaded.dataset.spend.filter((s) => s.projectId === p.id),
      };
      await trx.insertInto('projects').values({ id: p.id, unit_id: units.get(key(p.unit))!, name: p.name, data: JSON.stringify(stored), updated_at: now }).execute();
    }
    const year = loaded.dataset.projects.find((p) => p.year)?.year ?? new Date().getFullYear();
    await trx.insertInto('rounds').values({ id: randomUUID(), name: `${year}年1–7月监控（演示）`, period_end: `${year}-07-31`, deadline: `${year}-08-07`, scope: JSON.stringify({ kind: 'all' }), closed: 0, created_at: now }).execute();
  });
  const first = loaded.dataset.projects[0];
  const accounts: DemoAccount[] = [
    { username: 'demo-finance', password: generatePassword(), role: 'finance', unit: ROOT_UNIT },
    { username: 'demo-department', password: generatePassword(), role: 'department', unit: first.department || '（未填主管部门）' },
    { username: 'demo-unit', password: generatePassword(), role: 'unit', unit: first.unit },
  ];
  for (const a of accounts) {
    const unitId = a.role === 'finance' ? root.id : a.role === 'department' ? departments.get(key(a.unit))! : units.get(key(a.unit))!;
    await addUser(db, a.username, `演示账号（${a.unit}）`, a.role, unitId, a.password, false);
  }
  return accounts;
}
