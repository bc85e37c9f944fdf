// The whole data set in the user's scope, in the app's own shape (domain Dataset): projects with
// their indicators, loaded actuals and spend, the rounds, and each round's records merged in as
// the actuals and spend dated its period end — so every view, chart, the flagged list, slides and
// print work on the shared data as they do in one browser. Versions of records and forms travel
// beside it (`versions`, `reviews`) for the writes that follow.
// The projects' own part (as loaded) is read apart from the rounds' part so that a server process
// can keep it between requests while only records change (routes/dataset, datasetCache).
import type { Kysely } from 'kysely';
import type { Scope } from './access';
import type { Database } from './db/schema';
import { REVIEW_STATE_LABELS, type ReviewState } from '../domain/round/review';
import type { Actual, AttachmentInfo, Dataset, ProjectForm, Round, Spend } from '../domain/types';
import type { StoredProject } from './routes/projects';
import { roundOut } from './routes/rounds';
import { TYPES } from './routes/attachments';

export interface ScopedData {
  dataset: Dataset;
  versions: Record<string, number>;
  reviews: Record<string, { state: ReviewState; stateLabel: string; comment: string; version: number }>;
  /** 佐证材料 per `round|project|target`, oldest first: the app lists them without a request per form. */
  attachments: Record<string, AttachmentInfo[]>;
}

/** The projects of the scope with their indicators, loaded actuals and spend: never changed by a reader. */
export type ProjectPart = Pick<Dataset, 'projects' | 'indicators' | 'actuals' | 'spend'>;

export async function projectsInScope(db: Kysely<Database>, scope: Scope): Promise<ProjectPart> {
  const part: ProjectPart = { projects: [], indicators: [], actuals: [], spend: [] };
  if (!scope.all && !scope.units.size) return part;
  let pq = db.selectFrom('projects').select(['id', 'data']);
  if (!scope.all) pq = pq.where('unit_id', 'in', [...scope.units]);
  for (const row of await pq.execute()) {
    const stored = JSON.parse(row.data) as StoredProject;
    part.projects.push(stored.project);
    part.indicators.push(...stored.indicators);
    part.actuals.push(...stored.actuals);
    part.spend.push(...stored.spend);
  }
  return part;
}

/** The data set in the scope; `part` (projectsInScope's answer, possibly kept) is not modified. */
export async function datasetInScope(db: Kysely<Database>, scope: Scope, part?: ProjectPart): Promise<ScopedData> {
  if (!scope.all && !scope.units.size) return { dataset: { projects: [], indicators: [], actuals: [], spend: [], rounds: [], forms: [] }, versions: {}, reviews: {}, attachments: {} };
  const loaded = part ?? (await projectsInScope(db, scope));
  const rounds = await db.selectFrom('rounds').selectAll().orderBy('period_end').execute();
  const periodEnd = new Map(rounds.map((r) => [r.id, r.period_end]));
  // Only the scope's rows leave the database: a unit's request does not read the province's records.
  let rq = db.selectFrom('records').innerJoin('projects', 'projects.id', 'records.project_id').selectAll('records');
  let fq = db.selectFrom('forms').innerJoin('projects', 'projects.id', 'forms.project_id').selectAll('forms');
  let aq = db.selectFrom('attachments').innerJoin('projects', 'projects.id', 'attachments.project_id').selectAll('attachments');
  if (!scope.all) {
    rq = rq.where('projects.unit_id', 'in', [...scope.units]);
    fq = fq.where('projects.unit_id', 'in', [...scope.units]);
    aq = aq.where('projects.unit_id', 'in', [...scope.units]);
  }
  const [records, forms, files] = await Promise.all([rq.execute(), fq.execute(), aq.orderBy('attachments.created_at').orderBy('attachments.id').execute()]);

  const data: Dataset = { ...loaded, rounds: [], forms: [] };
  const recordedSpend: Spend[] = [];
  // Rounds carry closed / closedAt beside the domain's fields: the app shows a closed round locked.
  data.rounds = rounds.map((r): Round => roundOut(r));
  const versions: Record<string, number> = {};
  const formByKey = new Map<string, ProjectForm>();
  const recorded = new Map<string, Actual>();
  for (const r of records) {
    const date = periodEnd.get(r.round_id)!;
    const fields = JSON.parse(r.fields) as Record<string, string>;
    versions[`${r.round_id}|${r.project_id}|${r.target}`] = r.version;
    if (r.target === 'form') {
      const amount = fields.spendForecast?.trim() ? Number(fields.spendForecast) : null;
      formByKey.set(`${r.round_id}|${r.project_id}`, { roundId: r.round_id, projectId: r.project_id, status: 'draft', spendForecast: amount });
    } else if (r.target.startsWith('expense:')) {
      if (fields.amount?.trim()) recordedSpend.push({ projectId: r.project_id, expense: r.target.slice(8) || null, date, amount: Number(fields.amount) } satisfies Spend);
    } else {
      const actual: Actual = { projectId: r.project_id, indicatorId: r.target, date, value: fields.value ?? '' };
      for (const k of ['forecast', 'reasonCategory', 'reason', 'likelihood', 'measures', 'note'] as const) if (fields[k]) actual[k] = fields[k];
      recorded.set(`${actual.indicatorId}|${date}`, actual);
    }
  }
  if (recordedSpend.length) data.spend = data.spend.concat(recordedSpend);
  // A record replaces a loaded actual of the same indicator and date (one pass, not one per record).
  // (No records yet, as at a round's start: the 600,000 loaded actuals are kept without building a key each.)
  if (recorded.size) data.actuals = data.actuals.filter((a) => !recorded.has(`${a.indicatorId}|${a.date}`)).concat([...recorded.values()]);
  const reviews: Record<string, { state: ReviewState; stateLabel: string; comment: string; version: number }> = {};
  for (const f of forms) {
    const key = `${f.round_id}|${f.project_id}`;
    reviews[key] = { state: f.state, stateLabel: REVIEW_STATE_LABELS[f.state], comment: f.comment, version: f.version };
    const form = formByKey.get(key) ?? { roundId: f.round_id, projectId: f.project_id, status: 'draft' };
    // Submitted or approved forms are locked in the app as 已完成 ones are.
    formByKey.set(key, { ...form, status: f.state === 'draft' || f.state === 'returned' ? 'draft' : 'done' });
  }
  data.forms = [...formByKey.values()];
  const attachments: Record<string, AttachmentInfo[]> = {};
  for (const a of files) {
    const key = `${a.round_id}|${a.project_id}|${a.target}`;
    (attachments[key] ??= []).push({ id: a.id, name: a.name, size: a.size, type: TYPES[a.type] ?? 'application/octet-stream', uploadedAt: a.created_at, uploadedBy: a.created_by });
  }
  return { dataset: data, versions, reviews, attachments };
}
