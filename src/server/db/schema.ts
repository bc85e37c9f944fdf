// The server's tables, as Kysely sees them. Domain objects that the server only stores and hands
// back (a project with its indicators, a record's fields, a round's scope) are JSON text columns:
// the rules that read them live in src/domain, and both databases store text the same way.
import type { Generated } from 'kysely';
import type { Role, ReviewState } from '../../domain/round/review';

/** Which database the server runs on. */
export type DbKind = 'sqlite' | 'postgres';

export interface UnitRow {
  id: string;
  name: string;
  parent_id: string | null;
  /** 财政 (the root), 主管部门, or 单位. */
  kind: 'finance' | 'department' | 'unit';
}

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: string;
  /** 1 until the user replaces a password someone else chose (the first admin's, a reset). */
  must_change: number;
  disabled: number;
  created_at: string;
}

export interface SessionRow {
  /** sha256 of the cookie's token: a copy of the database does not hold usable sessions. */
  token_hash: string;
  user_id: string;
  csrf: string;
  created_at: string;
  expires_at: string;
}

export interface LoginFailureRow {
  id: Generated<number>;
  username: string;
  at: string;
}

export interface ProjectRow {
  id: string;
  unit_id: string;
  name: string;
  /** The domain Project (with its indicators) as JSON. */
  data: string;
  updated_at: string;
}

export interface RoundRow {
  id: string;
  name: string;
  period_end: string;
  deadline: string | null;
  /** RoundScope as JSON. */
  scope: string;
  closed: number;
  /** ISO time finance closed it; null while open. */
  closed_at: string | null;
  created_at: string;
}

export interface RecordRow {
  round_id: string;
  project_id: string;
  /** An indicator id, `expense:<line>` for 执行数, or `form` for 全年预计执行数. */
  target: string;
  /** The record's fields as JSON (执行情况, 全年预计, 偏差原因 …). */
  fields: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface FormRow {
  round_id: string;
  project_id: string;
  state: ReviewState;
  comment: string;
  version: number;
  updated_at: string;
  updated_by: string;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  user_id: string;
  username: string;
  round_id: string | null;
  project_id: string | null;
  target: string;
  action: string;
  before: string | null;
  after: string | null;
}

export interface AttachmentRow {
  id: string;
  round_id: string;
  project_id: string;
  target: string;
  name: string;
  size: number;
  type: string;
  sha256: string;
  created_at: string;
  created_by: string;
}

/** Bumped by trigger on every change of the data set's tables (migration 003): 'projects', 'forms'. */
export interface DataVersionRow {
  name: string;
  version: number;
}

export interface Database {
  units: UnitRow;
  users: UserRow;
  sessions: SessionRow;
  login_failures: LoginFailureRow;
  projects: ProjectRow;
  rounds: RoundRow;
  records: RecordRow;
  forms: FormRow;
  audit: AuditRow;
  attachments: AttachmentRow;
  data_versions: DataVersionRow;
}
