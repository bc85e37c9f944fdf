// The async pre-pass before io/load.loadFiles (which stays synchronous): every .xlsx among the
// files is opened with exceljs (loaded lazily) and replaced by what the loader already reads —
//  - a filled monitoring form's sheets (./readForm) → one canonical JSON file of their records
//    (actuals with 全年预计/偏差原因类别/纠偏措施, spend, the 全年预计执行数 as the form of the
//    round ending that day), named `表.xlsx「项目甲」`; rows it refuses come back as problems naming
//    sheet, row and column;
//  - any other sheet (actuals or spend with the CSV formats' headers) → CSV text whose line numbers
//    are the sheet's rows, named `表.xlsx「Sheet1」`, so the CSV readers' messages name the sheet row.
// The .xlsx itself never reaches loadFiles (io/binaryKind would refuse it); a workbook that cannot
// be opened is refused here by name. Projects the forms are matched against: `base` plus the
// projects in the other files of the same load.
import type { Actual, Dataset, Problem, ProjectForm } from '../../domain/types';
import { emptyDataset } from '../../domain/types';
import { indexDataset } from '../../domain/resolve';
import { loadFiles, type InputFile } from '../load';
import { problem } from '../problems';
import { write as toJsonText } from './jsonText';
import { isWorkbook, loadExcel } from './excel';
import { sheetGrid, type Grid } from './grid';
import { FORM_TITLE, SUMMARY_SHEET, SUMMARY_TITLE } from './formLabels';
import { isFormSheet, readFormSheet } from './readForm';
import { dataRows, gridCsv } from './sheetCsv';
import { expandDocuments, targetTableSheets } from '../tableFiles/expandTables';

export interface Expanded {
  files: InputFile[];
  /** Rows of filled forms refused while reading them, and workbooks that could not be opened. */
  problems: Problem[];
}

export const sheetFileName = (file: string, sheet: string) => `${file}「${sheet}」`;

export async function expandSpreadsheets(given: InputFile[], base: Dataset = emptyDataset()): Promise<Expanded> {
  // Word files holding target tables become their text (io/tableFiles).
  const { files, problems: docProblems } = await expandDocuments(given);
  if (!files.some((f) => isWorkbook(f.name, f.content))) return { files, problems: docProblems };
  const Excel = await loadExcel();
  const problems: Problem[] = [...docProblems];
  const out: InputFile[] = [];
  const forms: { file: string; grids: Grid[] }[] = [];
  for (const f of files) {
    if (!isWorkbook(f.name, f.content)) {
      out.push(f);
      continue;
    }
    const wb = new Excel.Workbook();
    try {
      await wb.xlsx.load(f.content.slice().buffer as ArrayBuffer);
    } catch (e) {
      problems.push(problem('xlsx-unreadable', `无法打开此 Excel 工作簿（${e instanceof Error ? e.message : String(e)}），文件未导入`, { file: f.name }));
      continue;
    }
    // Sheets holding target tables become text for the raw-table importer (io/tableFiles).
    const tables = targetTableSheets(wb);
    for (const t of tables) out.push({ name: sheetFileName(f.name, t.sheet), content: t.text });
    const tableSheets = new Set(tables.map((t) => t.sheet));
    const grids = wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden' && !tableSheets.has(ws.name)).map(sheetGrid);
    const formGrids = grids.filter(isFormSheet);
    if (formGrids.length) forms.push({ file: f.name, grids: formGrids });
    let rows = tables.length;
    for (const g of grids) {
      if (formGrids.includes(g) || isOwnSummary(g) || g.rows.length === 0) continue;
      const n = dataRows(g);
      rows += n;
      if (n) out.push({ name: sheetFileName(f.name, g.name), content: gridCsv(g) });
      else problems.push(problem('xlsx-no-rows', 'Excel 工作表只有表头，没有数据行，未导入', { file: sheetFileName(f.name, g.name) }, 'warning'));
    }
    // A workbook that gives nothing at all is said as an error: the user meant it to load.
    if (!rows && !formGrids.length) {
      problems.push(problem('xlsx-no-data', `是 Excel 工作簿，但没有可读取的数据：能读取的是绩效目标表（应有“项目名称”或“单位(专项)名称”和“一级指标…三级指标”表头）、实际值表、执行数表（表头同 CSV 格式，见 data/README.md）和填好的监控表，文件未导入`, { file: f.name }));
    }
  }
  if (forms.length) {
    const structure = loadFiles(out, base).dataset;
    const ix = indexDataset(structure);
    for (const { file, grids } of forms)
      for (const g of grids) {
        const name = sheetFileName(file, g.name);
        const read = readFormSheet(g, name, ix);
        problems.push(...read.problems);
        if (!read.projectId || (!read.actuals.length && !read.spend.length && read.spendForecast === null)) continue;
        const round = (structure.rounds ?? []).find((r) => r.periodEnd === read.periodEnd);
        const formsOut: ProjectForm[] = [];
        if (round && read.spendForecast !== null) {
          const prev = (structure.forms ?? []).find((x) => x.roundId === round.id && x.projectId === read.projectId);
          formsOut.push({ ...(prev ?? { roundId: round.id, projectId: read.projectId, status: 'draft' }), spendForecast: read.spendForecast });
        }
        out.push({ name, content: toJsonText(echoesDropped(read.actuals, structure.actuals), read.spend, formsOut) });
      }
  }
  return { files: out, problems };
}

const FIELDS = ['value', 'forecast', 'reasonCategory', 'reason', 'likelihood', 'measures', 'note'] as const;

/**
 * The form shows each indicator's latest value in the period (50% of 30 June on a 1–7月 form); read
 * back, every row is dated the period end. A row that only echoes the latest record held before that
 * date is no new record: dropped, so a form returned unchanged adds nothing.
 */
function echoesDropped(read: Actual[], held: Actual[]): Actual[] {
  const latest = new Map<string, Actual>();
  const ends = new Map(read.map((a) => [a.indicatorId, a.date]));
  for (const h of held) {
    const end = ends.get(h.indicatorId);
    if (end === undefined || h.value === '' || h.date > end) continue;
    const kept = latest.get(h.indicatorId);
    if (!kept || h.date >= kept.date) latest.set(h.indicatorId, h);
  }
  return read.filter((a) => {
    const h = latest.get(a.indicatorId);
    return !h || h.date === a.date || FIELDS.some((k) => (a[k] ?? '') !== (h[k] ?? ''));
  });
}

/** The 汇总表 this product writes beside the forms: a summary, not data to load. */
const isOwnSummary = (g: Grid) => g.name === SUMMARY_SHEET || (g.rows[1] ?? []).some((t) => t === SUMMARY_TITLE || t === FORM_TITLE);
