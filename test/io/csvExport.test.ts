import { describe, expect, it } from 'vitest';
import { actualsCsvRows, projectsCsvRows, spendCsvRows } from '../../src/io/csv/rows';
import { loadFiles } from '../../src/io/load';
import Papa from 'papaparse';
import { toCsv } from '../../src/io/write';
import { formulaLike } from '../../src/io/cells';
import type { Dataset } from '../../src/domain/types';
import { fixture, seed, withoutSources } from './helpers';

describe('CSV export', () => {
  const original = loadFiles([seed(), fixture('actuals.csv'), fixture('spend.csv')]);
  const data = original.dataset;
  const projects = toCsv(projectsCsvRows(data));

  it('writes one row per indicator and per 支出 line, targets protected against formula injection', () => {
    const lines = projects.split('\r\n');
    expect(lines[0]).toBe('\uFEFF项目编号,项目名称,年度,主管部门,实施单位,项目类型,项目级次,开始时间,完成时间,项目负责人/联系电话,资金总额,' +
      '一般公共预算资金,政府性基金,国有资本金,社保基金,财政专户管理资金,上年结转资金,其他资金,' +
      '一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值,指标编号,进度模型,权重,支出项目,半年（程）计划执行数,全年（程）预算数');
    expect(lines).toHaveLength(1 + 99 + 10 + 1);
    const budgetRate = lines.find((l) => l.includes(',预算执行率,'))!;
    expect(budgetRate).toContain(`,过程,资金管理,预算执行率,"'=30%","'=100%",`);
  });

  it('reads back to the same projects, indicators, actuals and spend', () => {
    const back = loadFiles([
      { name: 'p.csv', content: projects },
      { name: 'a.csv', content: toCsv(actualsCsvRows(data)) },
      { name: 's.csv', content: toCsv(spendCsvRows(data)) },
    ]);
    // The data's own warnings (a spend above its line's budget) come back with it; nothing else.
    expect(back.problems.map((p) => [p.severity, p.code])).toEqual(original.problems.map((p) => [p.severity, p.code]));
    expect(back.files.map((f) => f.kind)).toEqual(['projects-csv', 'actuals-csv', 'spend-csv']);
    // Long project texts are JSON-only.
    const expected = withoutSources(data);
    expected.projects = expected.projects.map(({ texts: _texts, ...p }) => p);
    expect(withoutSources(back.dataset)).toEqual(expected);
  });

  // Issue 7.9: texts a spreadsheet may run as a formula once it skips what precedes the = + - @.
  it('protects texts that start with whitespace, zero-width characters or full-width signs, and reads them back exactly', () => {
    const tricky: Dataset = structuredClone(data);
    const [p0, p1] = tricky.projects;
    p0.name = '＝HYPERLINK("http://x","一企来办")';
    p0.department = '\u3000=1+1';
    p1.unit = "'省政务办";
    p1.contact = ' +86 025 1234 ';
    Object.assign(tricky.actuals[0], { reason: '\u200B@SUM(A1)', note: '\r\n-2+3+cmd|/C calc!A0' });
    Object.assign(tricky.actuals[1], { reason: '\uFEFF=1', note: '\u00A0－3.5' });
    const files = [toCsv(projectsCsvRows(tricky)), toCsv(actualsCsvRows(tricky)), toCsv(spendCsvRows(tricky))];
    for (const file of files) {
      const unprotected = Papa.parse<string[]>(file.slice(1), { delimiter: ',' }).data.flat().filter((c) => formulaLike(c));
      expect(unprotected).toEqual([]);
    }
    expect(files[1]).toContain(`,"'\u200B@SUM(A1)",`);
    expect(files[1]).toContain(`,"'\r\n-2+3+cmd|/C calc!A0"\r\n`);
    const back = loadFiles(files.map((content, i) => ({ name: `${i}.csv`, content })));
    expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const expected = withoutSources(tricky);
    expected.projects = expected.projects.map(({ texts: _texts, ...p }) => p);
    expect(withoutSources(back.dataset)).toEqual(expected);
  });
});
