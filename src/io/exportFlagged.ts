// The flagged list as a CSV file for Excel (预警清单_<asOf>.csv): the rows the user sees, in the order
// and under the filters they chose. UTF-8 with BOM, CRLF, cells protected against formula
// injection (write.toCsv, io/cells): a target `=100%` is written `"'=100%"`.
import type { FlaggedRow } from '../domain/flagged';
import { statusLabel } from '../domain/labels';
import { toCsv } from './write';

export const FLAGGED_CSV_HEADER = [
  '序号', '项目名称', '主管部门', '一级指标', '二级指标', '三级指标', '适用目标', '应达值', '实际值', '实际值日期',
  '状态', '偏差', '偏差原因', '完成可能性', '判断依据',
];

export function flaggedCsv(rows: readonly FlaggedRow[]): string {
  return toCsv([
    FLAGGED_CSV_HEADER,
    ...rows.map((r) => [
      r.rank, r.project, r.department, r.level1, r.level2, r.level3, r.target, r.expected, r.actual, r.actualDate,
      statusLabel[r.status], r.varianceText, r.reason, r.likelihood, r.judgement.explain,
    ]),
  ]);
}

/** `预警清单_2024-06-30.csv`. */
export const flaggedFileName = (asOf: string) => `预警清单_${asOf}.csv`;
