// 佐证材料 on the server: uploaded as the request body (application/octet-stream, the name in the
// query), checked against the same limits the form states, stored under its sha256 in the data
// folder, and served only to those who may see the project — always as a download, never rendered
// (Content-Disposition: attachment, nosniff, a neutral type), so an uploaded .html cannot run.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { authOf, type ServerOptions } from '../context';
import { badRequest, forbidden, notFound } from '../http';
import { visibleProject } from '../access';
import { audit } from '../audit';
import { outsideRound } from '../roundScope';
import { ATTACHMENT_LIMITS, attachmentProblem } from '../../domain/round/fields';
import { editableByUnit, REVIEW_STATE_LABELS, type ReviewState } from '../../domain/round/review';

/** The stored type is the name's extension; answers give the MIME type the form's AttachmentRef holds. */
export const TYPES: Record<string, string> = {
  pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', txt: 'text/plain', zip: 'application/zip', ofd: 'application/ofd',
  doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function attachmentRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;
  const dir = join(opts.dataDir, 'attachments');
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: ATTACHMENT_LIMITS.maxBytes + 1 }, (_req, body, done) => done(null, body));

  app.post<{ Params: { rid: string; pid: string }; Querystring: { target: string; name: string }; Body: Buffer }>('/api/rounds/:rid/projects/:pid/attachments', {
    schema: { querystring: { type: 'object', required: ['target', 'name'], properties: { target: { type: 'string', minLength: 1, maxLength: 200 }, name: { type: 'string', minLength: 1, maxLength: 200 } } } },
  }, async (req) => {
    const auth = authOf(req);
    const project = auth.user.role === 'admin' ? null : await visibleProject(db, auth.scope, req.params.pid);
    const round = await db.selectFrom('rounds').selectAll().where('id', '=', req.params.rid).executeTakeFirst();
    if (!project || !round) throw notFound();
    const outside = outsideRound(round, project);
    if (outside) throw forbidden(outside);
    if (auth.user.role !== 'unit') throw forbidden('只有项目所属单位可以上传佐证材料');
    const form = await db.selectFrom('forms').select('state').where('round_id', '=', round.id).where('project_id', '=', project.id).executeTakeFirst();
    const state = (form?.state ?? 'draft') as ReviewState;
    if (round.closed || !editableByUnit(state)) throw forbidden(`填报表${round.closed ? '所在轮次已关闭' : REVIEW_STATE_LABELS[state]}，不能上传`);
    const bytes = req.body;
    if (!Buffer.isBuffer(bytes)) throw badRequest('请以 application/octet-stream 上传文件内容');
    // No path separators or control characters in the name kept and shown.
    const name = [...req.query.name].map((ch) => (ch === '/' || ch === '\\' || ch.charCodeAt(0) < 32 ? '_' : ch)).join('');
    const count = await db.selectFrom('attachments').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', round.id).where('project_id', '=', project.id).where('target', '=', req.query.target).executeTakeFirst();
    const problem = attachmentProblem(name, bytes.length, Number(count?.n ?? 0));
    if (problem) throw badRequest(problem);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, sha256);
    if (!existsSync(file)) {
      // Written whole, then renamed: a crash never leaves a half file under the final name.
      writeFileSync(file + '.part', bytes);
      renameSync(file + '.part', file);
    }
    const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
    const row = { id: randomUUID(), round_id: round.id, project_id: project.id, target: req.query.target, name, size: bytes.length, type: ext, sha256, created_at: new Date().toISOString(), created_by: auth.user.username };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('attachments').values(row).execute();
      await audit(trx, auth.user, { roundId: round.id, projectId: project.id, target: req.query.target, action: 'attach', after: { name, size: bytes.length, sha256 } }, row.created_at);
    });
    // A removal of the last other copy may have taken the file between the check above and the
    // insert: the row now references it, so put it back.
    if (!existsSync(file)) {
      writeFileSync(file + '.part', bytes);
      renameSync(file + '.part', file);
    }
    return { id: row.id, name, size: row.size };
  });

  app.get<{ Params: { rid: string; pid: string } }>('/api/rounds/:rid/projects/:pid/attachments', async (req) => {
    const auth = authOf(req);
    if (auth.user.role === 'admin' || !(await visibleProject(db, auth.scope, req.params.pid))) throw notFound();
    return db.selectFrom('attachments').select(['id', 'target', 'name', 'size', 'created_at as createdAt', 'created_by as createdBy'])
      .where('round_id', '=', req.params.rid).where('project_id', '=', req.params.pid).orderBy('created_at').execute();
  });

  app.get<{ Params: { id: string } }>('/api/attachments/:id', async (req, reply) => {
    const auth = authOf(req);
    const row = await db.selectFrom('attachments').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!row || auth.user.role === 'admin' || !(await visibleProject(db, auth.scope, row.project_id))) throw notFound();
    const file = join(dir, row.sha256);
    if (!existsSync(file)) throw notFound();
    reply.header('content-type', TYPES[row.type] ?? 'application/octet-stream');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('content-disposition', `attachment; filename="file.${row.type || 'bin'}"; filename*=UTF-8''${encodeURIComponent(row.name)}`);
    return reply.send(readFileSync(file));
  });

  // 移除: the project's unit, while its form can still be edited. The row goes (the audit keeps
  // what it was); the file goes only when no other attachment has the same content.
  app.delete<{ Params: { id: string } }>('/api/attachments/:id', async (req, reply) => {
    const auth = authOf(req);
    const row = await db.selectFrom('attachments').selectAll().where('id', '=', req.params.id).executeTakeFirst();
    if (!row || auth.user.role === 'admin' || !(await visibleProject(db, auth.scope, row.project_id))) throw notFound();
    if (auth.user.role !== 'unit') throw forbidden('只有项目所属单位可以删除佐证材料');
    const round = await db.selectFrom('rounds').select(['closed']).where('id', '=', row.round_id).executeTakeFirst();
    const form = await db.selectFrom('forms').select('state').where('round_id', '=', row.round_id).where('project_id', '=', row.project_id).executeTakeFirst();
    const state = (form?.state ?? 'draft') as ReviewState;
    if (!round || round.closed) throw forbidden('填报表所在轮次已关闭，不能删除佐证材料');
    if (!editableByUnit(state)) throw forbidden(`填报表${REVIEW_STATE_LABELS[state]}，已锁定，不能删除佐证材料`);
    const others = await db.transaction().execute(async (trx) => {
      await trx.deleteFrom('attachments').where('id', '=', row.id).execute();
      await audit(trx, auth.user, { roundId: row.round_id, projectId: row.project_id, target: row.target, action: 'detach', before: { id: row.id, name: row.name, size: row.size, sha256: row.sha256 } });
      return trx.selectFrom('attachments').select('id').where('sha256', '=', row.sha256).limit(1).execute();
    });
    if (!others.length) rmSync(join(dir, row.sha256), { force: true });
    return reply.code(204).send();
  });
}
