// Column widths of a plain table laid out as ElTable lays out its columns: a column with a width
// keeps it; the columns with a min-width share the room left in proportion to their min-widths
// (never below them: a narrow screen scrolls sideways), the rounding going to the first of them.
export interface Column {
  key: string;
  label: string;
  width?: number;
  minWidth?: number;
  align?: 'left' | 'center' | 'right';
  sortable?: boolean;
}

/** ElTable's default min-width of a column given neither. */
const DEFAULT_MIN = 80;

export function columnWidths(columns: readonly Column[], available: number): number[] {
  const fixed = columns.reduce((n, c) => n + (c.width ?? 0), 0);
  const flexible = columns.filter((c) => c.width === undefined);
  const minTotal = flexible.reduce((n, c) => n + (c.minWidth ?? DEFAULT_MIN), 0);
  const room = available - fixed;
  if (!flexible.length || room <= minTotal) return columns.map((c) => c.width ?? c.minWidth ?? DEFAULT_MIN);
  const scale = room / minTotal;
  const widths = columns.map((c) => c.width ?? Math.floor((c.minWidth ?? DEFAULT_MIN) * scale));
  const first = columns.findIndex((c) => c.width === undefined);
  widths[first] += available - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A header click's next order: ascending → descending → none (ElTable's cycle). */
export function nextOrder(current: 'ascending' | 'descending' | null): 'ascending' | 'descending' | null {
  return current === null ? 'ascending' : current === 'ascending' ? 'descending' : null;
}
