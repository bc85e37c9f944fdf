// A data row's cells read by canonical field, made per header once: a class whose prototype has a
// getter per column, so that a row costs two small objects (the row and its values) holding its
// cells. Copying a blank object of every field and storing each cell by name cost ~40 % of reading
// a province's files (16 million cells stored through a keyed look-up), for fields most rows read
// once or never.
// Accepts the header's columns (canonical field or null for a column not read) and each row's
// cells; a cell reads as ./unprotect gives it, a field not in the header reads undefined.
import { unprotect } from './unprotect';

/**
 * A data row. Streamed rows (rowMaker) read their fields through getters: read a field by name
 * (or make the row plain with plainRow); their values have no keys of their own to list, and their
 * `written` answers undefined for a cell reading left as it was.
 */
export interface CsvRow {
  line: number;
  /** Canonical field → cell text (trimmed, or unprotected); a column absent from the file is absent here. */
  values: Record<string, string>;
  /** Field → the cell as written, for the cells reading changed (trimmed or unprotected): a merge of spellings can say so. */
  written?: Record<string, string>;
}

const CELLS = Symbol('cells');
type Cells = { [CELLS]: string[] };

/** The cell as written when reading changed it (trimmed or unprotected) to something, else undefined. */
function asWritten(cell: string): string | undefined {
  const value = unprotect(cell);
  return value !== cell && value !== '' ? cell : undefined;
}

/** The header's row maker: (line, cells) → the row. */
export function rowMaker(columns: (string | null)[]): (line: number, cells: string[]) => CsvRow {
  const fields = columns.flatMap((f, i) => (f ? [[f, i] as const] : []));
  // values.field: the cell as read. written.field: the cell as written when reading changed it, else undefined.
  class Values {
    [CELLS]: string[];
    constructor(cells: string[]) {
      this[CELLS] = cells;
    }
  }
  class Written extends Values {}
  for (const [field, i] of fields) {
    Object.defineProperty(Values.prototype, field, { enumerable: true, get(this: Cells) { return unprotect(this[CELLS][i] ?? ''); } });
    Object.defineProperty(Written.prototype, field, {
      enumerable: true,
      get(this: Cells) {
        return asWritten(this[CELLS][i] ?? '');
      },
    });
  }
  type Ctor = new (cells: string[]) => Record<string, string>;
  const [V, W] = [Values as unknown as Ctor, Written as unknown as Ctor];

  const columnOf: Record<string, number> = Object.fromEntries(fields);

  // Class fields, not assignments to `declare`d ones: a projects file read 1.6 s against 2.4 s so.
  class Row extends LazyRow {
    readonly values: Record<string, string>;
    constructor(readonly line: number, private readonly cells: string[]) {
      super();
      this.values = new V(cells);
    }
    /** Made when asked: readers ask writtenCell instead (no object per row). */
    get written(): Record<string, string> {
      return new W(this.cells);
    }
    cellsOf(): string[] {
      return this.cells;
    }
    columnOf(field: string): number | undefined {
      return columnOf[field];
    }
    writtenCell(field: string): string | undefined {
      const i = columnOf[field];
      return i === undefined ? undefined : asWritten(this.cells[i] ?? '');
    }
  }
  return (line, cells) => new Row(line, cells);
}

abstract class LazyRow implements CsvRow {
  abstract line: number;
  abstract values: Record<string, string>;
  abstract writtenCell(field: string): string | undefined;
  abstract cellsOf(): string[];
  abstract columnOf(field: string): number | undefined;
}

/**
 * A test of whether two rows hold the same cells as written in these fields (so they read alike:
 * values and written cells). Streamed rows of one header compare their cells (the columns looked
 * up once per header); other rows their readings.
 */
export function sameCellsIn(fields: readonly string[]): (a: CsvRow, b: CsvRow) => boolean {
  let header: object | null = null;
  let columns: number[] = [];
  return (a, b) => {
    if (a instanceof LazyRow && b instanceof LazyRow && Object.getPrototypeOf(a) === Object.getPrototypeOf(b)) {
      if (Object.getPrototypeOf(a) !== header) {
        header = Object.getPrototypeOf(a);
        columns = fields.flatMap((f) => a.columnOf(f) ?? []);
      }
      const [x, y] = [a.cellsOf(), b.cellsOf()];
      for (const i of columns) if (x[i] !== y[i]) return false;
      return true;
    }
    return fields.every((f) => a.values[f] === b.values[f] && writtenCell(a, f) === writtenCell(b, f));
  };
}

/** row.written?.[field], for a streamed row without making its `written`. */
export function writtenCell(row: CsvRow, field: string): string | undefined {
  return row instanceof LazyRow ? row.writtenCell(field) : row.written?.[field];
}

/** A row as plain data (readCsv's whole tables): its fields in column order, `written` only with the cells reading changed. */
export function plainRow(row: CsvRow): CsvRow {
  const values: Record<string, string> = {};
  let written: Record<string, string> | undefined;
  // for…in: the fields are the getters of the row's class, in column order (the cells are behind a symbol).
  for (const field in row.values) {
    values[field] = row.values[field];
    const w = row.written?.[field];
    if (w !== undefined) (written ??= {})[field] = w;
  }
  return written ? { line: row.line, values, written } : { line: row.line, values };
}
