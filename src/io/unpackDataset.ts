// The records of a packed data set (./packDataset) rebuilt, in slices of rows with a pause between
// them, so the page that receives a province's data from the load worker keeps answering clicks
// and shows how far it is. Each field is read by a reader that walks its column in row order, so
// a slice can stop anywhere and the next one go on; rows get their fields in one order, as loaded.
//
// Accepts: a PackedDataset after postMessage (format 'packed-1'); anything else is refused with a
// Chinese message naming what it got.
import type { Dataset } from '../domain/types';
import { PACK_FORMAT, type PackedColumn, type PackedDataset, type PackedTable } from './packDataset';

type Row = Record<string, unknown>;
/**
 * Fills its field for the column's values from .. to (the next ones: each call goes on where the
 * previous stopped) on rows[from - base .. to - base).
 */
type Reader = (rows: Row[], from: number, to: number, base: number) => void;

export interface UnpackOptions {
  /** Rows per slice (default 5,000: ~20–50 ms on a busy 2-core machine at a province's scale). */
  sliceRows?: number;
  /** Awaited between slices (the page: a macrotask, so input and paint get their turn). */
  pause?: () => Promise<void>;
  /** Items made so far: the string table's strings, then the rows of all tables. */
  onProgress?: (done: number, total: number) => void;
}

// A field named __proto__ (JSON allows it) must stay a field, not become the object's prototype.
function setter(key: string): (r: Row, v: unknown) => void {
  if (key === '__proto__') return (r, v) => Object.defineProperty(r, key, { value: v, enumerable: true, writable: true, configurable: true });
  return (r, v) => { r[key] = v; };
}

// Column by column within a slice: each loop stores one field name, which V8 handles much faster
// than a row's fields in turn (the store would see every name).
function reader(key: string, col: PackedColumn, strings: string[]): Reader {
  if (key === '__proto__') return protoReader(col, strings);
  switch (col.k) {
    case 's': {
      const { idx } = col;
      return (rows, from, to, base) => {
        for (let i = from; i < to; i++) {
          const k = idx[i];
          if (k >= 0) rows[i - base][key] = strings[k];
          else if (k === -2) rows[i - base][key] = null;
        }
      };
    }
    case 'n': {
      const { v, has } = col;
      return (rows, from, to, base) => {
        for (let i = from; i < to; i++) {
          const h = has[i];
          if (h === 1) rows[i - base][key] = v[i];
          else if (h === 2) rows[i - base][key] = null;
        }
      };
    }
    case 'o': {
      const { has } = col;
      const inner = readers(col.table, strings);
      // The objects' own fields are a table of the present rows: `next` is its first row not yet read.
      let next = 0;
      return (rows, from, to, base) => {
        let count = 0;
        for (let i = from; i < to; i++) if (has[i] === 1) count++;
        const made = newRows(count);
        fill(inner, made, next, next + count);
        next += count;
        for (let i = from, j = 0; i < to; i++) {
          const h = has[i];
          if (h === 1) rows[i - base][key] = made[j++];
          else if (h === 2) rows[i - base][key] = null;
        }
      };
    }
    case 'j': {
      const { v } = col;
      return (rows, from, to, base) => {
        for (let i = from; i < to; i++) if (v[i] !== undefined) rows[i - base][key] = v[i];
      };
    }
    default:
      throw new Error(`数据包的列「${key}」格式不对（${String((col as { k?: unknown })?.k)}）`);
  }
}

// A field named __proto__ (JSON allows it) must stay a field, not become the object's prototype:
// read into scratch rows, then defined on the real ones.
function protoReader(col: PackedColumn, strings: string[]): Reader {
  const inner = reader('value', col, strings);
  return (rows, from, to, base) => {
    const scratch = newRows(to - from);
    inner(scratch, from, to, from);
    for (let i = from; i < to; i++) {
      const v = scratch[i - from];
      if ('value' in v) Object.defineProperty(rows[i - base], '__proto__', { value: v.value, enumerable: true, writable: true, configurable: true });
    }
  };
}

const newRows = (n: number): Row[] => {
  const rows: Row[] = new Array(n);
  for (let i = 0; i < n; i++) rows[i] = {};
  return rows;
};

/** Rows from .. to of a table onto rows[0 ..) (base = from) or rows[from ..) (base = 0). */
function fill(fields: Reader[], rows: Row[], from: number, to: number, base = from) {
  for (let f = 0; f < fields.length; f++) fields[f](rows, from, to, base);
}

const readers = (t: PackedTable, strings: string[]): Reader[] => t.cols.map(([key, col]) => reader(key, col, strings));

/** The string table, each string once; `pause` awaited after each `slice` strings. */
async function stringTable(p: PackedDataset, slice: number, opts: UnpackOptions, total: number): Promise<string[]> {
  const out = new Array<string>(p.lengths.length);
  let pos = 0;
  for (let from = 0; from < out.length; from += slice) {
    const to = Math.min(out.length, from + slice);
    for (let k = from; k < to; k++) out[k] = p.text.slice(pos, (pos += p.lengths[k]));
    if (to - from === slice) {
      opts.onProgress?.(to, total);
      if (opts.pause) await opts.pause();
    }
  }
  return out;
}

function stringTableSync(p: PackedDataset): string[] {
  const out = new Array<string>(p.lengths.length);
  let pos = 0;
  for (let k = 0; k < out.length; k++) out[k] = p.text.slice(pos, (pos += p.lengths[k]));
  return out;
}

function check(p: PackedDataset) {
  if (!p || p.format !== PACK_FORMAT) throw new Error(`数据包格式「${String(p?.format)}」不是本应用能读的（${PACK_FORMAT}），请刷新页面以载入新版本`);
}

/** The data set, all at once (Node, tests, small data). */
export function unpackDatasetSync(p: PackedDataset): Dataset {
  check(p);
  const strings = stringTableSync(p);
  const out: Row = {};
  for (const [key, value] of p.rest) setter(key)(out, value);
  for (const [key, table] of p.tables) {
    const rows = newRows(table.n);
    fill(readers(table, strings), rows, 0, table.n);
    setter(key)(out, rows);
  }
  return out as unknown as Dataset;
}

/** The data set, `sliceRows` rows at a time with `pause()` awaited between slices. */
export async function unpackDataset(p: PackedDataset, opts: UnpackOptions = {}): Promise<Dataset> {
  check(p);
  const slice = Math.max(1, opts.sliceRows ?? 5_000);
  const total = p.lengths.length + p.tables.reduce((n, [, t]) => n + t.n, 0);
  // Strings are cheaper to make than rows: ten times as many per slice.
  const strings = await stringTable(p, slice * 10, opts, total);
  const out: Row = {};
  for (const [key, value] of p.rest) setter(key)(out, value);
  let done = strings.length, sinceBreak = 0;
  for (const [key, table] of p.tables) {
    const fields = readers(table, strings);
    const rows = newRows(table.n);
    for (let from = 0; from < table.n; from += slice) {
      const to = Math.min(table.n, from + slice);
      fill(fields, rows, from, to, 0);
      if ((sinceBreak += to - from) >= slice) {
        sinceBreak = 0;
        opts.onProgress?.(done + to, total);
        if (opts.pause) await opts.pause();
      }
    }
    done += table.n;
    setter(key)(out, rows);
  }
  opts.onProgress?.(total, total);
  return out as unknown as Dataset;
}
