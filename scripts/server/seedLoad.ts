// Seeds a database for the load test: N units (one per simulated user) under one department, one
// project each with `indicators` indicators, an open round, and an account per unit with a known
// password. Written straight to the database before the server starts (the API would spend most
// of the time hashing N passwords one request at a time).
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../src/server/db/schema';
import { firstStart } from '../../src/server/seed';
import { hashPassword } from '../../src/server/auth/password';
import type { Indicator, Project } from '../../src/domain/types';

export const LOAD_PASSWORD = 'load-test-password';

export async function seedLoad(db: Kysely<Database>, units: number, indicators: number) {
  await firstStart(db);
  const root = await db.selectFrom('units').select('id').where('kind', '=', 'finance').executeTakeFirstOrThrow();
  const dept = randomUUID();
  await db.insertInto('units').values({ id: dept, name: '压测主管部门', parent_id: root.id, kind: 'department' }).execute();
  const roundId = randomUUID();
  await db.insertInto('rounds').values({ id: roundId, name: '2024年1–7月监控', period_end: '2024-07-31', deadline: '2024-08-07', scope: JSON.stringify({ kind: 'all' }), closed: 0, created_at: new Date().toISOString() }).execute();
  // One hash for all accounts: scrypt is deliberately slow, and the test is about the round.
  const hash = await hashPassword(LOAD_PASSWORD);
  const now = new Date().toISOString();
  const out: { username: string; projectId: string; indicatorIds: string[] }[] = [];
  for (let u = 0; u < units; u++) {
    const unitId = randomUUID();
    const name = `压测单位${u + 1}`;
    const projectId = `load-p${u + 1}`;
    const project: Project = { id: projectId, name: `${name}运维项目`, year: 2024, department: '压测主管部门', unit: name, type: '', level: '', startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [] };
    const inds: Indicator[] = Array.from({ length: indicators }, (_, i) => ({
      id: `${projectId}-i${i + 1}`, projectId, level1: '产出指标', level2: '数量指标', level3: `服务事项${i + 1}`, targetH1: '', targetFY: `≥${10 + i}个`,
    }));
    await db.insertInto('units').values({ id: unitId, name, parent_id: dept, kind: 'unit' }).execute();
    await db.insertInto('users').values({ id: randomUUID(), username: `load${u + 1}`, display_name: name, password_hash: hash, role: 'unit', unit_id: unitId, must_change: 0, disabled: 0, created_at: now }).execute();
    await db.insertInto('projects').values({ id: projectId, unit_id: unitId, name: project.name, data: JSON.stringify({ project, indicators: inds, actuals: [], spend: [] }), updated_at: now }).execute();
    out.push({ username: `load${u + 1}`, projectId, indicatorIds: inds.map((i) => i.id) });
  }
  return { roundId, users: out };
}
