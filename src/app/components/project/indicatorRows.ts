// Rows of the project's indicator table, grouped by 一级 then 二级 indicator (first appearance
// order, so the table follows the filed form) with the row spans that merge the group cells.
import { markRaw } from 'vue';
import type { Indicator } from '../../../domain/types';
import type { Judgement, Status } from '../../../domain/judge/types';
import type { Pace } from '../../../domain/pace';
import { formatExpectedCell, formatVariance } from '../../lib/format';
import { actualCellText, previousText } from '../../../domain/rows';
import { uiLanguage } from '../../lib/format';

export interface IndicatorTableRow {
  id: string;
  level1: string;
  level2: string;
  level3: string;
  targetH1: string;
  targetFY: string;
  /** Expected value at the as-of date; the target word for a qualitative indicator. */
  expected: string;
  /** As shown: with its date and 过期 when stale (`85%（6月30日，过期）`). */
  actual: string;
  actualDate: string;
  stale: boolean;
  /** In a round, the previous round's value of an indicator not yet filled (`上期：85%（6月30日）`); '' otherwise. */
  previous: string;
  derived: boolean;
  status: Status;
  judgement: Judgement;
  variance: string;
  reason: string;
  likelihood: string;
  pace: Pace | null;
  /** Row spans of the 一级 / 二级 cells: n on a group's first row, 0 on the others. */
  span1: number;
  span2: number;
}

export function indicatorTableRows(
  judgements: Judgement[], indicators: Map<string, Indicator>, paces: Map<string, Pace | null>, locale = 'zh-CN',
): IndicatorTableRow[] {
  // Group by 一级, then 二级, keeping the order in which each first appears.
  const groups = new Map<string, Map<string, Judgement[]>>();
  for (const j of judgements) {
    const ind = indicators.get(j.indicatorId);
    if (!ind) continue;
    let g1 = groups.get(ind.level1);
    if (!g1) groups.set(ind.level1, (g1 = new Map()));
    const list = g1.get(ind.level2);
    if (list) list.push(j);
    else g1.set(ind.level2, [j]);
  }
  const rows: IndicatorTableRow[] = [];
  for (const g1 of groups.values()) {
    const size1 = [...g1.values()].reduce((n, l) => n + l.length, 0);
    let first1 = true;
    for (const list of g1.values()) {
      list.forEach((j, k) => {
        const ind = indicators.get(j.indicatorId)!;
        // Raw: el-table keeps its data reactive, and a judgement's lazy `explain` must be read on the object itself.
        rows.push(markRaw({
          id: ind.id, level1: ind.level1, level2: ind.level2, level3: ind.level3, targetH1: ind.targetH1, targetFY: ind.targetFY,
          expected: formatExpectedCell(j),
          actual: actualCellText(j, uiLanguage(locale)), actualDate: j.actualDate ?? '', stale: !!j.stale,
          previous: previousText(j, uiLanguage(locale)), derived: !!j.derivedFromSpend,
          status: j.status, judgement: j, variance: formatVariance(j, locale), reason: j.reason ?? '', likelihood: j.likelihood ?? '',
          pace: paces.get(j.indicatorId) ?? null,
          span1: first1 ? size1 : 0, span2: k === 0 ? list.length : 0,
        }));
        first1 = false;
      });
    }
  }
  return rows;
}
