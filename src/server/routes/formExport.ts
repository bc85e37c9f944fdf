// The round's 监控表 as .xlsx for everything in the user's scope: a department's 汇总表 of its
// units' projects, the province's for finance, a unit's own — the same workbook as the app's 下载监控表
// and the CLI's export-form (io/xlsx), built from the shared records.
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { authOf, type ServerOptions } from '../context';
import { forbidden, notFound } from '../http';
import type { Scope } from '../access';
import type { Database } from '../db/schema';
import { datasetInScope } from '../scopedData';
import { buildReport } from '../../domain/report';
import { roundPeriod } from '../../domain/round';
import { defaultSettings } from '../../domain/settings';
import { buildMonitoringForm } from '../../io/xlsx/monitoringForm';

/** The workbook of one round for a scope, and its file name; null when the round does not exist. */
export async function roundForm(db: Kysely<Database>, scope: Scope, roundId: string, template = false) {
  const { dataset } = await datasetInScope(db, scope);
  const round = dataset.rounds?.find((r) => r.id === roundId);
  if (!round) return null;
  const period = roundPeriod(round, dataset.rounds ?? []);
  const report = buildReport(dataset, round.periodEnd, defaultSettings(), { periodStart: period.start });
  const bytes = await buildMonitoringForm(dataset, report, round, { template });
  return { bytes, fileName: `${round.name}${template ? '空白模板' : '监控表'}.xlsx` };
}

export function formExportRoutes(app: FastifyInstance, opts: ServerOptions) {
  app.get<{ Params: { id: string }; Querystring: { template?: string } }>('/api/rounds/:id/form.xlsx', async (req, reply) => {
    const { user, scope } = authOf(req);
    if (user.role === 'admin') throw forbidden('管理员不查看项目数据');
    const form = await roundForm(opts.db.db, scope, req.params.id, req.query.template === '1');
    if (!form) throw notFound();
    reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    reply.header('content-disposition', `attachment; filename="form.xlsx"; filename*=UTF-8''${encodeURIComponent(form.fileName)}`);
    reply.header('x-content-type-options', 'nosniff');
    return reply.send(Buffer.from(form.bytes));
  });
}
