import { describe, expect, it } from 'vitest';
import { columnWidths, nextOrder, type Column } from '../../src/app/components/flagged/tableLayout';

// The flagged list's columns (FlaggedTable): widths as ElTable gave them.
const cols: Column[] = [
  { key: 'rank', label: '', width: 56 },
  { key: 'project', label: '', minWidth: 124 },
  { key: 'path', label: '', minWidth: 176 },
  { key: 'target', label: '', minWidth: 110 },
  { key: 'expected', label: '', width: 88 },
  { key: 'actual', label: '', width: 92 },
  { key: 'gap', label: '', width: 132 },
  { key: 'status', label: '', width: 96 },
  { key: 'reason', label: '', minWidth: 150 },
  { key: 'likelihood', label: '', width: 120 },
];

describe('flagged table column widths', () => {
  it('shares the room beyond the fixed columns among the min-width ones in proportion, filling the width exactly', () => {
    // 1,200 px: fixed 584, min-widths 560 → ×1.1 each, rounded down (136, 193, 121, 165); the 1 px left goes to the first (项目).
    const w = columnWidths(cols, 1200);
    expect(w).toEqual([56, 137, 193, 121, 88, 92, 132, 96, 165, 120]);
    expect(w.reduce((a, b) => a + b, 0)).toBe(1200);
  });

  it('keeps the min-widths on a narrow screen (the table scrolls sideways)', () => {
    expect(columnWidths(cols, 700)).toEqual([56, 124, 176, 110, 88, 92, 132, 96, 150, 120]);
    expect(columnWidths(cols, 0).reduce((a, b) => a + b, 0)).toBe(1144);
  });

  it('cycles a header click through ascending, descending and none', () => {
    expect([nextOrder(null), nextOrder('ascending'), nextOrder('descending')]).toEqual(['ascending', 'descending', null]);
  });
});
