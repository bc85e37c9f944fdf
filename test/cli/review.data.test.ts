// The bundled data and the examples in data/README.md must read true to a finance officer: ids
// as the importer derives them, spend that fits the project's budget.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';
import { importRawTables } from '../../src/io/rawTable';
import { toCanonicalJson } from '../../src/io/write';
import { indicatorId, projectId } from '../../src/domain/ids';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';

const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf-8');
const blocks = [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], text: m[2] }));
const projectsJson = { name: 'data/projects.json', content: readFileSync(new URL('../../data/projects.json', import.meta.url)) };

describe('data/README.md examples', () => {
  it('the canonical JSON example shows the ids the importer derives', () => {
    const example = JSON.parse(blocks.find((b) => b.lang === 'json')!.text);
    const p = example.projects[0];
    expect(p.id).toBe(projectId(p.year, p.department, p.name));
    for (const i of p.indicators) expect(i.id).toBe(indicatorId(p.id, i.level1, i.level2, i.level3));
  });
  it('the spend example keeps each project within its 资金总额', () => {
    const spend = blocks.filter((b) => b.lang === 'csv')[2].text;
    const r = loadFiles([projectsJson, { name: 's.csv', content: spend }]);
    expect(r.problems).toEqual([]);
    const report = buildReport(r.dataset, '2024-12-31', defaultSettings());
    for (const p of report.projects) if (p.budget.executionRate !== null) expect(p.budget.executionRate).toBeLessThanOrEqual(1);
  });
});

describe('bundled data', () => {
  it('data/projects.json is exactly what the importer makes of data/seed-tables.txt', () => {
    const text = readFileSync(new URL('../../data/seed-tables.txt', import.meta.url), 'utf-8');
    const { projects, indicators } = importRawTables(text, 'data/seed-tables.txt');
    const made = JSON.parse(toCanonicalJson({ projects, indicators, actuals: [], spend: [] }));
    expect(made).toEqual(JSON.parse(readFileSync(new URL('../../data/projects.json', import.meta.url), 'utf-8')));
  });
});
