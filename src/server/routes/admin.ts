// The administrator's page: the unit tree (财政 → 主管部门 → 单位) and accounts with their roles.
// Everyone signed in may read the units they can see (names for the app's filters).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { authOf, type ServerOptions } from '../context';
import { badRequest, forbidden } from '../http';
import { inScope } from '../access';
import { generatePassword, hashPassword } from '../auth/password';
import { audit } from '../audit';
import type { Role } from '../../domain/round/review';

const ROLES: Role[] = ['unit', 'department', 'finance', 'admin'];
const KIND_FOR_ROLE: Record<Role, string[]> = { unit: ['unit'], department: ['department'], finance: ['finance'], admin: ['finance', 'department', 'unit'] };
const text = (max: number) => ({ type: 'string', minLength: 1, maxLength: max }) as const;

export function adminRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;
  const adminOnly = (role: Role) => {
    if (role !== 'admin') throw forbidden('只有管理员可以管理单位和账号');
  };

  app.get('/api/units', async (req) => {
    const { user, scope } = authOf(req);
    const rows = await db.selectFrom('units').selectAll().orderBy('name').execute();
    return user.role === 'admin' ? rows : rows.filter((u) => inScope(scope, u.id));
  });

  app.post<{ Body: { name: string; parentId: string | null; kind: 'finance' | 'department' | 'unit' } }>('/api/units', {
    schema: { body: { type: 'object', required: ['name', 'kind'], additionalProperties: false, properties: { name: text(100), parentId: { type: ['string', 'null'] }, kind: { enum: ['finance', 'department', 'unit'] } } } },
  }, async (req) => {
    const { user } = authOf(req);
    adminOnly(user.role);
    const { name, parentId, kind } = req.body;
    const parent = parentId ? await db.selectFrom('units').selectAll().where('id', '=', parentId).executeTakeFirst() : null;
    if (kind !== 'finance' && !parent) throw badRequest('主管部门和单位须挂在上级之下（parentId）');
    if (parent && ((kind === 'department' && parent.kind !== 'finance') || (kind === 'unit' && parent.kind === 'unit'))) throw badRequest(`「${name}」不能挂在「${parent.name}」之下`);
    const row = { id: randomUUID(), name: name.trim(), parent_id: parent?.id ?? null, kind };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('units').values(row).execute();
      await audit(trx, user, { target: 'unit:' + row.id, action: 'createUnit', after: row });
    });
    return row;
  });

  app.get('/api/users', async (req) => {
    adminOnly(authOf(req).user.role);
    return db.selectFrom('users').select(['id', 'username', 'display_name', 'role', 'unit_id', 'disabled', 'must_change', 'created_at']).orderBy('username').execute();
  });

  app.post<{ Body: { username: string; displayName: string; role: Role; unitId: string } }>('/api/users', {
    schema: { body: { type: 'object', required: ['username', 'displayName', 'role', 'unitId'], additionalProperties: false, properties: { username: { type: 'string', pattern: '^[A-Za-z0-9_.-]{2,40}$' }, displayName: text(60), role: { enum: ROLES }, unitId: text(60) } } },
  }, async (req) => {
    const { user } = authOf(req);
    adminOnly(user.role);
    const { username, displayName, role, unitId } = req.body;
    const unit = await db.selectFrom('units').selectAll().where('id', '=', unitId).executeTakeFirst();
    if (!unit) throw badRequest('没有这个单位');
    if (!KIND_FOR_ROLE[role].includes(unit.kind)) throw badRequest(`角色与单位不符：${unit.name}不是${role === 'unit' ? '单位' : role === 'department' ? '主管部门' : '财政部门'}`);
    if (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()) throw badRequest(`用户名「${username}」已被使用`);
    const password = generatePassword();
    const row = { id: randomUUID(), username, display_name: displayName, password_hash: await hashPassword(password), role, unit_id: unitId, must_change: 1, disabled: 0, created_at: new Date().toISOString() };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('users').values(row).execute();
      await audit(trx, user, { target: 'user:' + row.id, action: 'createUser', after: { username, displayName, role, unitId } });
    });
    // Shown once to the administrator, who hands it over; the user must replace it.
    return { id: row.id, username, oneTimePassword: password };
  });
}
