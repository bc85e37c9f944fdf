// The dataset as the three CSV formats the app loads (io/csv/rows), for 数据 → 导出 … CSV: what a
// user edits in Excel and loads back. UTF-8 with BOM and formula-protected cells (io/write.toCsv).
import type { Dataset, IsoDate } from '../../domain/types';
import { actualsCsvRows, projectsCsvRows, spendCsvRows } from '../../io/csv/rows';
import { toCsv } from '../../io/write';

export type DatasetCsvKind = 'projects' | 'actuals' | 'spend';
export const DATASET_CSV_KINDS: readonly DatasetCsvKind[] = ['projects', 'actuals', 'spend'];

const rowsOf = { projects: projectsCsvRows, actuals: actualsCsvRows, spend: spendCsvRows };
const fileStem: Record<DatasetCsvKind, string> = { projects: '项目与指标', actuals: '实际值', spend: '执行数' };

/** `项目与指标_2024-10-08.csv` with its text and the number of data rows (header not counted). */
export function datasetCsv(kind: DatasetCsvKind, data: Dataset, date: IsoDate): { name: string; text: string; rows: number } {
  const rows = rowsOf[kind](data);
  return { name: `${fileStem[kind]}_${date}.csv`, text: toCsv(rows), rows: rows.length - 1 };
}
