// A Word (.docx) file → the text of its body for the raw-table importer: paragraphs as lines, each
// table row as a line of tab-separated cells, in document order. Read with jszip (the zip library
// exceljs already depends on; loaded on first use) and word/document.xml read by pattern: only
// paragraphs, tables, rows and cells are needed. Merged cells: a cell spanning n grid columns
// (w:gridSpan) is followed by n−1 blank cells, so columns keep their places; a cell continuing a
// vertical merge (w:vMerge without restart) is blank — to the importer, "as above", which is what a
// 一级 merged over its rows says. Nested tables are read as text of their cell. Never throws for bad
// XML: what cannot be read is left out, and a file that is not a Word document gives null.
import { gridText } from './gridText';

type Zip = { loadAsync(data: Uint8Array): Promise<{ file(name: string): { async(type: 'string'): Promise<string> } | null }> };

let loading: Promise<Zip> | null = null;
const loadZip = () => (loading ??= import('jszip').then((m) => ((m as unknown as { default?: Zip }).default ?? (m as unknown as Zip))));

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });

/** The visible text of a run of WordprocessingML: w:t texts, tabs and breaks as spaces. */
function runsText(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:(tab|br|cr)\b[^>]*\/>|<\/w:p>/g)) {
    if (m[1] !== undefined) out += decode(m[1]);
    else out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

function tableRows(tbl: string): string[][] {
  const rows: string[][] = [];
  for (const tr of tbl.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? []) {
    const row: string[] = [];
    for (const tc of tr.match(/<w:tc\b[\s\S]*?<\/w:tc>/g) ?? []) {
      const span = Number(/<w:gridSpan\s+w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
      const vmerge = /<w:vMerge\b([^>]*)\/?>/.exec(tc);
      const continues = vmerge !== null && !/w:val="restart"/.test(vmerge[1]);
      row.push(continues ? '' : runsText(tc));
      for (let k = 1; k < Math.min(span, 64); k++) row.push('');
    }
    rows.push(row);
  }
  return rows;
}

/** The body of document.xml as rows: a paragraph is a one-cell row, a table row its cells. */
export function documentRows(xml: string): string[][] {
  const body = /<w:body\b[^>]*>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  const rows: string[][] = [];
  for (const m of body.matchAll(/<w:tbl\b[\s\S]*?<\/w:tbl>|<w:p\b[\s\S]*?<\/w:p>|<w:p\b[^>]*\/>/g)) {
    if (m[0].startsWith('<w:tbl')) rows.push(...tableRows(m[0]));
    else {
      const text = runsText(m[0]);
      if (text) rows.push([text]);
    }
  }
  return rows;
}

/** A .docx by its bytes: a zip whose first entries name `word/`. */
export function isWordDocument(name: string, content: Uint8Array | string): content is Uint8Array {
  if (typeof content === 'string' || content.length < 4) return false;
  if (content[0] !== 0x50 || content[1] !== 0x4b || content[2] !== 0x03 || content[3] !== 0x04) return false;
  const head = new TextDecoder('latin1').decode(content.subarray(0, 64 * 1024));
  return /word\//.test(head) || /\.docx$/i.test(name);
}

/** The document's text for the importer, or null when it is not a readable Word document. */
export async function docxText(content: Uint8Array): Promise<string | null> {
  try {
    const JSZip = await loadZip();
    const zip = await JSZip.loadAsync(content);
    const xml = await zip.file('word/document.xml')?.async('string');
    return xml === undefined ? null : gridText(documentRows(xml));
  } catch {
    return null;
  }
}
