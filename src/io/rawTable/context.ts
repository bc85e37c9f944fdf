// Parsing state shared by the readers of one file: the project being read and the problem list.
import type { Expense, Problem, ProjectTexts, Severity } from '../../domain/types';
import type { FactKey } from './vocabulary';
import type { Layout } from './columns';

export interface DraftIndicator {
  level1: string;
  level2: string;
  level3: string;
  targetH1: string;
  targetFY: string;
  line: number;
  /** Set when 一级 was implied by the 二级 (e.g. 数量指标 under a carried-down 过程). */
  impliedFamily?: string;
  /** A 自评表's 实际完成值 and 偏差原因分析. */
  actual?: string;
  reason?: string;
}

export type Section = 'header' | 'funds' | 'indicators';

export interface Draft {
  line: number;
  /** From the page header (2024年度) or a 年度 field. */
  year: number | null;
  facts: Partial<Record<FactKey, { value: string; line: number }>>;
  texts: ProjectTexts;
  /** The text field a continuation line would belong to. */
  lastText?: keyof ProjectTexts;
  total: number | null;
  totalSeen: boolean;
  /** Amounts of this table are in 元 (项目资金（元）, 金额单位：元): divided by 10,000 as they are read. */
  yuan?: { line: number };
  /** A 自评表 (its title said so, or a 实际完成值 column): its actuals are dated 31 December. */
  selfAssessment?: boolean;
  /** Sources by name as filed (a Map: names are data, never object keys). */
  sources: Map<string, number | null>;
  expenses: Expense[];
  indicators: DraftIndicator[];
  section: Section;
  fundsMode: 'none' | 'income' | 'expense';
  /** Current (carried-down) 一级 / 二级 and the family of the current 一级. */
  level1: string;
  level2: string;
  family?: string;
  impliedFamily?: string;
  /** Columns of the indicator block, from its title row(s). */
  layout?: Layout;
  /** A category row with an unknown 二级 and no 三级 under it yet: at the table's end, it may be a line cut short. */
  openHeader?: { line: number; text: string };
  /** Line of a row whose 一级/二级 could not be told apart: rows carrying it down cannot be placed. */
  unplacedLevels?: number;
  /** Warnings of 三级 rows with a 全年 but no 半年 value: one summary replaces them if no row has one. */
  noH1: Problem[];
  /** 一级 names as this table files them, by family, to name an implied 一级. */
  filedLevel1: Map<string, string>;
  problems: Problem[];
}

export function newDraft(line: number, year: number | null): Draft {
  return {
    line,
    year,
    facts: {},
    texts: {},
    total: null,
    totalSeen: false,
    sources: new Map(),
    expenses: [],
    indicators: [],
    section: 'header',
    fundsMode: 'none',
    level1: '',
    level2: '',
    filedLevel1: new Map(),
    noH1: [],
    problems: [],
  };
}

export class Ctx {
  readonly problems: Problem[] = [];
  draft: Draft | null = null;

  constructor(readonly file: string) {}

  report(code: string, severity: Severity, line: number, what: string): Problem {
    const p: Problem = { severity, code, message: `${this.file} 第${line}行：${what}`, source: { file: this.file, row: line } };
    this.problems.push(p);
    this.draft?.problems.push(p);
    return p;
  }

  /** Takes back problems already reported (replaced by one that says it better). */
  withdraw(gone: Problem[]): void {
    const set = new Set(gone);
    const keep = (list: Problem[]) => list.splice(0, list.length, ...list.filter((p) => !set.has(p)));
    keep(this.problems);
    if (this.draft) keep(this.draft.problems);
  }
}

/** A cell quoted for a message, shortened so a long text cannot flood it. */
export function quote(text: string, max = 40): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return `“${s.length > max ? s.slice(0, max) + '…' : s}”`;
}
