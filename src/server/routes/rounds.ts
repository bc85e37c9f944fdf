// Rounds: finance opens and closes them; everyone with projects sees them; each user's to-do list
// (待填报 / 被退回 / 待审核 / 待复核) and, for departments and finance, who has not submitted (催报).
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { authOf, type Auth, type ServerOptions } from '../context';
import { badRequest, forbidden, notFound } from '../http';
import { audit } from '../audit';
import { REVIEW_STATE_LABELS, type ReviewState } from '../../domain/round/review';
import type { Database, RoundRow } from '../db/schema';
import type { RoundScope } from '../../domain/types';
import { needsProjectData, parseRoundScope, roundFilter } from '../roundScope';

const ISO = '^\\d{4}-\\d{2}-\\d{2}$';

/** A round as the API answers it: the app shows a closed one locked, since closedAt. */
export function roundOut(r: RoundRow) {
  return { id: r.id, name: r.name, periodEnd: r.period_end, deadline: r.deadline, scope: JSON.parse(r.scope) as RoundScope, createdAt: r.created_at, closed: !!r.closed, closedAt: r.closed_at ?? null };
}

/** Every project of the round's scope that the user sees, with its form's state in the round (draft when none yet). */
export async function formStates(db: Kysely<Database>, auth: Auth, round: Pick<RoundRow, 'id' | 'scope' | 'period_end'>) {
  const scope = JSON.parse(round.scope) as RoundScope;
  let q = db.selectFrom('projects').innerJoin('units', 'units.id', 'projects.unit_id')
    .leftJoin('forms', (j) => j.onRef('forms.project_id', '=', 'projects.id').on('forms.round_id', '=', round.id))
    .select(['projects.id', 'projects.name', 'units.name as unitName', 'forms.state', 'forms.comment', 'forms.updated_at as updatedAt'])
    // Only a 重点监控 rule reads the projects' stored data (their 资金总额, 主管部门, spend).
    .$if(needsProjectData(scope), (qb) => qb.select('projects.data'));
  if (!auth.scope.all) {
    if (!auth.scope.units.size) return [];
    q = q.where('projects.unit_id', 'in', [...auth.scope.units]);
  }
  const inRound = roundFilter(scope, round.period_end);
  const rows = (await q.orderBy('projects.name').execute()).filter((r) => inRound(r.id, 'data' in r ? (r.data as string) : null));
  return rows.map((r) => {
    const state = (r.state ?? 'draft') as ReviewState;
    return { projectId: r.id, project: r.name, unit: r.unitName, state, stateLabel: REVIEW_STATE_LABELS[state], comment: r.comment ?? '', updatedAt: r.updatedAt ?? null };
  });
}

const TODO: Record<string, ReviewState[]> = { unit: ['draft', 'returned'], department: ['submitted'], finance: ['deptApproved'], admin: [] };

export function roundRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;

  app.get('/api/rounds', async (req) => {
    authOf(req);
    const rows = await db.selectFrom('rounds').selectAll().orderBy('period_end', 'desc').execute();
    return rows.map(roundOut);
  });

  app.post<{ Body: { name: string; periodEnd: string; deadline: string | null; scope?: unknown } }>('/api/rounds', {
    schema: {
      body: {
        type: 'object', required: ['name', 'periodEnd'], additionalProperties: false,
        properties: { name: { type: 'string', minLength: 1, maxLength: 60 }, periodEnd: { type: 'string', pattern: ISO }, deadline: { type: ['string', 'null'], pattern: ISO }, scope: {} },
      },
    },
  }, async (req) => {
    const { user } = authOf(req);
    if (user.role !== 'finance') throw forbidden('只有财政部门可以开启监控轮次');
    const { name, periodEnd, deadline } = req.body;
    if (deadline && deadline < periodEnd) throw badRequest('填报截止日期不能早于监控截止日期');
    const scope = parseRoundScope(req.body.scope);
    if ('error' in scope) throw badRequest(scope.error);
    const row: RoundRow = { id: randomUUID(), name: name.trim(), period_end: periodEnd, deadline: deadline ?? null, scope: JSON.stringify(scope), closed: 0, closed_at: null, created_at: new Date().toISOString() };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('rounds').values(row).execute();
      await audit(trx, user, { roundId: row.id, target: 'round', action: 'openRound', after: { name: row.name, periodEnd, deadline, scope } });
    });
    return roundOut(row);
  });

  app.post<{ Params: { id: string } }>('/api/rounds/:id/close', async (req) => {
    const { user } = authOf(req);
    if (user.role !== 'finance') throw forbidden('只有财政部门可以关闭监控轮次');
    const round = await db.selectFrom('rounds').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!round) throw notFound();
    if (round.closed) return { ok: true, closedAt: round.closed_at };
    const closedAt = new Date().toISOString();
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('rounds').set({ closed: 1, closed_at: closedAt }).where('id', '=', round.id).execute();
      await audit(trx, user, { roundId: round.id, target: 'round', action: 'closeRound', before: { closed: false }, after: { closed: true } }, closedAt);
    });
    return { ok: true, closedAt };
  });

  app.get<{ Params: { id: string } }>('/api/rounds/:id/status', async (req) => {
    const auth = authOf(req);
    if (auth.user.role === 'admin') throw forbidden('管理员不查看项目数据');
    const round = await db.selectFrom('rounds').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!round) throw notFound();
    const forms = await formStates(db, auth, round);
    const notSubmitted = forms.filter((f) => f.state === 'draft' || f.state === 'returned');
    return { forms, notSubmitted: notSubmitted.map((f) => ({ project: f.project, unit: f.unit, state: f.stateLabel })) };
  });

  app.get('/api/todo', async (req) => {
    const auth = authOf(req);
    const open = await db.selectFrom('rounds').selectAll().where('closed', '=', 0).orderBy('period_end').execute();
    const out = [];
    for (const round of open) {
      for (const f of await formStates(db, auth, round)) {
        if (TODO[auth.user.role].includes(f.state)) out.push({ roundId: round.id, round: round.name, deadline: round.deadline, ...f });
      }
    }
    return out;
  });
}
