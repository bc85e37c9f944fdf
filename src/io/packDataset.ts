// The data set packed for a worker's postMessage: a province's 1,200,000 records as a few typed
// arrays (transferred, not copied) and one string per text column, instead of a structured clone
// of every object. The page then rebuilds the records in slices (`unpackDataset` with a `pause`
// between slices), so it stays responsive while 300,000 indicators arrive.
//
// Accepts (pack): a Dataset — or any object whose array-of-plain-object values are its tables —
// holding what structured clone carries: strings, numbers (NaN, ±Infinity and -0 kept), null,
// booleans, plain objects, arrays. A field holding undefined counts as absent, as in JSON.
// Accepts (unpack): what pack returned, after postMessage; anything else is refused with a Chinese message.
//
// A column per field of a table, a value per row:
//   s  strings: `idx[i]` into the string table shared by all columns (-1 absent, -2 null), so an
//      id, 主管部门, date or file name repeated 300,000 times is one string, sent once and rebuilt
//      once (rebuilding a string per cell costs the page twice the time, in garbage collection);
//   n  numbers: `v[i]`, `has[i]` 0 absent, 1 a number, 2 null;
//   o  plain objects (source refs, funds): `has[i]` 0 absent, 1 present, 2 null; their fields a table of the present rows;
//   j  anything else (arrays such as expenses, booleans, mixed types): the values as they are (structured clone).
// Top-level values that are not tables travel unchanged in `rest`.
import type { Dataset } from '../domain/types';

export const PACK_FORMAT = 'packed-1';

export type PackedColumn =
  | { k: 's'; idx: Int32Array }
  | { k: 'n'; v: Float64Array; has: Uint8Array }
  | { k: 'o'; has: Uint8Array; table: PackedTable }
  | { k: 'j'; v: unknown[] };

export interface PackedTable { n: number; cols: [string, PackedColumn][] }

export interface PackedDataset {
  format: typeof PACK_FORMAT;
  /** The string table: string k is `lengths[k]` characters of `text`, after those before it. */
  text: string;
  lengths: Int32Array;
  tables: [string, PackedTable][];
  rest: [string, unknown][];
}

type Row = Record<string, unknown>;

const isPlain = (x: unknown): x is Row => {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
};

/** The packed data set and the buffers to list as postMessage's transfer (the typed arrays' own). */
export function packDataset(d: Dataset): { packed: PackedDataset; transfer: ArrayBuffer[] } {
  const transfer: ArrayBuffer[] = [];
  const strings = new Interner();
  const tables: [string, PackedTable][] = [];
  const rest: [string, unknown][] = [];
  for (const [key, value] of Object.entries(d as unknown as Row)) {
    if (value === undefined) continue;
    if (Array.isArray(value) && value.every(isPlain)) tables.push([key, packRows(value, strings, transfer)]);
    else rest.push([key, value]);
  }
  const lengths = Int32Array.from(strings.list, (x) => x.length);
  transfer.push(lengths.buffer);
  return { packed: { format: PACK_FORMAT, text: strings.list.join(''), lengths, tables, rest }, transfer };
}

// A field named like something every object inherits (__proto__, valueOf …) is read as the row's own only.
const fieldOf = (r: Row, key: string, own: boolean) => (own && !Object.hasOwn(r, key) ? undefined : r[key]);

// Plain loops: this runs over every cell of 1,200,000 rows.
function packRows(rows: Row[], strings: Interner, transfer: ArrayBuffer[]): PackedTable {
  const keys = new Set<string>();
  for (let i = 0; i < rows.length; i++) for (const k in rows[i]) if (rows[i][k] !== undefined) keys.add(k);
  const cols: [string, PackedColumn][] = [];
  for (const key of keys) {
    const own = key in Object.prototype;
    let texts = 0, numbers = 0, objects = 0, other = 0;
    for (let i = 0; i < rows.length; i++) {
      const v = fieldOf(rows[i], key, own);
      if (v === undefined || v === null) continue;
      if (typeof v === 'string') texts++;
      else if (typeof v === 'number') numbers++;
      else if (isPlain(v)) objects++;
      else other++;
    }
    const kinds = (texts ? 1 : 0) + (numbers ? 1 : 0) + (objects ? 1 : 0) + (other ? 1 : 0);
    const col = kinds > 1 || other ? packAny(rows, key, own)
      : numbers ? packNumbers(rows, key, own, transfer)
      : objects ? packObjects(rows, key, own, strings, transfer)
      : packStrings(rows, key, own, strings, transfer);
    cols.push([key, col]);
  }
  return { n: rows.length, cols };
}

class Interner {
  readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  id(s: string): number {
    let k = this.ids.get(s);
    if (k === undefined) {
      k = this.list.length;
      this.list.push(s);
      this.ids.set(s, k);
    }
    return k;
  }
}

function packStrings(rows: Row[], key: string, own: boolean, strings: Interner, transfer: ArrayBuffer[]): PackedColumn {
  const idx = new Int32Array(rows.length);
  // Runs of one value (a project's 主管部门 down its rows) skip the Map.
  let prev: string | undefined, prevId = -1;
  for (let i = 0; i < rows.length; i++) {
    const v = fieldOf(rows[i], key, own) as string | null | undefined;
    if (v === undefined) idx[i] = -1;
    else if (v === null) idx[i] = -2;
    else if (v === prev) idx[i] = prevId;
    else idx[i] = prevId = strings.id((prev = v));
  }
  transfer.push(idx.buffer);
  return { k: 's', idx };
}

function packNumbers(rows: Row[], key: string, own: boolean, transfer: ArrayBuffer[]): PackedColumn {
  const v = new Float64Array(rows.length);
  const has = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const x = fieldOf(rows[i], key, own) as number | null | undefined;
    if (x === null) has[i] = 2;
    else if (x !== undefined) {
      has[i] = 1;
      v[i] = x;
    }
  }
  transfer.push(v.buffer, has.buffer);
  return { k: 'n', v, has };
}

function packObjects(rows: Row[], key: string, own: boolean, strings: Interner, transfer: ArrayBuffer[]): PackedColumn {
  const has = new Uint8Array(rows.length);
  const present: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const x = fieldOf(rows[i], key, own) as Row | null | undefined;
    if (x === null) has[i] = 2;
    else if (x !== undefined) {
      has[i] = 1;
      present.push(x);
    }
  }
  transfer.push(has.buffer);
  return { k: 'o', has, table: packRows(present, strings, transfer) };
}

function packAny(rows: Row[], key: string, own: boolean): PackedColumn {
  const v = new Array<unknown>(rows.length);
  for (let i = 0; i < rows.length; i++) v[i] = fieldOf(rows[i], key, own);
  return { k: 'j', v };
}
