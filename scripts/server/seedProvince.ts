// Seeds a server data folder with a generated province (npm run gen) for measuring, the way the
// --demo seed builds the unit tree from the data: 财政 → one 主管部门 per department → one 单位 per
// 实施单位, each project under its unit, and a finance account with a known password.
//   npx tsx scripts/server/seedProvince.ts --from /tmp/prov --data /tmp/prov-server
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema';
import { firstStart } from '../../src/server/seed';
import { hashPassword } from '../../src/server/auth/password';
import { storedParts } from '../../src/server/routes/projects';
import { loadFiles } from '../../src/io/load';
import { normalizeKey } from '../../src/domain/aggregate';

export const MEASURE_USER = 'measure-finance';
export const MEASURE_PASSWORD = 'measure-finance-password';

export async function seedProvince(db: Kysely<Database>, fromDir: string) {
  const loaded = loadFiles([{ name: 'dataset.json', content: new Uint8Array(readFileSync(join(fromDir, 'dataset.json'))) }]);
  await firstStart(db);
  const root = await db.selectFrom('units').select('id').where('kind', '=', 'finance').executeTakeFirstOrThrow();
  const parts = storedParts(loaded.dataset);
  const departments = new Map<string, string>();
  const units = new Map<string, string>();
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const p of loaded.dataset.projects) {
      const dept = normalizeKey(p.department || '（未填主管部门）');
      if (!departments.has(dept)) {
        departments.set(dept, randomUUID());
        await trx.insertInto('units').values({ id: departments.get(dept)!, name: p.department || '（未填主管部门）', parent_id: root.id, kind: 'department' }).execute();
      }
      const unitKey = normalizeKey(p.unit);
      if (!units.has(unitKey)) {
        units.set(unitKey, randomUUID());
        await trx.insertInto('units').values({ id: units.get(unitKey)!, name: p.unit, parent_id: departments.get(dept)!, kind: 'unit' }).execute();
      }
      await trx.insertInto('projects').values({ id: p.id, unit_id: units.get(unitKey)!, name: p.name, data: JSON.stringify({ project: p, ...parts(p.id) }), updated_at: now }).execute();
    }
    await trx.insertInto('rounds').values({ id: randomUUID(), name: '2024年1–7月监控', period_end: '2024-07-31', deadline: '2024-08-07', scope: JSON.stringify({ kind: 'all' }), closed: 0, created_at: now }).execute();
    await trx.insertInto('users').values({ id: randomUUID(), username: MEASURE_USER, display_name: '测量用财政账号', password_hash: await hashPassword(MEASURE_PASSWORD), role: 'finance', unit_id: root.id, must_change: 0, disabled: 0, created_at: now }).execute();
  });
  return { projects: loaded.dataset.projects.length, indicators: loaded.dataset.indicators.length, actuals: loaded.dataset.actuals.length, spend: loaded.dataset.spend.length };
}
