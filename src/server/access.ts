// Who may see and change what (domain.md §5), decided on every request from the signed-in user
// and the unit tree: a unit's staff their own unit; a department its own subtree; finance all; the
// administrator keeps the tree and the accounts but sees no project data (least privilege).
import type { Kysely } from 'kysely';
import type { Database, UnitRow, UserRow } from './db/schema';

export type Scope = { all: true } | { all: false; units: Set<string> };

export function scopeOf(user: Pick<UserRow, 'role' | 'unit_id'>, units: Pick<UnitRow, 'id' | 'parent_id'>[]): Scope {
  if (user.role === 'finance') return { all: true };
  if (user.role === 'admin') return { all: false, units: new Set() };
  if (user.role === 'unit') return { all: false, units: new Set([user.unit_id]) };
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  const out = new Set<string>();
  const stack = [user.unit_id];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return { all: false, units: out };
}

export const inScope = (scope: Scope, unitId: string) => scope.all || scope.units.has(unitId);

export async function loadScope(db: Kysely<Database>, user: Pick<UserRow, 'role' | 'unit_id'>): Promise<Scope> {
  if (user.role === 'finance' || user.role === 'admin' || user.role === 'unit') return scopeOf(user, []);
  return scopeOf(user, await db.selectFrom('units').select(['id', 'parent_id']).execute());
}

/**
 * The project if the user may see it, else null — the same answer for a project that does not
 * exist, so a guessed id reveals nothing.
 */
export async function visibleProject(db: Kysely<Database>, scope: Scope, projectId: string) {
  const row = await db.selectFrom('projects').select(['id', 'unit_id', 'name', 'data']).where('id', '=', projectId).executeTakeFirst();
  return row && inScope(scope, row.unit_id) ? row : null;
}
