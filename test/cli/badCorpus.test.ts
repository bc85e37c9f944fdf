// The bad-input corpus (test/fixtures/bad, issue 7) against the CLI: every fixture is reported with
// `report [data/projects.json] <file> --as-of 2024-06-30 --format json` (and table/csv for some), in
// this process (main(argv) with stdout/stderr captured). Whatever the input: never exit 3, never
// 内部错误, every rejected or changed row named in stderr with its file, the valid rest reported,
// no raw control character reaches the terminal, no report CSV cell can start a formula.
// What each fixture must produce is in test/fixtures/bad/expectations.json (make-fixtures.ts).
// Big inputs and spreadsheets are generated here, in a temporary folder.
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Papa from 'papaparse';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { loadFiles } from '../../src/io/load';
import { decodeContent } from '../../src/io/decode';
import type { Expectation, Named } from '../fixtures/bad/expectation';

const DIR = 'test/fixtures/bad';
const BASE = 'data/projects.json';
const expectations: Record<string, Expectation> = JSON.parse(readFileSync(join(DIR, 'expectations.json'), 'utf8'));

let out = '';
let err = '';
beforeEach(() => {
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

async function run(args: string[]) {
  out = err = '';
  const code = await main(args);
  return { code, out, err };
}

/** C0 controls but tab and newline, DEL, C1 controls, and the bidi overrides/isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Lines of stderr naming `file` and the row or JSON path. */
function namedIn(stderr: string, file: string, what: number | string): boolean {
  const name = basename(file);
  const row = typeof what === 'number' ? new RegExp(`第\\s*${what}\\s*行`) : null;
  return stderr.split('\n').some((line) => line.includes(name) && (row ? row.test(line) : line.includes(String(what))));
}

function expectNamed(stderr: string, file: string, named: Named[]) {
  if (!named.length) expect(stderr, `${basename(file)} is named`).toContain(basename(file));
  for (const n of named) {
    const any = Array.isArray(n) ? n : [n];
    expect(any.some((x) => namedIn(stderr, file, x)), `stderr names ${basename(file)} ${any.map((x) => (typeof x === 'number' ? `第${x}行` : x)).join(' or ')}:\n${stderr}`).toBe(true);
  }
}

const allowed = (e: Expectation) => (Array.isArray(e.exit) ? e.exit : [e.exit]);

/** The generic promises of the CLI, whatever the input. */
function expectSane(r: { code: number; out: string; err: string }, codes: number[]) {
  expect(r.err).not.toContain('内部错误');
  expect(r.err).not.toMatch(/internal-error|RangeError|TypeError|at .*\.ts:\d+/);
  expect(r.code, `exit code (stderr:\n${r.err.slice(0, 3000)})`).not.toBe(3);
  expect(codes, `exit code ${r.code} (stderr:\n${r.err.slice(0, 3000)})`).toContain(r.code);
  expect(r.err.match(RAW_CONTROL), 'raw control character in stderr').toBeNull();
}

/** OWASP: a cell starting with = + - @ (or their full-width forms), also after whitespace or invisible characters, gets a leading '. */
const FORMULA_START = /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\ufe66\ufe62\ufe63]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;
function expectFormulaSafe(csv: string) {
  const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
  const unsafe = rows.flat().filter((c) => FORMULA_START.test(c) && !NUMBER.test(c.trim()) && !c.startsWith("'"));
  expect(unsafe, 'report CSV cells that a spreadsheet would read as a formula').toEqual([]);
}

interface JsonReport {
  asOf: string;
  indicators: { project: string; level3: string; actual: number | string | null; status: string }[];
  projects: { name: string }[];
  warnings: { file: string | null; row: number | null; message: string }[];
}

/** Every non-blank data line of a CSV fixture loaded a record or is named in stderr. */
function expectAccounted(file: string, stderr: string, base: boolean) {
  const files = [...(base ? [BASE] : []), file].map((name) => ({ name, content: new Uint8Array(readFileSync(name)) }));
  const loaded = loadFiles(files);
  const rows = new Set([...loaded.dataset.actuals, ...loaded.dataset.spend, ...loaded.dataset.indicators]
    .filter((r) => r.source?.file === file).map((r) => r.source!.row));
  const lines = decodeContent(files[files.length - 1].content).text.split(/\r\n|\r|\n/);
  const header = lines.findIndex((l) => l.trim() !== '');
  lines.forEach((l, i) => {
    if (i <= header || l.replace(/[,\t\s]/g, '') === '') return;
    const line = i + 1;
    // An unclosed quote swallows the rest of the file: 第K行…此行及其后… names those lines too.
    const swallowed = stderr.split('\n').some((s) => s.includes(basename(file)) && s.includes('其后') && Number(/第\s*(\d+)\s*行/.exec(s)?.[1]) < line);
    expect(rows.has(line) || swallowed || namedIn(stderr, file, line), `${basename(file)} line ${line} neither loaded nor named: ${l}`).toBe(true);
  });
}

describe('bad-input corpus: report on each fixture (test/fixtures/bad)', () => {
  it('holds at least 60 fixtures over CSV, JSON and raw tables, each with an expectation', () => {
    const kinds = new Set(Object.values(expectations).map((e) => e.kind));
    expect(Object.keys(expectations).length).toBeGreaterThanOrEqual(60);
    expect([...kinds].sort()).toEqual(['actuals', 'json', 'projects', 'raw', 'spend']);
    for (const name of Object.keys(expectations)) expect(() => readFileSync(join(DIR, name))).not.toThrow();
  });

  for (const [name, e] of Object.entries(expectations)) {
    it(`${name}: ${e.about}`, async () => {
      const file = join(DIR, name);
      const inputs = [...(e.base ? [BASE] : []), file];
      const r = await run(['report', ...inputs, '--as-of', '2024-06-30', '--format', 'json']);
      expectSane(r, allowed(e));
      if (r.code === 1) expect(r.err, 'exit 1 names the fixture').toContain(basename(file));
      const report = e.noProjects ? null : (JSON.parse(r.out) as JsonReport);
      // Data kept as filed (an unparsed target) may be reported among the report's warnings instead.
      const said = r.err + (report?.warnings ?? []).map((w) => `\n${w.file ?? ''} 第${w.row ?? '?'}行：${w.message}`).join('');
      if (e.named) expectNamed(said, file, e.named);
      for (const s of e.stderr ?? []) expect(r.err).toContain(s);
      for (const s of e.notStderr ?? []) expect(r.err).not.toContain(s);
      if (!report) {
        expect(r.code).toBe(1);
        return;
      }
      expect(report.asOf).toBe('2024-06-30');
      for (const want of e.imported ?? []) {
        const got = report.indicators.filter((i) => i.project === want.project && i.level3 === want.level3);
        expect(got, `one indicator ${want.project} / ${want.level3}`).toHaveLength(1);
        expect(got[0].actual, `actual of ${want.level3}`).toEqual(want.actual);
      }
      if (Array.isArray(e.projects)) expect(report.projects.map((p) => p.name)).toEqual(expect.arrayContaining(e.projects));
      else if (typeof e.projects === 'number') expect(report.projects).toHaveLength(e.projects);
      if (e.indicators !== undefined) expect(report.indicators).toHaveLength(e.indicators);
      if (e.keepIndicators) {
        expect(report.indicators.filter((i) => i.project === e.keepIndicators!.project)).toHaveLength(e.keepIndicators.count);
      }
      if (e.projectsOrNamed) {
        const { count, rows = [], paths = [] } = e.projectsOrNamed;
        // Each input project is in the report, or its row/path is named (refused as a duplicate).
        const named = [...rows, ...paths].filter((x) => namedIn(r.err, file, x)).length;
        expect(report.projects.length + named, `${report.projects.length} projects reported, ${named} named:\n${r.err}`).toBeGreaterThanOrEqual(count);
      }
      if (e.protoSources) {
        const loaded = loadFiles([{ name: file, content: new Uint8Array(readFileSync(file)) }]);
        const sources = loaded.dataset.projects[0].funds.sources;
        for (const [key, value] of Object.entries(e.protoSources)) {
          const kept = Object.prototype.hasOwnProperty.call(sources, key) && sources[key] === value;
          expect(kept || namedIn(r.err, file, `funds.sources.${key}`), `funds.sources.${key} kept (${JSON.stringify(Object.keys(sources))}) or named`).toBe(true);
        }
      }
      expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
      if (e.account) expectAccounted(file, r.err, e.base);

      if (e.defaultAsOf) {
        const d = await run(['report', ...inputs, '--format', 'json']);
        expectSane(d, allowed(e));
        expect(JSON.parse(d.out).asOf, 'default as-of date').toBe(e.defaultAsOf);
      }
      for (const format of e.formats ?? []) {
        const f = await run(['report', ...inputs, '--as-of', '2024-06-30', '--format', format]);
        expectSane(f, allowed(e));
        if (format === 'table') expect(f.out.match(RAW_CONTROL), 'raw control character in the table').toBeNull();
        if (format === 'csv') expectFormulaSafe(f.out);
      }
    });
  }

  it('does not say the rows were left out of the report when the valid ones were reported (issue 7 §7)', async () => {
    const r = await run(['report', BASE, join(DIR, 'actuals-unknown-project.csv'), '--as-of', '2024-06-30']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('渗透测试');
    expect(r.err).not.toContain('上面的行未计入报告');
  });
});

// ── Generated at test time: big inputs and spreadsheets ───────────────────────────────────────
const tmp = mkdtempSync(join(tmpdir(), 'im-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const D = '省政务办信息系统安全运维';
const HA = '项目名称,三级指标,日期,实际值,偏差原因,完成可能性,备注\n';
const isoDay = (d: number) => new Date(Date.UTC(2024, 0, 1 + d)).toISOString().slice(0, 10);

describe('bad-input corpus: big inputs generated at test time', () => {
  it('50,000 actuals with two bad rows: both named by line, the other 49,998 reported', async () => {
    const indicators = Array.from({ length: 200 }, (_, k) => ({ id: `i${k}`, level1: '产出指标', level2: '数量指标', level3: `指标${k}`, targetH1: '≥1个', targetFY: '≥2个' }));
    const projects = write('big-projects.json', JSON.stringify({ projects: [{ id: 'pbig', name: '大项目', year: 2024, department: '测试厅', funds: { total: 100, sources: {} }, expenses: [], indicators }] }));
    const rows: string[] = [];
    for (let n = 0; n < 50_000; n++) rows.push(`大项目,指标${n % 200},${isoDay(Math.floor(n / 200))},${n % 7}个,,,`);
    rows[24_998] = '大项目,指标198,0999-06-30,1个,,,'; // line 25,000
    rows[49_997] = '大项目,不存在的指标,2024-09-06,1个,,,'; // line 49,999
    const actuals = write('big-actuals.csv', HA + rows.join('\n') + '\n');
    const start = performance.now();
    const r = await run(['report', projects, actuals, '--as-of', '2024-12-31', '--format', 'json']);
    expectSane(r, [1]);
    expect(performance.now() - start).toBeLessThan(20_000);
    expectNamed(r.err, actuals, [25_000, 49_999]);
    const report = JSON.parse(r.out) as JsonReport;
    expect(report.indicators).toHaveLength(200);
    // Row 50,001 (the last) is 指标199 on day 249 (2024-09-06), value 49,999 % 7 = 5.
    expect(report.indicators.find((i) => i.level3 === '指标199')!.actual).toBe(5);
  }, 40_000);

  it('50,000 project rows with a bad year and a ragged row: both named, 4,999 projects reported', async () => {
    const head = '项目名称,年度,主管部门,资金总额,一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值\n';
    const rows: string[] = [];
    for (let n = 0; n < 50_000; n++) rows.push(`项目${Math.floor(n / 10)},2024,测试厅,100,产出指标,数量指标,指标${n % 10},≥1个,≥2个`);
    rows[24_999] = rows[24_999].replace(',2024,', ',0999,'); // line 25,001: 项目2499
    rows[49_998] += ',多余'; // line 50,000
    const file = write('big-projects.csv', head + rows.join('\n') + '\n');
    const r = await run(['report', file, '--as-of', '2024-06-30', '--format', 'json']);
    expectSane(r, [1]);
    expectNamed(r.err, file, [25_001, 50_000]);
    expect((JSON.parse(r.out) as JsonReport).projects.length).toBeGreaterThanOrEqual(4_999);
  }, 40_000);

  it('a 5 MB note: the row is read (or named) and the bad row after it is named by its line', async () => {
    const big = '长'.repeat(5 * 1024 * 1024 / 3);
    const file = write('huge-cell.csv', HA + `${D},渗透测试,2024-06-30,2,,,"${big}"\n${D},驻场人数,2024-06-31,2人,,,\n`);
    const r = await run(['report', BASE, file, '--as-of', '2024-06-30', '--format', 'json']);
    expectSane(r, [1]);
    expectNamed(r.err, file, [3]);
    const imported = (JSON.parse(r.out) as JsonReport).indicators.find((i) => i.project === D && i.level3 === '渗透测试')!.actual === 2;
    expect(imported || namedIn(r.err, file, 2)).toBe(true);
  }, 30_000);

  it('a 5 MB project name in one cell: read or named, no crash, the table stays printable', async () => {
    const file = write('huge-name.csv', '项目名称,年度,主管部门,三级指标,半年（程）指标值,全年（程）指标值\n' + `${'名'.repeat(1_700_000)},2024,测试厅,满意度,≥80%,≥90%\n项目乙,2024,测试厅,满意度,≥80%,≥90%\n`);
    const r = await run(['report', file, '--as-of', '2024-06-30', '--format', 'json']);
    expectSane(r, [0, 1]);
    expect((JSON.parse(r.out) as JsonReport).projects.map((p) => p.name)).toContain('项目乙');
  }, 30_000);

  it('10,000-deep arrays as a project, and 10,000-deep objects in funds.sources and in a note: named by path', async () => {
    const deepArray = '['.repeat(10_000) + ']'.repeat(10_000);
    let deepObject = '1';
    for (let i = 0; i < 10_000; i++) deepObject = `{"a":${deepObject}}`;
    const file = write('deep.json', `{"projects":[${deepArray},{"id":"pa","name":"项目甲","year":2024,"department":"测试厅","funds":{"total":100,"sources":{"一般公共预算资金":${deepObject}}},"expenses":[],"indicators":[{"id":"i1","level3":"满意度","targetH1":"≥80%","targetFY":"≥90%"}]}],`
      + `"actuals":[{"projectId":"pa","indicatorId":"i1","date":"2024-06-30","value":"85%","note":${deepArray}}]}`);
    const r = await run(['report', file, '--as-of', '2024-06-30', '--format', 'json']);
    expectSane(r, [1]);
    expectNamed(r.err, file, ['projects[0]', 'projects[1].funds.sources', 'actuals[0].note']);
    expect((JSON.parse(r.out) as JsonReport).projects.map((p) => p.name)).toEqual(['项目甲']);
  }, 30_000);
});

/** A minimal but real Office Open XML package (opens in Excel/Word/LibreOffice). */
async function ooxml(kind: 'xlsx' | 'docx'): Promise<Uint8Array> {
  const zip = new JSZip();
  const main = kind === 'xlsx' ? 'xl/workbook.xml' : 'word/document.xml';
  const type = kind === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${type}"/>${kind === 'xlsx' ? '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' : ''}</Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`);
  if (kind === 'xlsx') {
    zip.file('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="目标表" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>三级指标</t></is></c></row></sheetData></worksheet>');
  } else {
    zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>项目名称 省政务办信息系统安全运维</w:t></w:r></w:p></w:body></w:document>');
  }
  return zip.generateAsync({ type: 'uint8array' });
}

/** The start of an OLE2 compound file, as Excel 97–2003 writes .xls (and Word .doc). */
function ole2(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24);
  for (let i = 512; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}

describe('bad-input corpus: spreadsheets and Word files are refused by name, not crashed on', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, RegExp][] = [
    ['目标表.xlsx', () => ooxml('xlsx'), /Excel|xlsx|电子表格|工作簿/],
    ['目标表.docx', () => ooxml('docx'), /Word|docx|文档/],
    ['目标表.xls', ole2, /Excel|xls|电子表格|工作簿/],
  ];
  for (const [name, make, says] of cases) {
    it(`${name} beside the seed projects: named with a clear message, exit 1, the projects reported`, async () => {
      const file = write(name, await make());
      const r = await run(['report', BASE, file, '--as-of', '2024-06-30', '--format', 'json']);
      expectSane(r, [1]);
      const lines = r.err.split('\n').filter((l) => l.includes(name));
      expect(lines.length, `stderr names ${name}:\n${r.err}`).toBeGreaterThan(0);
      // The message itself, not the file's name, must say what the file is.
      expect(lines.map((l) => l.split(name).join('')).join('\n')).toMatch(says);
      expect((JSON.parse(r.out) as JsonReport).projects).toHaveLength(4);
    });
    it(`${name} alone: the message is about the file, not only "no projects found"`, async () => {
      const file = write(`alone-${name}`, await make());
      const r = await run(['report', file, '--as-of', '2024-06-30', '--format', 'json']);
      expectSane(r, [1]);
      expect(r.err.split('\n').filter((l) => l.includes(`alone-${name}`)).map((l) => l.split(`alone-${name}`).join('')).join('\n')).toMatch(says);
    });
  }
  it('an .xlsx in a folder is not skipped without a word', async () => {
    const dir = mkdtempSync(join(tmp, 'folder-'));
    copyFileSync(BASE, join(dir, 'projects.json'));
    writeFileSync(join(dir, '实际值.xlsx'), await ooxml('xlsx'));
    const r = await run(['report', dir, '--as-of', '2024-06-30', '--format', 'json']);
    expectSane(r, [1]);
    expect(r.err).toContain('实际值.xlsx');
  });
});
