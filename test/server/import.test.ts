// Loading target tables on the server (POST /api/import, commit): each stored project holds exactly
// its own indicators, actuals and spend — grouped once for the whole file, as a province's import
// of 10,000 projects needs, not filtered from the whole data set per project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, signedIn, startHarness, type Client, type Harness } from './harness';

describe.each(DB_KINDS)('import with commit (%s)', (kind) => {
  let h: Harness;
  let finance: Client;

  beforeAll(async () => {
    h = await startHarness(kind);
    finance = await signedIn(h, 'demo-finance');
  });
  afterAll(() => h.close());

  it('stores each project with its own indicators and spend', async () => {
    const file = JSON.parse(readFileSync(join(__dirname, '../../data/projects.json'), 'utf8'));
    const [a, b] = file.projects.slice(0, 2).map((p: { id: string; name: string; indicators: { id: string }[] }, k: number) => ({
      ...p, id: `imp-${k}`, name: `导入项目${k}`, indicators: p.indicators.slice(0, k + 2).map((i, j) => ({ ...i, id: `imp-${k}-i${j}` })),
    }));
    const body = { commit: true, files: [{ name: 'imp.json', base64: Buffer.from(JSON.stringify({ projects: [a, b] })).toString('base64') }] };
    const r = await finance.call('POST', '/api/import', body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ committed: true, added: ['导入项目0', '导入项目1'], refused: [] });
    for (const [id, n] of [['imp-0', 2], ['imp-1', 3]] as const) {
      const p = (await finance.call('GET', `/api/projects/${id}`)).body;
      expect(p.indicators.map((i: { id: string; projectId: string }) => [i.id, i.projectId])).toEqual(Array.from({ length: n }, (_, j) => [`${id}-i${j}`, id]));
      expect(p.actuals).toEqual([]);
      expect(p.spend).toEqual([]);
    }
  });
});
