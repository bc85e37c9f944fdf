// Names → ids, for actual and spend rows that name their project, indicator and expenditure line
// as a user writes them. Matching ignores spaces, full-/half-width and curly/straight quotes.
// A 三级 name alone suffices when it is unique in its project; otherwise 一级/二级 narrow it, and
// an ambiguous name yields a message saying which column would settle it. Index once, resolve
// each row in O(1) (plus the handful of same-named indicators). An unknown 三级 name is answered with
// the nearest names of that project (是否指…？): a typo or another wording of the same indicator.
import type { Dataset, Indicator, Project } from './types';
import { quoted } from './labels';
import { scopedIndicatorId } from './ids';

export type Resolved<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

export interface DatasetIndex {
  projectById: Map<string, Project>;
  projectsByName: Map<string, Project[]>;
  indicatorById: Map<string, Indicator>;
  /** `${projectId}\u0001${nameKey(level3)}` → indicators. */
  indicatorsByName: Map<string, Indicator[]>;
}

export function nameKey(s: string): string {
  return plainKey(s) ?? referenceNameKey(s);
}

/** The rule itself (and the reference of the fast path below). */
export function referenceNameKey(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[“”„‟″"]/g, '"')
    .replace(/[‘’‚‛′']/g, "'");
}

/**
 * Most names are ASCII without spaces, CJK ideographs (U+4E00–9FFF) and full-width ASCII forms
 * (（１）, U+FF01–FF5E): NFKC leaves the first two as they are (no decomposition, nothing to compose
 * with) and turns the third into ASCII, which has no space or curly quote left to fold. Indexing
 * 300,000 indicators spent most of its time in normalize; this reads each character once. null: use
 * the reference (test/domain/resolve.nameKey.test.ts checks both agree).
 */
function plainKey(s: string): string | null {
  let wide = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x7e) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c >= 0xff01 && c <= 0xff5e) wide = true;
    else return null;
  }
  return wide ? s.replace(/[\uff01-\uff5e]/g, (w) => String.fromCharCode(w.charCodeAt(0) - 0xfee0)) : s;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The id maps at once; the name maps on first use (a getter), as most files give ids and never ask
 * by name — then indexing 300,000 indicators costs no key per indicator. Built from the arrays as
 * they were when indexed.
 */
export function indexDataset(data: Pick<Dataset, 'projects' | 'indicators'>): DatasetIndex {
  const projects = data.projects.slice();
  const indicators = data.indicators.slice();
  const projectById = new Map<string, Project>();
  for (const p of projects) projectById.set(p.id, p);
  const indicatorById = new Map<string, Indicator>();
  for (const i of indicators) indicatorById.set(i.id, i);
  let projectsByName: Map<string, Project[]> | undefined;
  let indicatorsByName: Map<string, Indicator[]> | undefined;
  return {
    projectById,
    indicatorById,
    get projectsByName() {
      if (!projectsByName) {
        projectsByName = new Map();
        for (const p of projects) push(projectsByName, nameKey(p.name), p);
      }
      return projectsByName;
    },
    get indicatorsByName() {
      if (!indicatorsByName) {
        indicatorsByName = new Map();
        for (const i of indicators) push(indicatorsByName, `${i.projectId}\u0001${nameKey(i.level3)}`, i);
      }
      return indicatorsByName;
    },
  };
}

/** The project's indicator of this id, as given or as scoped when the id was another project's first (ids.scopedIndicatorId). */
export function indicatorOf(ix: DatasetIndex, projectIdValue: string, id: string): Indicator | undefined {
  const i = ix.indicatorById.get(id);
  if (i?.projectId === projectIdValue) return i;
  const scoped = ix.indicatorById.get(scopedIndicatorId(projectIdValue, id));
  return scoped?.projectId === projectIdValue ? scoped : undefined;
}

const fail = <T>(code: string, message: string): Resolved<T> => ({ ok: false, code, message });

/** By id when given, else by name; `year` (年度 column or the date's year) separates same-named projects. */
export function resolveProject(ix: DatasetIndex, ref: { id?: string; name?: string; year?: number | null }): Resolved<Project> {
  if (ref.id) {
    const p = ix.projectById.get(ref.id);
    return p ? { ok: true, value: p } : fail('unknown-project', `没有编号为“${ref.id}”的项目`);
  }
  const name = ref.name ?? '';
  let found = ix.projectsByName.get(nameKey(name)) ?? [];
  if (found.length === 0) return fail('unknown-project', `没有名为“${name}”的项目（请先导入该项目的绩效目标表）`);
  if (found.length > 1 && ref.year != null) {
    const sameYear = found.filter((p) => p.year === ref.year);
    if (sameYear.length) found = sameYear;
  }
  if (found.length > 1) {
    const years = found.map((p) => `${p.year ?? '年度不详'}（${p.department || '部门不详'}，编号 ${p.id}）`).join('、');
    return fail('ambiguous-project', `名为“${name}”的项目有${found.length}个：${years}，请加“年度”或“项目编号”列区分`);
  }
  return { ok: true, value: found[0] };
}

const path = (i: Indicator) => `${i.level1 || '（空）'}/${i.level2 || '（空）'}/${i.level3}`;

/** By id when given, else by 三级 name narrowed by 一级/二级 where given. */
export function resolveIndicator(
  ix: DatasetIndex,
  project: Project,
  ref: { id?: string; level1?: string; level2?: string; level3?: string },
): Resolved<Indicator> {
  if (ref.id) {
    const i = indicatorOf(ix, project.id, ref.id);
    if (i) return { ok: true, value: i };
    return fail('unknown-indicator', `项目${quoted(project.name)}中没有编号为“${ref.id}”的指标`);
  }
  const level3 = ref.level3 ?? '';
  const named = ix.indicatorsByName.get(`${project.id}\u0001${nameKey(level3)}`) ?? [];
  if (named.length === 0) return fail('unknown-indicator', `项目${quoted(project.name)}中没有三级指标“${level3}”${suggestion(ix, project.id, level3)}`);
  const found = named.filter(
    (i) => (!ref.level1 || nameKey(i.level1) === nameKey(ref.level1)) && (!ref.level2 || nameKey(i.level2) === nameKey(ref.level2)),
  );
  if (found.length === 1) return { ok: true, value: found[0] };
  const options = named.map(path).join('、');
  if (found.length === 0) {
    const given = [ref.level1 && `一级指标“${ref.level1}”`, ref.level2 && `二级指标“${ref.level2}”`].filter(Boolean).join('、');
    return fail('unknown-indicator', `项目${quoted(project.name)}中三级指标“${level3}”不在${given}下；现有：${options}`);
  }
  const unique = (f: (i: Indicator) => string) => new Set(found.map((i) => nameKey(f(i)))).size === found.length;
  const hint = unique((i) => i.level2)
    ? '请加“二级指标”列区分'
    : unique((i) => i.level1)
      ? '请加“一级指标”列区分'
      : unique((i) => `${i.level1}\u0001${i.level2}`)
        ? '请加“一级指标”和“二级指标”列区分'
        : '这些指标同名同类，请用“指标编号”列指明';
  return fail('ambiguous-indicator', `项目${quoted(project.name)}中三级指标“${level3}”有${found.length}个（${found.map(path).join('、')}），${hint}`);
}

/** Each project's indicators, built once per index on the first unknown name (rare: not at index time). */
const byProject = new WeakMap<DatasetIndex, Map<string, Indicator[]>>();

function projectIndicators(ix: DatasetIndex, projectId: string): Indicator[] {
  let map = byProject.get(ix);
  if (!map) {
    map = new Map();
    for (const i of ix.indicatorById.values()) push(map, i.projectId, i);
    byProject.set(ix, map);
  }
  return map.get(projectId) ?? [];
}

/** Pairs of adjacent characters: the unit of likeness for Chinese names (满意度 ~ 满意率 share 满意). */
/** 指标/项目 say nothing about which indicator is meant (没有的指标 is not like 绩效指标明确性). */
const GENERIC = new Set(['指标', '项目']);
const bigrams = (s: string) => {
  const chars = [...s];
  return new Set(chars.slice(1).map((c, k) => chars[k] + c).filter((b) => !GENERIC.has(b)));
};

/**
 * `（是否指“A”或“B”？）` — up to three 三级 names of the project sharing the most character pairs with the
 * name given (Dice coefficient, at least half the best one's; ties by the name's order in the table),
 * or '' when none shares any.
 */
export function suggestion(ix: DatasetIndex, projectId: string, name: string): string {
  const want = bigrams(nameKey(name));
  if (!want.size) return '';
  const seen = new Set<string>();
  const scored: { name: string; score: number; order: number }[] = [];
  projectIndicators(ix, projectId).forEach((i, order) => {
    const key = nameKey(i.level3);
    if (seen.has(key)) return;
    seen.add(key);
    const have = bigrams(key);
    let common = 0;
    for (const b of have) if (want.has(b)) common++;
    if (common) scored.push({ name: i.level3, score: (2 * common) / (want.size + have.size), order });
  });
  // Names far behind the best are noise (预算执行律 → 预算执行率, not every name with 预算 in it).
  const sorted = scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = sorted.filter((c) => c.score >= sorted[0].score / 2).slice(0, 3);
  return best.length ? `（是否指${best.map((b) => `“${b.name}”`).join('或')}？）` : '';
}

/** The expenditure line as filed in the project, or null for the whole project (blank name). */
export function resolveExpense(project: Project, name: string): Resolved<string | null> {
  if (name.trim() === '') return { ok: true, value: null };
  // As written first (almost every row): no key made per row and line; then as matching ignores spaces, widths and quotes.
  let line = project.expenses.find((e) => e.name === name);
  if (!line) {
    const key = nameKey(name);
    line = project.expenses.find((e) => nameKey(e.name) === key);
  }
  if (line) return { ok: true, value: line.name };
  const known = project.expenses.length
    ? `现有支出项目：${project.expenses.map((e) => quoted(e.name)).join('、')}`
    : '该项目没有登记支出项目';
  return fail('unknown-expense', `项目${quoted(project.name)}没有支出项目${quoted(name)}（${known}；整个项目的执行数请将支出项目留空）`);
}
