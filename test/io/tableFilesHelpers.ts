// Builds the same target table as .xlsx (exceljs) and .docx (a minimal word/document.xml zipped with
// jszip, the library the reader uses) from its text: one sheet row / one Word row per text line, the
// title lines as merged cells (xlsx) or paragraphs (docx), and the 一级 column's blank cells under a
// filled one merged into it, as real forms have them.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const lines = (text: string) => text.replace(/\n$/, '').split('\n').map((l) => l.split('\t'));

/** Columns merged down over the blank cells under a filled one: the 一级, and in a department's list
 *  the project's name, 资金总额 and 绩效目标 cells spanning its indicator rows. */
const MERGED = new Set(['一级指标', '单位(专项)名称', '资金总额', '实施期绩效目标', '年度绩效目标']);

/** Runs of rows (0-based) of each merged column whose blank cells continue the cell above. */
function level1Runs(rows: string[][]): { col: number; from: number; to: number }[] {
  const head = rows.findIndex((r) => r.includes('一级指标'));
  if (head < 0) return [];
  const runs: { col: number; from: number; to: number }[] = [];
  rows[head].forEach((title, col) => {
    if (!MERGED.has(title)) return;
    for (let r = head + 1; r < rows.length; r++) {
      if (!rows[r][col]) continue;
      let to = r;
      while (to + 1 < rows.length && !rows[to + 1][col] && rows[to + 1].some(Boolean) && !rows[to + 1][0]) to++;
      if (to > r) runs.push({ col, from: r, to });
    }
  });
  return runs;
}

export async function tableXlsx(text: string, sheet = '绩效目标表', extra?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const rows = lines(text);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  const width = Math.max(...rows.map((r) => r.length));
  rows.forEach((cells, r) => cells.forEach((t, c) => { if (t) ws.getCell(r + 1, c + 1).value = t; }));
  rows.forEach((cells, r) => { if (cells.length === 1 && cells[0]) ws.mergeCells(r + 1, 1, r + 1, width); });
  for (const run of level1Runs(rows)) ws.mergeCells(run.from + 1, run.col + 1, run.to + 1, run.col + 1);
  extra?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;

export async function tableDocx(text: string): Promise<Uint8Array> {
  const rows = lines(text);
  const first = rows.findIndex((r) => r.length > 1);
  const width = Math.max(...rows.map((r) => r.length));
  const merged = new Map<string, 'restart' | 'continue'>();
  for (const run of level1Runs(rows)) for (let r = run.from; r <= run.to; r++) merged.set(`${r},${run.col}`, r === run.from ? 'restart' : 'continue');
  const body: string[] = rows.slice(0, first).map((r) => para(r[0]));
  body.push('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>');
  rows.slice(first).forEach((cells, k) => {
    const r = first + k;
    const tcs = cells.length === 1 && cells[0]
      ? [`<w:tc><w:tcPr><w:gridSpan w:val="${width}"/></w:tcPr>${para(cells[0])}</w:tc>`]
      : Array.from({ length: width }, (_, c) => {
        const m = merged.get(`${r},${c}`);
        const pr = m ? `<w:tcPr>${m === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>'}</w:tcPr>` : '';
        return `<w:tc>${pr}${m === 'continue' ? '<w:p/>' : para(cells[c] ?? '')}</w:tc>`;
      });
    body.push(`<w:tr>${tcs.join('')}</w:tr>`);
  });
  body.push('</w:tbl>');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array' });
}
