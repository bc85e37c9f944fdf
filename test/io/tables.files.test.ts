// The same target tables as .xlsx and .docx (built from the text fixtures, ./tableFilesHelpers) give
// the same projects, indicators (with their rows) and actuals as the text; a workbook with a table on
// each of two sheets gives two projects; a Word file without a table is refused by name; the readers
// never throw (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandSpreadsheets } from '../../src/io/xlsx/expand';
import { loadFiles } from '../../src/io/load';
import { documentRows } from '../../src/io/tableFiles/docx';
import { EXPECTED, TABLES, facts, rows, tableText } from './tables.variants.test';
import { tableDocx, tableXlsx } from './tableFilesHelpers';

async function load(name: string, content: Uint8Array) {
  const { files, problems } = await expandSpreadsheets([{ name, content }]);
  const r = loadFiles(files);
  return { ...r, problems: [...problems, ...r.problems], names: files.map((f) => f.name) };
}

describe.each(TABLES)('%s as .xlsx and .docx', (name) => {
  const want = EXPECTED[name];
  for (const format of ['xlsx', 'docx'] as const) {
    it(`${format}: the same projects, rows and actuals as the text`, async () => {
      const text = tableText(name);
      const bytes = format === 'xlsx' ? await tableXlsx(text) : await tableDocx(text);
      const r = await load(`${name}.${format}`, bytes);
      expect(r.names).toEqual([format === 'xlsx' ? `${name}.xlsx「绩效目标表」` : `${name}.docx`]);
      expect(r.files[0].kind).toBe('raw-table');
      expect(r.dataset.projects.map(facts)).toEqual([want.facts]);
      expect(rows(r.dataset.indicators)).toEqual(want.rows);
      expect(r.dataset.actuals.map((a) => [a.source?.row, a.date, a.value, a.reason ?? ''])).toEqual(want.actuals);
      expect(r.problems.filter((p) => p.code !== 'sources-sum').map((p) => [p.code, p.severity, p.source?.row])).toEqual(want.problems);
    });
  }
});

describe('workbooks and documents', () => {
  it('a workbook with a table on each of two sheets gives two projects, each named by its sheet', async () => {
    const bytes = await tableXlsx(tableText('split-columns'), '医保', (wb) => {
      const ws = wb.addWorksheet('水利');
      tableText('mid-term').replace(/\n$/, '').split('\n').forEach((l, r) => l.split('\t').forEach((t, c) => { if (t) ws.getCell(r + 1, c + 1).value = t; }));
    });
    const r = await load('两个项目.xlsx', bytes);
    expect(r.names).toEqual(['两个项目.xlsx「医保」', '两个项目.xlsx「水利」']);
    expect(r.dataset.projects.map((p) => [p.name, p.source?.file])).toEqual([
      ['城乡居民医保经办服务能力提升', '两个项目.xlsx「医保」'], ['农村饮水安全巩固提升', '两个项目.xlsx「水利」'],
    ]);
  });

  it('a Word file without a target table is refused by name', async () => {
    const r = await load('通知.docx', await tableDocx('关于报送绩效目标的通知\n请各单位于3月底前报送。\n'));
    expect(r.dataset.projects).toEqual([]);
    expect(r.problems.map((p) => [p.code, p.source?.file])).toEqual([['docx-no-table', '通知.docx']]);
  });

  it('reads merged Word cells: gridSpan keeps columns, a continued vMerge is blank (as above)', () => {
    const xml = '<w:document><w:body><w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>产出指标</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>A&amp;B</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>≥1</w:t></w:r></w:p></w:tc></w:tr>'
      + '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>';
    expect(documentRows(xml)).toEqual([['产出指标', 'A&B', '', '≥1'], ['', 'x', '', '2']]);
  });

  it('never throws on any document.xml text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('<w:tbl>', '<w:tr>', '<w:tc>', '</w:tc>', '</w:tr>', '</w:tbl>', '<w:p>', '</w:p>', '<w:t>', '</w:t>', '<w:vMerge/>', '<w:gridSpan w:val="99999"/>', '&#0;', 'a', '\t') }), (s) => {
      expect(() => documentRows(`<w:body>${s}</w:body>`)).not.toThrow();
    }), { numRuns: 300 });
  });

  it('never throws on random bytes named .docx', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (b) => {
      const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]);
      const r = await load('x.docx', bytes);
      expect(r.problems.length).toBeGreaterThan(0);
    }), { numRuns: 50 });
  });
});
