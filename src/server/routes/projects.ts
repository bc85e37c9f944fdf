// Projects in the user's scope, one project whole, and loading target tables through the same
// importers as the app and the CLI (raw tables, CSV, JSON, xlsx) with a preview before anything
// is stored. A project belongs to the unit whose name is its 实施单位.
import type { FastifyInstance } from 'fastify';
import { authOf, type ServerOptions } from '../context';
import { badRequest, forbidden, notFound } from '../http';
import { inScope, visibleProject } from '../access';
import { loadFiles } from '../../io/load';
import { normalizeKey } from '../../domain/aggregate';
import { audit } from '../audit';
import type { Dataset, Project } from '../../domain/types';

export interface StoredProject {
  project: Project;
  indicators: Dataset['indicators'];
  actuals: Dataset['actuals'];
  spend: Dataset['spend'];
}

const importBody = {
  type: 'object', required: ['files'], additionalProperties: false,
  properties: {
    commit: { type: 'boolean' },
    files: { type: 'array', minItems: 1, maxItems: 200, items: { type: 'object', required: ['name', 'base64'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1, maxLength: 255 }, base64: { type: 'string' } } } },
  },
} as const;

export function projectRoutes(app: FastifyInstance, opts: ServerOptions) {
  const db = opts.db.db;

  app.get('/api/projects', async (req) => {
    const { scope } = authOf(req);
    let q = db.selectFrom('projects').innerJoin('units', 'units.id', 'projects.unit_id').select(['projects.id', 'projects.name', 'projects.unit_id as unitId', 'units.name as unitName']).orderBy('projects.name');
    if (!scope.all) {
      if (!scope.units.size) return [];
      q = q.where('projects.unit_id', 'in', [...scope.units]);
    }
    return q.execute();
  });

  app.get<{ Params: { id: string } }>('/api/projects/:id', async (req) => {
    const row = await visibleProject(db, authOf(req).scope, req.params.id);
    if (!row) throw notFound();
    return { id: row.id, unitId: row.unit_id, ...(JSON.parse(row.data) as StoredProject) };
  });

  app.post<{ Body: { commit?: boolean; files: { name: string; base64: string }[] } }>('/api/import', { schema: { body: importBody } }, async (req) => {
    const { user, scope } = authOf(req);
    if (user.role !== 'finance' && user.role !== 'department') throw forbidden('只有财政部门和主管部门可以载入目标表');
    const result = loadFiles(req.body.files.map((f) => ({ name: f.name, content: new Uint8Array(Buffer.from(f.base64, 'base64')) })));
    const owners = new Map((await db.selectFrom('projects').select(['id', 'unit_id']).execute()).map((r) => [r.id, r.unit_id]));
    const units = await db.selectFrom('units').select(['id', 'name']).where('kind', '=', 'unit').execute();
    // Names compared with full-width brackets and spaces folded, as the demo seed builds the tree.
    const unitByName = new Map(units.map((u) => [normalizeKey(u.name), u.id]));
    const accepted: { project: Project; unitId: string }[] = [];
    const refused: { project: string; reason: string }[] = [];
    for (const project of result.dataset.projects) {
      const unitId = unitByName.get(normalizeKey(project.unit));
      if (!unitId) refused.push({ project: project.name, reason: `实施单位「${project.unit}」不在单位树中，请管理员先添加` });
      else if (!inScope(scope, unitId)) refused.push({ project: project.name, reason: `实施单位「${project.unit}」不属于本部门` });
      else if (owners.has(project.id) && !inScope(scope, owners.get(project.id)!)) refused.push({ project: project.name, reason: '同一项目已由其他部门的单位载入' });
      else accepted.push({ project, unitId });
    }
    const preview = {
      added: accepted.filter((a) => !owners.has(a.project.id)).map((a) => a.project.name),
      updated: accepted.filter((a) => owners.has(a.project.id)).map((a) => a.project.name),
      refused,
      problems: result.problems.map((p) => ({ severity: p.severity, message: p.message, source: p.source ?? null })),
    };
    if (!req.body.commit) return { committed: false, ...preview };
    if (!accepted.length) throw badRequest('没有可以载入的项目');
    const now = new Date().toISOString();
    const parts = storedParts(result.dataset);
    await db.transaction().execute(async (trx) => {
      for (const { project, unitId } of accepted) {
        const stored: StoredProject = { project, ...parts(project.id) };
        const row = { id: project.id, unit_id: unitId, name: project.name, data: JSON.stringify(stored), updated_at: now };
        const before = await trx.selectFrom('projects').select(['unit_id', 'name']).where('id', '=', project.id).executeTakeFirst();
        if (before) await trx.updateTable('projects').set(row).where('id', '=', project.id).execute();
        else await trx.insertInto('projects').values(row).execute();
        await audit(trx, user, { projectId: project.id, target: 'project', action: before ? 'updateProject' : 'createProject', before, after: { unit_id: unitId, name: project.name, indicators: stored.indicators.length } }, now);
      }
    });
    return { committed: true, ...preview };
  });
}

/**
 * Each project's indicators, actuals and spend, grouped in one pass: filtering the whole data set
 * per project was 10,000 × 900,000 comparisons for a province's import.
 */
export function storedParts(d: Dataset): (projectId: string) => Omit<StoredProject, 'project'> {
  const by = new Map<string, Omit<StoredProject, 'project'>>();
  const of = (id: string) => {
    let e = by.get(id);
    if (!e) by.set(id, (e = { indicators: [], actuals: [], spend: [] }));
    return e;
  };
  for (const i of d.indicators) of(i.projectId).indicators.push(i);
  for (const a of d.actuals) of(a.projectId).actuals.push(a);
  for (const s of d.spend) of(s.projectId).spend.push(s);
  return (id) => by.get(id) ?? { indicators: [], actuals: [], spend: [] };
}
