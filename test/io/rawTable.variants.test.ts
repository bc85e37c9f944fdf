// The seed transformed the ways other extractions of the same forms differ: bracket widths, CRLF,
// page headers inside the indicator block, projects in another order, a renamed project, runs of
// spaces instead of tabs. The import must come out the same (up to the transformation).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importRawTables, type RawTableResult } from '../../src/io/rawTable';

const SEED = readFileSync(new URL('../fixtures/rawTable/jiangsu-2024-seed.txt', import.meta.url), 'utf8');
const base = importRawTables(SEED, 'seed.txt');

/** Indicator rows without line numbers, per project name. */
const tree = (r: RawTableResult) =>
  r.projects.map((p) => ({
    name: p.name,
    rows: r.indicators.filter((i) => i.projectId === p.id).map((i) => [i.level1, i.level2, i.level3, i.targetH1, i.targetFY].join('|')),
    funds: p.funds,
    expenses: p.expenses,
  }));

const lines = SEED.split('\n');
/** Seed with `insert` placed before 1-based line `before`. */
const insertBefore = (before: number, insert: string[]) => [...lines.slice(0, before - 1), ...insert, ...lines.slice(before - 1)].join('\n');

describe('importRawTables on transformed seed text', () => {
  it('reads CRLF and CR line ends the same', () => {
    for (const eol of ['\r\n', '\r']) {
      const r = importRawTables(SEED.replace(/\n/g, eol), 'seed.txt');
      expect(r.problems).toEqual([]);
      expect(r.indicators).toEqual(base.indicators);
      expect(r.projects).toEqual(base.projects);
    }
  });

  it('reads half-width and full-width brackets alike', () => {
    const toHalf = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
    const toFull = (s: string) => s.replace(/\(/g, '（').replace(/\)/g, '）');
    for (const swap of [toHalf, toFull]) {
      const r = importRawTables(swap(SEED), 'seed.txt');
      expect(r.problems).toEqual([]);
      const expected = JSON.parse(swap(JSON.stringify(tree(base))));
      expect(tree(r)).toEqual(expected);
    }
  });

  it('skips page headers (also of another province, with page numbers) inside the indicator block', () => {
    const pageBreak = ['', '江苏省省级项目预算绩效目标表', '', '2024年度', '第 2 页', ''];
    // Before line 37 (过程/资金管理 continues with blank cells) and before line 47 of project 1;
    // a repeated column-title row and another province's title inside project 4.
    let text = insertBefore(47, pageBreak);
    text = text.split('\n').slice(0, 36).concat(['浙江省省级部门项目支出绩效目标表', '- 3 -'], text.split('\n').slice(36)).join('\n');
    const l = text.split('\n');
    const at = l.findIndex((s) => s.startsWith('\t\t基线核查'));
    l.splice(at, 0, '', '江苏省省级项目预算绩效目标表', '2024年度', '一级指标\t二级指标\t三级指标\t半年(程)指标值\t全年(程)指标值');
    const r = importRawTables(l.join('\n'), 'seed.txt');
    expect(r.problems).toEqual([]);
    expect(tree(r)).toEqual(tree(base));
    expect(r.indicators.find((i) => i.level3 === '基线核查')?.source?.row).toBe(212 + 2 + pageBreak.length + 4);
  });

  it('reads the same tables when a page break falls before any line', () => {
    const same = (r: RawTableResult) => JSON.stringify([tree(r), r.projects.map((p) => [p.id, p.texts, p.startYear, p.contact])]);
    const expected = same(base);
    const pageHeader = ['', '江苏省省级项目预算绩效目标表', '', '2024年度', ''];
    const withTitle = [...pageHeader, '一级指标\t二级指标\t三级指标\t半年（程）指标值\t全年（程）指标值'];
    const indicatorLines = new Set(base.indicators.map((i) => i.source!.row!));
    for (let before = 1; before <= lines.length; before++) {
      const variants = indicatorLines.has(before) ? [pageHeader, withTitle] : [pageHeader];
      for (const insert of variants) {
        const r = importRawTables(insertBefore(before, insert), 'seed.txt');
        expect({ before, problems: r.problems }).toEqual({ before, problems: [] });
        expect(same(r)).toBe(expected);
      }
    }
  });

  it('gives the same projects and ids whatever the order of the tables', () => {
    const starts = [3, 59, 112, 173];
    const chunks = starts.map((s, k) => lines.slice(s - 1, (starts[k + 1] ?? lines.length + 1) - 1).join('\n'));
    const r = importRawTables([chunks[3], chunks[1], chunks[0], chunks[2]].join('\n'), 'seed.txt');
    expect(r.problems).toEqual([]);
    const byId = (x: RawTableResult) => Object.fromEntries(x.indicators.map((i) => [i.id, [i.projectId, i.level1, i.level2, i.level3, i.targetH1, i.targetFY]]));
    expect(byId(r)).toEqual(byId(base));
    expect(r.projects.map((p) => p.id)).toEqual([3, 1, 0, 2].map((k) => base.projects[k].id));
  });

  it('gives a renamed project new ids and leaves the others alone', () => {
    const r = importRawTables(SEED.replace('省政务办信息系统安全运维\t', '省政务办信息系统安全运维（2024）\t'), 'seed.txt');
    expect(r.projects[3].name).toBe('省政务办信息系统安全运维（2024）');
    expect(r.projects[3].id).not.toBe(base.projects[3].id);
    expect(r.projects.slice(0, 3).map((p) => p.id)).toEqual(base.projects.slice(0, 3).map((p) => p.id));
    const ids = new Set(base.indicators.map((i) => i.id));
    expect(r.indicators.filter((i) => ids.has(i.id))).toHaveLength(71);
  });

  it('reads runs of spaces between cells like tabs', () => {
    const r = importRawTables(SEED.replace(/\t/g, '  '), 'seed.txt');
    expect(r.problems).toEqual([]);
    expect(tree(r)).toEqual(tree(base));
    expect(r.projects.map((p) => [p.name, p.department, p.unit, p.startYear])).toEqual(
      base.projects.map((p) => [p.name, p.department, p.unit, p.startYear]),
    );
  });

  it('reads the seed with a BOM and trailing blank cells on every row', () => {
    const padded = '\uFEFF' + lines.map((s) => (s.trim() && !s.includes('<') ? s + '\t\t' : s)).join('\n');
    const r = importRawTables(padded, 'seed.txt');
    expect(r.problems).toEqual([]);
    expect(tree(r)).toEqual(tree(base));
  });

  it('reads a funds block spread over several lines of HTML, with thousands separators', () => {
    const table = [
      '\t<table border="1"><tr><td></td><td>全年（程）预算数</td></tr>',
      '<tr><td>资金总额</td><td>1,325.06</td></tr>',
      '<tr><td>一般公共预算资金</td><td>1,075.06</td></tr></table>',
    ];
    const l = lines.slice();
    l.splice(123, 4, ...table); // replaces the one-line table and its echo (lines 124–127)
    const r = importRawTables(l.join('\n'), 'seed.txt');
    expect(r.problems).toEqual([]);
    expect(r.projects[2].funds).toEqual(base.projects[2].funds);
    expect(tree(r)).toEqual(tree(base));
  });
});
