// Accumulates a load into a copy of the base dataset without touching the base's arrays or
// records. Projects replace by id (keeping their place), their indicators are swapped wholesale;
// actuals replace by indicator + date and spend by project + line + date, so re-loading an
// updated file updates rather than duplicates. Linear in the size of base plus input.
import { quoted } from '../domain/labels';
import { scopedIndicatorId } from '../domain/ids';
import { mergeMonitoring, monitoringOf, type Monitoring } from './mergeMonitoring';
import type { Actual, ChangeEntry, Dataset, Indicator, Problem, Project, ProjectForm, Round, Spend } from '../domain/types';
import { KeyedRecords } from './keyedRecords';
import { problem } from './problems';

export class Merge {
  private projects = new Map<string, Project>();
  private fromFile = new Map<string, string>();
  /** Project id → the signatures of the file that gave it, made only when a later file gives it again (JSON.stringify of 10,000 projects is not free). */
  private signature = new Map<string, () => Map<string, string>>();
  private replaced = new Set<string>();
  private baseIds: Set<string>;
  /** Project id → its indicators from this load (a later file's set replaces an earlier one's). */
  private newIndicators = new Map<string, Indicator[]>();
  private actuals: KeyedRecords<Actual>;
  private spend: KeyedRecords<Spend>;
  /**
   * Indicator id → its project: `claimed`, the ids this load has taken; `owner`, the others (the
   * base's, built on the first given — not derived — id, and scoped ones). One map per id, so that
   * a new id costs one look-up and one insertion (300,000 indicators).
   */
  private owner: Map<string, string> | undefined;
  private claimed = new Map<string, string>();
  private monitoring: Monitoring | undefined;

  constructor(private base: Dataset, private problems: Problem[]) {
    for (const p of base.projects) this.projects.set(p.id, p);
    this.baseIds = new Set(this.projects.keys());
    this.actuals = new KeyedRecords(base.actuals, (a) => a.indicatorId, sameActual);
    this.spend = new KeyedRecords(base.spend, (s) => s.projectId, sameSpend);
  }

  addProjects(file: string, projects: Project[], indicators: Indicator[]) {
    let made: Map<string, string> | undefined;
    const signatures = () => (made ??= projectSignatures(projects, indicators));
    const ids = new Set<string>();
    for (const p of projects) {
      const earlier = this.fromFile.get(p.id);
      // The same table given twice (e.g. as raw text and as the JSON made from it) is no news.
      const same = earlier !== undefined && this.signature.get(p.id)?.().get(p.id) === signatures().get(p.id);
      if (earlier !== undefined && !same && !this.laterVersion(p, file, earlier, indicators)) continue;
      this.signature.set(p.id, signatures);
      if (this.baseIds.has(p.id)) this.replaced.add(p.id);
      this.projects.set(p.id, keepTexts(p, this.projects.get(p.id)));
      this.fromFile.set(p.id, file);
      this.newIndicators.set(p.id, []);
      ids.add(p.id);
    }
    for (const i of indicators) {
      if (ids.has(i.projectId)) this.newIndicators.get(i.projectId)?.push(this.uniqueId(i, file));
      else if (!projects.some((p) => p.id === i.projectId)) this.problems.push(problem('orphan-indicator', `指标“${i.level3}”所属的项目（编号 ${i.projectId}）不在本文件中，未导入`, i.source ?? { file }));
    }
  }

  /**
   * A project given again by a later file of the same load, differently: the later one wins, said,
   * with the indicators it drops counted — unless it has none while the earlier had some (a table
   * cut after its header, e.g. `report data/projects.json 截断的表.txt`): then it is refused and the
   * earlier version kept. (Over data loaded before, the app asks first: stores/dataset.)
   */
  private laterVersion(p: Project, file: string, earlier: string, indicators: Indicator[]): boolean {
    const before = this.newIndicators.get(p.id) ?? [];
    const incoming = new Set(indicators.filter((i) => i.projectId === p.id).map((i) => i.id));
    const dropped = before.filter((i) => !incoming.has(i.id));
    if (incoming.size === 0 && before.length > 0) {
      const what = `项目${quoted(p.name)}在本文件中没有任何三级指标（表格可能不完整），未替换 ${earlier} 中的版本（${before.length} 个指标）`;
      this.problems.push(problem('truncated-project', what, p.source ?? { file }, 'error', p.id));
      return false;
    }
    const lost = dropped.length
      ? `；指标由 ${before.length} 个变为 ${incoming.size} 个，${dropped.length} 个（${dropped.slice(0, 3).map((i) => `“${i.level3}”`).join('、')}${dropped.length > 3 ? ' 等' : ''}）不在本文件中`
      : '';
    const what = `项目${quoted(p.name)}（编号 ${p.id}）已由 ${earlier} 导入，以本文件为准${lost}`;
    this.problems.push(problem('duplicate-project', what, { file }, 'warning', p.id));
    return true;
  }

  /**
   * Indicator ids are unique per dataset: a given id (`i1`) already another project's is scoped by
   * this project (ids.scopedIndicatorId) and said, so neither project shows the other's indicator.
   * Derived ids carry their project's id and cannot clash, so the owner map is built only when needed.
   */
  private uniqueId(i: Indicator, file: string): Indicator {
    if (derivedOrScoped(i)) return i;
    if (!this.owner) {
      this.owner = new Map();
      for (const b of this.base.indicators) this.owner.set(b.id, b.projectId);
    }
    let owner = this.claimed.get(i.id);
    if (owner === i.projectId) return i;
    if (owner === undefined) {
      owner = this.owner.get(i.id);
      if (owner === undefined || owner === i.projectId || this.newIndicators.has(owner)) {
        this.claimed.set(i.id, i.projectId);
        return i;
      }
    }
    const id = scopedIndicatorId(i.projectId, i.id);
    const [mine, theirs] = [this.projects.get(i.projectId)?.name ?? i.projectId, this.projects.get(owner)?.name ?? owner];
    const what = `项目${quoted(mine)}的指标“${i.level3}”编号“${i.id}”已被项目${quoted(theirs)}使用，改用编号“${id}”（按项目和原编号填写的实际值仍对应到它）`;
    this.problems.push(problem('duplicate-indicator-id', what, i.source ?? { file }, 'warning', i.projectId));
    (this.claimed.has(id) ? this.claimed : this.owner).set(id, i.projectId);
    return { ...i, id };
  }

  /** Projects and indicators as they stand (call between phase 1 and 2). */
  structure(): Pick<Dataset, 'projects' | 'indicators'> {
    const kept = this.base.indicators.filter((i) => !this.newIndicators.has(i.projectId));
    for (const list of this.newIndicators.values()) for (const i of list) kept.push(i);
    return { projects: [...this.projects.values()], indicators: kept };
  }

  /** A re-imported project that lost indicators says how many (a table cut short replaces a whole one). */
  flagDroppedIndicators() {
    const kept = new Map<string, Set<string>>();
    for (const [pid, list] of this.newIndicators) if (this.replaced.has(pid)) kept.set(pid, new Set(list.map((i) => i.id)));
    const dropped = new Map<string, string[]>();
    const before = new Map<string, number>();
    for (const i of this.base.indicators) {
      const now = kept.get(i.projectId);
      if (!now) continue;
      before.set(i.projectId, (before.get(i.projectId) ?? 0) + 1);
      if (!now.has(i.id)) {
        const names = dropped.get(i.projectId);
        if (names) names.push(i.level3);
        else dropped.set(i.projectId, [i.level3]);
      }
    }
    for (const [pid, names] of dropped) {
      const p = this.projects.get(pid);
      const shown = names.slice(0, 3).map((n) => `“${n}”`).join('、') + (names.length > 3 ? ` 等` : '');
      const what = `项目${quoted(p?.name ?? pid)}重新导入后指标由 ${before.get(pid)} 个变为 ${kept.get(pid)!.size} 个，原有的 ${names.length} 个指标（${shown}）不在新表中，已删除；如表格不完整，请重新载入完整的表`;
      this.problems.push(problem('dropped-indicators', what, { file: this.fromFile.get(pid) ?? '' }, 'warning', pid));
    }
  }

  /** Actuals of re-imported projects whose indicator vanished are kept, and flagged. */
  flagOrphans(indicatorIds: Set<string>) {
    const orphans = new Map<string, number>();
    for (const a of this.base.actuals) {
      if (this.replaced.has(a.projectId) && !indicatorIds.has(a.indicatorId)) orphans.set(a.projectId, (orphans.get(a.projectId) ?? 0) + 1);
    }
    for (const [pid, n] of orphans) {
      const p = this.projects.get(pid);
      const what = `项目${quoted(p?.name ?? pid)}重新导入后，有${n}条实际值对应的指标已不存在（已保留，请核对）`;
      this.problems.push(problem('orphan-actual', what, { file: this.fromFile.get(pid) ?? '' }, 'warning', pid));
    }
  }

  /**
   * A re-loaded actual replaces the record of its indicator and date, but the fields its file does
   * not carry (a plain CSV has no 全年预计 or 纠偏措施; only the app keeps 佐证材料) stay as recorded.
   */
  addActual(a: Actual) {
    const at = this.actuals.find(a);
    const old = at < 0 ? undefined : this.actuals.list[at];
    let record = a;
    if (old) {
      for (const k of KEPT_FIELDS) if (a[k] === undefined && old[k] !== undefined) record = { ...record, [k]: old[k] };
    }
    this.place(record, at, this.actuals, '实际值');
  }

  addSpend(s: Spend) {
    this.place(s, this.spend.find(s), this.spend, '执行数');
  }

  private place<T extends Actual | Spend>(record: T, index: number, records: KeyedRecords<T>, label: string) {
    if (index >= 0 && records.loadedAt(index) && record.source) {
      const what = `同一${label}（同一日期）在本次导入中出现多次，采用后出现的一条`;
      this.problems.push(problem(`duplicate-${label === '实际值' ? 'actual' : 'spend'}`, what, record.source, 'warning', record.projectId));
    }
    records.place(record, index);
  }

  /** Distinct projects of this load: new, and replacing one of the base dataset. */
  projectChanges(): { added: number; updated: number } {
    return { added: this.fromFile.size - this.replaced.size, updated: this.replaced.size };
  }

  /** Rounds replace by id, forms by round + project; history entries not already kept are appended (./mergeMonitoring). */
  addMonitoring(rounds: Round[], forms: ProjectForm[], history: ChangeEntry[]) {
    this.monitoring = mergeMonitoring(this.monitoring ?? this.base, { rounds, forms, history });
  }

  result(structure: Pick<Dataset, 'projects' | 'indicators'>): Dataset {
    return { ...structure, actuals: this.actuals.list, spend: this.spend.list, ...monitoringOf(this.monitoring ?? this.base) };
  }

}

/** `<projectId>-i-…` (ids.indicatorId) or `<projectId>:…` (ids.scopedIndicatorId), tested without a string per indicator. */
function derivedOrScoped(i: Indicator): boolean {
  const n = i.projectId.length;
  return i.id.startsWith(i.projectId) && (i.id.startsWith('-i-', n) || i.id.startsWith(':', n));
}

/** A file without the long texts (CSV) keeps those already loaded for the project; one with texts replaces them. */
function keepTexts(incoming: Project, existing: Project | undefined): Project {
  if (!existing?.texts || (incoming.texts && Object.values(incoming.texts).some((t) => t))) return incoming;
  return { ...incoming, texts: existing.texts, ...(incoming.contact || !existing.contact ? {} : { contact: existing.contact }) };
}

const KEPT_FIELDS = ['reason', 'likelihood', 'note', 'reasonCategory', 'forecast', 'measures', 'attachments'] as const;
/** The same key: an actual per indicator and date, spend per project, line and date (./keyedRecords finds those of the same id). */
const sameActual = (a: Actual, b: Actual) => a.date === b.date && a.indicatorId === b.indicatorId;
const sameSpend = (a: Spend, b: Spend) => a.date === b.date && (a.expense ?? '') === (b.expense ?? '') && a.projectId === b.projectId;

/** What makes two imports of a project the same: funds, expense lines and every indicator with its targets. */
function projectSignatures(projects: Project[], indicators: Indicator[]): Map<string, string> {
  const out = new Map(projects.map((p) => [p.id, JSON.stringify([p.name, p.funds, p.expenses.map((e) => [e.name, e.planH1, e.budgetFY])])]));
  for (const i of indicators) {
    const sig = out.get(i.projectId);
    if (sig !== undefined) out.set(i.projectId, sig + '|' + [i.id, i.targetH1, i.targetFY].join('\u0001'));
  }
  return out;
}
