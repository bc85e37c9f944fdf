// The domain's data, flat: projects, indicators, actuals and spend are separate arrays linked by
// ids, so that 10,000 projects / 300,000 indicators can be indexed and judged in one linear pass.
// Chinese appears only in data (names, targets); UI labels live in labels.ts.

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Where a record came from, so that every problem can name the file and the row. */
export interface SourceRef {
  file: string;
  /** 1-based line (raw tables) or data row (CSV, header = row 1). */
  row?: number;
  field?: string;
}

export interface Funds {
  /** 资金总额, 万元. */
  total: number | null;
  /** 一般公共预算资金, 政府性基金, … → 全年预算数 (万元), keyed by the Chinese name as filed. */
  sources: Record<string, number | null>;
}

/** One 支出 line of the funds block. */
export interface Expense {
  name: string;
  /** 半年（程）计划执行数, 万元. */
  planH1: number | null;
  /** 全年（程）预算数, 万元. */
  budgetFY: number | null;
}

export interface ProjectTexts {
  necessity?: string; // 立项必要性
  feasibility?: string; // 实施可行性
  content?: string; // 项目实施内容
  longTermGoal?: string; // 中长期目标
  annualGoal?: string; // 年度目标
}

export interface Project {
  id: string;
  name: string; // 项目名称
  year: number | null; // 年度
  department: string; // 主管部门
  unit: string; // 实施单位
  type: string; // 项目类型
  level: string; // 项目级次
  startYear: number | null; // 开始时间
  endYear: number | null; // 完成时间
  contact?: string; // 项目负责人/联系电话
  texts?: ProjectTexts;
  funds: Funds;
  expenses: Expense[];
  source?: SourceRef;
}

export type ProgressModel = 'cumulative' | 'level';

export interface Indicator {
  id: string;
  projectId: string;
  level1: string; // 一级指标
  level2: string; // 二级指标
  level3: string; // 三级指标
  targetH1: string; // 半年（程）指标值, as filed
  targetFY: string; // 全年（程）指标值, as filed
  /** Overrides the rule-based default of domain.md §3. */
  model?: ProgressModel;
  /** Self-assessment weight override (domain.md §6). */
  weight?: number;
  source?: SourceRef;
}

/** 完成目标可能性 of the monitoring form. */
export type Likelihood = '确定能' | '有可能' | '完全不可能';

/** One recorded actual (实际值) of an indicator on a date; cumulative ones are year-to-date. */
export interface Actual {
  projectId: string;
  indicatorId: string;
  date: IsoDate;
  /** As written: `83.5`, `150分钟`, `达成`, `较高`. */
  value: string;
  reason?: string; // 偏差原因 (the text; with reasonCategory on the monitoring form)
  likelihood?: string; // 完成可能性
  note?: string; // 备注
  /** 偏差原因 category of the monitoring form (domain/round: 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他). */
  reasonCategory?: string;
  /** 全年预计完成值, as written (`95%`, `4轮`, `达成`). */
  forecast?: string;
  /** 纠偏措施. */
  measures?: string;
  /** 佐证材料: metadata only; the bytes are kept by the app's attachment storage under `id`. */
  attachments?: AttachmentRef[];
  source?: SourceRef;
}

/** One evidence file (佐证材料) attached to a recorded actual. */
export interface AttachmentRef {
  id: string;
  name: string;
  /** MIME type as the browser reported it. */
  type: string;
  size: number;
}

/** A 佐证材料 as the team server lists it (GET /api/dataset): the file and who attached it when. */
export interface AttachmentInfo extends AttachmentRef {
  uploadedAt: string;
  uploadedBy: string;
}

/** Cumulative spend (累计执行数, 万元) of one expenditure line, or of the whole project when expense is null. */
export interface Spend {
  projectId: string;
  expense: string | null;
  date: IsoDate;
  amount: number;
  source?: SourceRef;
}

export interface Dataset {
  projects: Project[];
  indicators: Indicator[];
  actuals: Actual[];
  spend: Spend[];
  /** Monitoring rounds and each project's form in them (domain/round); absent = none yet. */
  rounds?: Round[];
  forms?: ProjectForm[];
  /** Every change recorded through the monitoring form, oldest first (domain/round/history). */
  history?: ChangeEntry[];
}

/** A monitoring round (domain.md §5): 1–7月 → periodEnd 31 July; its period starts after the previous round's end. */
export interface Round {
  id: string;
  name: string;
  periodEnd: IsoDate;
  deadline: IsoDate | null;
  scope: RoundScope;
  createdAt: string;
}

/** 一般监控 (all), chosen projects, or 重点监控 by rule (e.g. ≥200万 with execution below 60 %). */
export type RoundScope =
  | { kind: 'all' }
  | { kind: 'projects'; projectIds: string[] }
  | { kind: 'filter'; minBudget?: number; maxExecutionRate?: number; departments?: string[] };

/** draft (草稿) → done (已完成, locked in one browser); the team server adds submitted / returned / approved. */
export type FormStatus = 'draft' | 'done';

/** One project's form in one round: its state and the money lines that are not per-date spend. */
export interface ProjectForm {
  roundId: string;
  projectId: string;
  status: FormStatus;
  /** When it was marked 已完成 (ISO timestamp). */
  doneAt?: string;
  /** 全年预计执行数 (万元). */
  spendForecast?: number | null;
}

/** One change made through the form: who ("本浏览器" for now), when, what before and after. */
export interface ChangeEntry {
  at: string;
  by: string;
  roundId?: string;
  projectId: string;
  /** The indicator, or the expenditure line for money (`expense:<name>`), or `form` for the form's state. */
  target: string;
  field: string;
  before: string | null;
  after: string | null;
}

export type Severity = 'error' | 'warning';

/** A problem found while loading or checking data, in Chinese for the user. */
export interface Problem {
  severity: Severity;
  message: string;
  source?: SourceRef;
  projectId?: string;
  /** Machine-readable kind, e.g. `expense-sum`, `unknown-indicator`. */
  code: string;
}

export const emptyDataset = (): Dataset => ({ projects: [], indicators: [], actuals: [], spend: [] });
