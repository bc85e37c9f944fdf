// A streamed row reads its cells through getters made per header (io/csv/rowValues); the rows it
// replaces were plain objects: each field of the header, in column order, the cell unprotected,
// and `written` with the cells reading changed. Both readings agree on any header and cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainRow, rowMaker, writtenCell } from '../../src/io/csv/rowValues';
import { unprotect } from '../../src/io/csv/unprotect';

/** The former TableReader's row. */
function reference(columns: (string | null)[], line: number, cells: string[]) {
  const values: Record<string, string> = Object.fromEntries(columns.filter((f) => f !== null).map((f) => [f, '']));
  const row: { line: number; values: Record<string, string>; written?: Record<string, string> } = { line, values };
  columns.forEach((field, i) => {
    if (!field) return;
    const cell = cells[i] ?? '';
    const value = (values[field] = unprotect(cell));
    if (value !== cell && value !== '') (row.written ??= {})[field] = cell;
  });
  return row;
}

// Canonical fields (io/csv/header) and a 收入 source column: never a name Object.prototype has.
const FIELDS = ['project', 'projectId', 'level3', 'date', 'value', 'reason', 'source:一般公共预算资金', 'source:其他资金'];
const cell = fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(' a ', "'=1", "'", '\u3000项目', '', '  '));

describe('rows read through getters', () => {
  it('read as the plain rows did: every field, in column order, the same written cells (fast-check)', () => {
    const columns = fc.uniqueArray(fc.constantFrom(...FIELDS), { maxLength: 6 }).chain((fields) =>
      fc.shuffledSubarray([...fields, null, null], { minLength: fields.length }).map((cols) => cols));
    fc.assert(fc.property(columns, fc.array(cell, { maxLength: 10 }), fc.nat(1000), (cols, cells, line) => {
      const row = rowMaker(cols)(line, cells);
      const ref = reference(cols, line, cells);
      expect(plainRow(row)).toEqual(ref);
      expect(Object.keys(plainRow(row).values)).toEqual(Object.keys(ref.values));
      for (const f of FIELDS) {
        expect(row.values[f]).toBe(ref.values[f]);
        expect(writtenCell(row, f)).toBe(ref.written?.[f]);
      }
    }), { numRuns: 500 });
  });

  it('a field the header lacks reads undefined, and a plain row answers writtenCell from its written', () => {
    const row = rowMaker(['project', null, 'value'])(2, [" 项目甲 ", 'x', "'=1+1"]);
    expect([row.values.project, row.values.value, row.values.level3]).toEqual(['项目甲', '=1+1', undefined]);
    expect([writtenCell(row, 'project'), writtenCell(row, 'value'), writtenCell(row, 'level3')]).toEqual([' 项目甲 ', "'=1+1", undefined]);
    expect(writtenCell({ line: 2, values: { project: '甲' }, written: { project: ' 甲' } }, 'project')).toBe(' 甲');
  });
});
