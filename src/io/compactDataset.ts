// The data set in columns, for sending a province's data (10,000 projects, 300,000 indicators,
// 600,000 actuals) as a few long arrays instead of a million JSON objects.
//
// Accepts (encode): a Dataset — or any object whose array-of-plain-object values are its tables —
// as JSON would carry it: strings, finite numbers, null, booleans, plain objects and arrays;
// optional fields absent or present (a field holding undefined counts as absent, as in JSON).
// Accepts (decode): what encode returned, as is or after JSON.stringify / JSON.parse, with
// format 'columns-1'; anything else is refused with a Chinese message.
//
// Each table is { n: rows, cols: { field: column } }. A column lists its present values only, and
// the rows where the field is absent as runs [start, length, …] (`miss`, omitted when none):
//   s  strings (or null): indexes into one string table shared by all tables (-1 = null), so a
//      主管部门, 实施单位, 一级指标 or date repeated 300,000 times is sent once;
//   n  numbers (or null);
//   o  plain objects (source refs, funds): their fields as a nested table over the present rows;
//   j  anything else (arrays such as expenses, booleans, mixed types), values as they are.
// Top-level values that are not tables travel unchanged in `rest`.
import type { Dataset } from '../domain/types';

export const COMPACT_FORMAT = 'columns-1';

type Runs = number[];
export type Column =
  | { t: 's'; v: number[]; miss?: Runs }
  | { t: 'n'; v: (number | null)[]; miss?: Runs }
  | { t: 'o'; cols: Record<string, Column>; miss?: Runs }
  | { t: 'j'; v: unknown[]; miss?: Runs };

export interface CompactTable {
  n: number;
  cols: Record<string, Column>;
}

export interface CompactDataset {
  format: typeof COMPACT_FORMAT;
  strings: string[];
  tables: Record<string, CompactTable>;
  rest: Record<string, unknown>;
}

type Row = Record<string, unknown>;

const isPlain = (x: unknown): x is Row => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};

export function encodeDataset(d: Dataset): CompactDataset {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const intern = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      ids.set(s, i);
    }
    return i;
  };
  const tables: Record<string, CompactTable> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(d as unknown as Row)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every(isPlain)) set(tables, key, { n: value.length, cols: encodeRows(value, intern) });
    else set(rest, key, value);
  }
  return { format: COMPACT_FORMAT, strings, tables, rest };
}

// Plain loops, not forEach/map/every: this runs over every cell of 900,000 rows on each request.
function encodeRows(rows: Row[], intern: (s: string) => number): Record<string, Column> {
  const keys = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    for (const k in r) if (r[k] !== undefined) keys.add(k);
  }
  const cols: Record<string, Column> = {};
  for (const key of keys) {
    // A field named like something every object inherits (__proto__, valueOf, constructor …) is
    // read as the row's own field only: a row without it would otherwise give Object.prototype's.
    const own = key in Object.prototype;
    const present: unknown[] = [];
    const miss: Runs = [];
    let strings = 0, numbers = 0, objects = 0, nulls = 0;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const v = own && !Object.hasOwn(r, key) ? undefined : r[key];
      if (v === undefined) {
        // Extend the last run when this row follows it, else start a new one.
        if (miss.length && miss[miss.length - 2] + miss[miss.length - 1] === i) miss[miss.length - 1]++;
        else miss.push(i, 1);
        continue;
      }
      present.push(v);
      if (v === null) nulls++;
      else if (typeof v === 'string') strings++;
      else if (typeof v === 'number') numbers += Number.isFinite(v) ? 1 : 0;
      else if (isPlain(v)) objects++;
    }
    const all = present.length;
    let col: Column;
    if (strings && strings + nulls === all) {
      const v = new Array<number>(all);
      for (let j = 0; j < all; j++) v[j] = present[j] === null ? -1 : intern(present[j] as string);
      col = { t: 's', v };
    } else if (numbers + nulls === all) col = { t: 'n', v: present as (number | null)[] };
    else if (objects === all) col = { t: 'o', cols: encodeRows(present as Row[], intern) };
    else col = { t: 'j', v: present };
    if (miss.length) col.miss = miss;
    set(cols, key, col);
  }
  return cols;
}

export function decodeDataset(c: CompactDataset): Dataset {
  if (!c || c.format !== COMPACT_FORMAT) throw new Error(`数据格式「${String(c?.format)}」不是本应用能读的（${COMPACT_FORMAT}），请刷新页面以载入新版本`);
  const out: Row = {};
  for (const [key, value] of Object.entries(c.rest)) set(out, key, value);
  for (const [key, table] of Object.entries(c.tables)) set(out, key, decodeRows(table.n, table.cols, c.strings));
  return out as unknown as Dataset;
}

function decodeRows(n: number, cols: Record<string, Column>, strings: string[]): Row[] {
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = {};
  for (const [key, col] of Object.entries(cols)) {
    const values = col.t === 'o' ? decodeRows(presentCount(n, col.miss), col.cols, strings) : col.v;
    const str = col.t === 's';
    const miss = col.miss ?? [];
    let run = 0, next = 0;
    for (let i = 0; i < n; i++) {
      while (run < miss.length && i >= miss[run] + miss[run + 1]) run += 2;
      if (run < miss.length && i >= miss[run]) continue;
      let v = values[next++];
      if (str) v = (v as number) < 0 ? null : strings[v as number];
      if (key === '__proto__') set(rows[i], key, v);
      else rows[i][key] = v;
    }
  }
  return rows;
}

const presentCount = (n: number, miss: Runs = []) => n - miss.reduce((s, x, i) => (i % 2 ? s + x : s), 0);

// A field named __proto__ (JSON allows it) must stay a field, not become the object's prototype.
function set(obj: object, key: string, value: unknown) {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else (obj as Row)[key] = value;
}

/**
 * An answer carrying `dataset` (GET /api/dataset) with its data set decoded when it came as
 * columns, and as it is when it came in the domain's shape.
 */
export function decodeDatasetAnswer<T extends { dataset: Dataset }>(answer: T | (Omit<T, 'dataset'> & { dataset: CompactDataset })): T {
  const d = answer.dataset as Dataset | CompactDataset;
  return 'format' in d ? ({ ...answer, dataset: decodeDataset(d) } as T) : (answer as T);
}
