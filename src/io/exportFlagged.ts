// The flagged list as a CSV file for Excel (预警清单_<asOf>.csv): the rows the user sees, in the order
// and under the filters they chose. UTF-8 with BOM, CRLF, cells protected against formula
// injection (write.toCsv, io/cells): a target `=100%` is written `"'=100%"`.
// The variance goes out twice: as numbers a finance officer can sort and sum (偏差 in the target's
// unit, 偏差率 in %), and as the sentence the app shows (偏差说明, e.g. `-0.9个百分点（-0.9%）`).
import type { FlaggedRow } from '../domain/flagged';
import { statusLabel } from '../domain/labels';
import { toCsv } from './write';

export const FLAGGED_CSV_HEADER = [
  '序号', '项目名称', '主管部门', '实施单位', '一级指标', '二级指标', '三级指标', '适用目标', '应达值', '实际值', '实际值日期',
  '状态', '偏差', '偏差单位', '偏差率（%）', '偏差说明', '偏差原因', '完成可能性', '判断依据',
];

/** Two decimals, as the app shows them; -0 as 0. Numbers written as numbers are never formulas (io/cells). */
const round2 = (x: number) => Math.round(x * 100) / 100 || 0;

/** The unit of the 偏差 column: a difference of percentages is in points. */
const varianceUnit = (unit: string) => (unit === '%' ? '个百分点' : unit);

export function flaggedCsv(rows: readonly FlaggedRow[]): string {
  return toCsv([
    FLAGGED_CSV_HEADER,
    ...rows.map((r) => {
      const { absolute, relative } = r.judgement.variance;
      return [
        r.rank, r.project, r.department, r.unit, r.level1, r.level2, r.level3, r.target, r.expected, r.actual, r.actualDate,
        statusLabel[r.status],
        absolute === null ? null : round2(absolute),
        absolute === null ? '' : varianceUnit(r.judgement.unit),
        relative === null ? null : round2(relative * 100),
        r.varianceText, r.reason, r.likelihood, r.judgement.explain,
      ];
    }),
  ]);
}

/** `预警清单_2024-06-30.csv`. */
export const flaggedFileName = (asOf: string) => `预警清单_${asOf}.csv`;
