// The app's 下载监控表 / 下载空白模板 and the .xlsx half of an import: exceljs and the form writer and
// reader are loaded on demand (a chunk of their own), never with the first screen.
import type { Report } from '../../domain/report.types';
import type { Dataset, Round } from '../../domain/types';
import type { InputFile } from '../../io/load';
import type { Expanded } from '../../io/xlsx/expand';
import { downloadBlob } from './download';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Builds and downloads the 监控表 of `round` (or as of report.asOf when round is null); with
 * template, the blank form for units. `report` is buildReport for the round's period end (with
 * its periodStart) or for the as-of date. Returns the file name; rejects with the reason.
 */
export async function downloadMonitoringForm(data: Dataset, report: Report, round: Round | null, template = false): Promise<string> {
  const { buildMonitoringForm, monitoringFormFileName } = await import('../../io/xlsx/monitoringForm');
  const bytes = await buildMonitoringForm(data, report, round, { template });
  const name = monitoringFormFileName(round?.name ?? `截至${report.asOf}`, template);
  downloadBlob(name, bytes as BlobPart, XLSX_MIME);
  return name;
}

/**
 * Before loadFiles: turns every .xlsx among the files into the CSV/JSON files the loader reads
 * (io/xlsx/expand), filled forms matched against `current`. Without a workbook nothing is loaded.
 * Show `problems` with the load's own (they come first: rows of a form refused while reading it).
 */
export async function expandWorkbooks(files: InputFile[], current: Dataset): Promise<Expanded> {
  if (!files.some((f) => /\.xls[xm]$/i.test(f.name))) return { files, problems: [] };
  const { expandSpreadsheets } = await import('../../io/xlsx/expand');
  return expandSpreadsheets(files, current);
}
