// Target tables in Excel and Word files, before io/load.loadFiles (which stays synchronous):
//  - a .docx → the text of its paragraphs and tables (./docx), named as the file, when it holds a
//    target table; otherwise it is refused by name (no table, or not readable);
//  - a worksheet holding a target table → its text (./sheetTable), named `表.xlsx「Sheet1」`, line n =
//    sheet row n (called by io/xlsx/expand for every visible sheet, so a workbook may hold several
//    tables on several sheets, beside sheets of actuals or spend).
// The raw-table importer then reads them as it reads extracted text: same projects from text, .xlsx
// and .docx.
import type { Problem } from '../../domain/types';
import type { InputFile } from '../types';
import type { Workbook } from '../xlsx/excel';
import { looksLikeRawTable } from '../rawTable';
import { problem } from '../problems';
import { docxText, isWordDocument } from './docx';
import { sheetText } from './sheetTable';

export async function expandDocuments(files: InputFile[]): Promise<{ files: InputFile[]; problems: Problem[] }> {
  if (!files.some((f) => isWordDocument(f.name, f.content))) return { files, problems: [] };
  const out: InputFile[] = [];
  const problems: Problem[] = [];
  for (const f of files) {
    if (!isWordDocument(f.name, f.content)) {
      out.push(f);
      continue;
    }
    const text = await docxText(f.content);
    if (text === null) problems.push(problem('docx-unreadable', '无法打开此 Word 文档（文件损坏或不是 .docx），文件未导入', { file: f.name }));
    else if (!looksLikeRawTable(text)) problems.push(problem('docx-no-table', '是 Word 文档，但其中没有绩效目标表（应有“项目名称”和“一级指标…三级指标”表头）；文件未导入', { file: f.name }));
    else out.push({ name: f.name, content: text });
  }
  return { files: out, problems };
}

/** Visible sheets holding a target table, as the importer's text. */
export function targetTableSheets(wb: Workbook): { sheet: string; text: string }[] {
  const out: { sheet: string; text: string }[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state === 'hidden' || ws.state === 'veryHidden') continue;
    const text = sheetText(ws);
    if (looksLikeRawTable(text)) out.push({ sheet: ws.name, text });
  }
  return out;
}
