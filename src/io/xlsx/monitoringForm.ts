// The filled 项目支出绩效目标执行监控表 as .xlsx (domain.md §5): a 汇总表 first, then one sheet per
// project in the round's scope (or every project, for an as-of date), laid out as the official
// form; or a blank template of the round (targets and budgets filled, values empty) for units.
// Every text cell is stored as text: `=30%` is never a formula and shows without an apostrophe.
import type { Report } from '../../domain/report.types';
import type { Dataset, Round } from '../../domain/types';
import { scopeText } from '../../domain/round';
import { loadExcel } from './excel';
import { SUMMARY_SHEET } from './formLabels';
import { formModel, type FormOptions } from './formModel';
import { writeProjectSheet } from './formSheet';
import { uniqueSheetNames } from './sheetNames';
import { writeSummarySheet } from './summarySheet';

export type { FormOptions } from './formModel';

export async function buildMonitoringForm(data: Dataset, report: Report, round: Round | null, opts: FormOptions = {}): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const model = formModel(data, report, round, opts);
  const wb = new Excel.Workbook();
  wb.creator = 'indicator-monitor';
  wb.title = `${model.title}${model.template ? '（空白模板）' : ''}`;
  wb.created = new Date(0);
  writeSummarySheet(wb.addWorksheet(SUMMARY_SHEET), model, round ? scopeText(round.scope) : '全部项目');
  const names = uniqueSheetNames(model.projects.map((p) => p.project.name), [SUMMARY_SHEET]);
  model.projects.forEach((p, i) => writeProjectSheet(wb.addWorksheet(names[i]), model, p));
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** `2024年1–7月监控·监控表.xlsx`, `…·空白模板.xlsx`. */
export const monitoringFormFileName = (title: string, template = false) => `${title.replace(/[\\/:*?"<>|]/g, '_')}·${template ? '空白模板' : '监控表'}.xlsx`;
