// A project's form in a round: its records (one per indicator, `expense:<line>` for 执行数, `form`
// for 全年预计执行数) with versions, the review moves, and the audit trail. A write names the
// version it was based on; if someone saved in between, it is refused (409) with their change, and
// nothing is lost: the client keeps the user's text to re-apply.
import type { FastifyInstance } from 'fastify';
import { authOf, type Auth, type ServerOptions } from '../context';
import { ApiError, badRequest, forbidden, notFound } from '../http';
import { visibleProject } from '../access';
import { audit } from '../audit';
import { outsideRound } from '../roundScope';
import { editableByUnit, reviewMove, REVIEW_STATE_LABELS, type ReviewAction, type ReviewState } from '../../domain/round/review';
import { FORM_FIELDS } from '../../domain/round/fields';
import { prepareIndicator, readActualIn } from '../../domain/judge/evaluate';
import { defaultSettings } from '../../domain/settings';

const SETTINGS = defaultSettings();
import type { StoredProject } from './projects';

type Params = { rid: string; pid: string };

/** A stored ISO time as users read it: Beijing time, `2024-08-05 14:03`. */
const beijingTime = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
const FIELD_SCHEMA = { type: 'string', maxLength: 5000 } as const;
const recordBody = {
  type: 'object', required: ['fields', 'version'], additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 0 },
    fields: { type: 'object', additionalProperties: false, properties: Object.fromEntries([...FORM_FIELDS, 'amount', 'spendForecast'].map((f) => [f, FIELD_SCHEMA])) },
  },
} as const;

export function recordRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;

  // `write`: a change is refused (403) for a project outside the round's scope; a read says the
  // form does not exist in this round (404) — both only once the project is known visible (404 alike).
  async function context(auth: Auth, p: Params, write: boolean) {
    if (auth.user.role === 'admin') throw forbidden('管理员不查看项目数据');
    const project = await visibleProject(db, auth.scope, p.pid);
    const round = await db.selectFrom('rounds').selectAll().where('id', '=', p.rid).executeTakeFirst();
    if (!project || !round) throw notFound();
    const outside = outsideRound(round, project);
    if (outside) throw new ApiError(write ? 403 : 404, outside);
    const form = await db.selectFrom('forms').selectAll().where('round_id', '=', p.rid).where('project_id', '=', p.pid).executeTakeFirst();
    return { project, round, form, state: (form?.state ?? 'draft') as ReviewState };
  }

  app.get<{ Params: Params }>('/api/rounds/:rid/projects/:pid', async (req) => {
    const { form, state } = await context(authOf(req), req.params, false);
    const records = await db.selectFrom('records').selectAll().where('round_id', '=', req.params.rid).where('project_id', '=', req.params.pid).execute();
    return {
      form: { state, stateLabel: REVIEW_STATE_LABELS[state], comment: form?.comment ?? '', version: form?.version ?? 0 },
      records: records.map((r) => ({ target: r.target, fields: JSON.parse(r.fields), version: r.version, updatedAt: r.updated_at, updatedBy: r.updated_by })),
    };
  });

  app.put<{ Params: Params & { target: string }; Body: { fields: Record<string, string>; version: number } }>('/api/rounds/:rid/projects/:pid/records/:target', { schema: { body: recordBody } }, async (req) => {
    const auth = authOf(req);
    const { project, round, state } = await context(auth, req.params, true);
    if (auth.user.role !== 'unit') throw forbidden('只有项目所属单位可以填报');
    if (round.closed) throw forbidden('本轮监控已关闭，不能再修改');
    if (!editableByUnit(state)) throw forbidden(`填报表${REVIEW_STATE_LABELS[state]}，已锁定；被退回后才能修改`);
    const target = req.params.target;
    checkTarget(JSON.parse(project.data) as StoredProject, target, req.body.fields);
    const now = new Date().toISOString();
    const fields = JSON.stringify(req.body.fields);
    return db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('records').selectAll().where('round_id', '=', round.id).where('project_id', '=', project.id).where('target', '=', target).executeTakeFirst();
      if ((current?.version ?? 0) !== req.body.version) {
        throw new ApiError(409, `这条记录已被 ${current?.updated_by ?? '他人'} 于 ${current ? beijingTime(current.updated_at) : ''} 修改；你的内容未保存，请查看对方的修改后重新提交`,
          { current: current ? { fields: JSON.parse(current.fields), version: current.version, updatedBy: current.updated_by, updatedAt: current.updated_at } : null });
      }
      const version = req.body.version + 1;
      const row = { round_id: round.id, project_id: project.id, target, fields, version, updated_at: now, updated_by: auth.user.username };
      // The version in the WHERE makes the update conditional: two writers in a race, one wins.
      const res = current
        ? await trx.updateTable('records').set(row).where('round_id', '=', round.id).where('project_id', '=', project.id).where('target', '=', target).where('version', '=', req.body.version).executeTakeFirst()
        : await trx.insertInto('records').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      const changed = Number('numUpdatedRows' in res ? res.numUpdatedRows : res.numInsertedOrUpdatedRows ?? 0);
      if (!changed) throw new ApiError(409, '这条记录刚被他人修改；你的内容未保存，请刷新后重新提交');
      await audit(trx, auth.user, { roundId: round.id, projectId: project.id, target, action: 'editRecord', before: current ? JSON.parse(current.fields) : null, after: req.body.fields }, now);
      return { version, updatedAt: now };
    });
  });

  app.post<{ Params: Params; Body: { action: ReviewAction; comment?: string; version: number } }>('/api/rounds/:rid/projects/:pid/review', {
    schema: { body: { type: 'object', required: ['action', 'version'], additionalProperties: false, properties: { action: { enum: ['submit', 'return', 'approve'] }, comment: { type: 'string', maxLength: 2000 }, version: { type: 'integer', minimum: 0 } } } },
  }, async (req) => {
    const auth = authOf(req);
    const { project, round, form, state } = await context(auth, req.params, true);
    if (round.closed) throw forbidden('本轮监控已关闭');
    const comment = req.body.comment ?? '';
    const move = reviewMove(state, req.body.action, auth.user.role, comment);
    if ('refused' in move) throw forbidden(move.refused);
    if ((form?.version ?? 0) !== req.body.version) throw new ApiError(409, `填报表的状态已被他人改为「${REVIEW_STATE_LABELS[state]}」，请刷新后再操作`);
    const now = new Date().toISOString();
    const row = { round_id: round.id, project_id: project.id, state: move.to, comment: req.body.action === 'submit' ? '' : comment, version: req.body.version + 1, updated_at: now, updated_by: auth.user.username };
    await db.transaction().execute(async (trx) => {
      const res = form
        ? await trx.updateTable('forms').set(row).where('round_id', '=', round.id).where('project_id', '=', project.id).where('version', '=', req.body.version).executeTakeFirst()
        : await trx.insertInto('forms').values(row).onConflict((oc) => oc.doNothing()).executeTakeFirst();
      if (!Number('numUpdatedRows' in res ? res.numUpdatedRows : res.numInsertedOrUpdatedRows ?? 0)) throw new ApiError(409, '填报表的状态刚被他人修改，请刷新后再操作');
      await audit(trx, auth.user, { roundId: round.id, projectId: project.id, target: 'form', action: req.body.action, before: { state }, after: { state: move.to, comment: row.comment } }, now);
    });
    return { state: move.to, stateLabel: REVIEW_STATE_LABELS[move.to], version: row.version };
  });

  app.get<{ Params: { pid: string }; Querystring: { target?: string } }>('/api/projects/:pid/audit', async (req) => {
    const auth = authOf(req);
    if (auth.user.role === 'admin' || !(await visibleProject(db, auth.scope, req.params.pid))) throw notFound();
    let q = db.selectFrom('audit').select(['id', 'at', 'username', 'round_id as roundId', 'target', 'action', 'before', 'after']).where('project_id', '=', req.params.pid);
    if (req.query.target) q = q.where('target', '=', req.query.target);
    return (await q.orderBy('id', 'desc').limit(500).execute()).map((e) => ({ ...e, before: e.before && JSON.parse(e.before), after: e.after && JSON.parse(e.after) }));
  });
}

/** The target exists in the project and its values read in the indicator's unit kind. */
function checkTarget(stored: StoredProject, target: string, fields: Record<string, string>) {
  if (target === 'form') {
    if (Object.keys(fields).some((k) => k !== 'spendForecast')) throw badRequest('form 只记录全年预计执行数（spendForecast）');
    return checkAmount(fields.spendForecast, '全年预计执行数');
  }
  if (target.startsWith('expense:')) {
    const line = target.slice('expense:'.length);
    if (line && !stored.project.expenses.some((e) => e.name === line)) throw badRequest(`没有支出明细「${line}」`);
    if (Object.keys(fields).some((k) => k !== 'amount')) throw badRequest('执行数只记录金额（amount）');
    return checkAmount(fields.amount, '执行数');
  }
  const indicator = stored.indicators.find((i) => i.id === target);
  if (!indicator) throw badRequest('本项目没有这个指标');
  if (fields.amount !== undefined || fields.spendForecast !== undefined) throw badRequest('指标记录不含金额字段');
  const prepared = prepareIndicator(indicator, SETTINGS);
  for (const [key, label] of [['value', '执行情况'], ['forecast', '全年预计完成值']] as const) {
    const text = fields[key]?.trim();
    if (!text) continue;
    const read = readActualIn(prepared, text, 'FY', SETTINGS);
    if (read?.kind === 'error') throw badRequest(`${indicator.level3}：${label}：${read.reason}`);
  }
}

function checkAmount(text: string | undefined, label: string) {
  if (text === undefined || text.trim() === '') return;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) throw badRequest(`${label}应为不小于 0 的数（万元），收到「${text.slice(0, 40)}」`);
}
