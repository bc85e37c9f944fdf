// The deck's shared words live in src/present/labels.ts, below the app (src/present no longer reads
// the app's message catalogue); they must still say exactly what the dashboard says.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deckWords } from '../../src/present/labels';
import overview from '../../src/app/i18n/areas/overview';
import project from '../../src/app/i18n/areas/project';

describe('the deck says what the dashboard says', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(lang, () => {
      const o = overview[lang].overview;
      const p = project[lang].project.chart;
      expect(deckWords[lang]).toEqual({
        budgetTitle: o.budget.title, levelTitle: o.dist.level1Title, unnamed: o.dist.unnamed,
        quantTitle: p.bullet.title, noVariance: p.variance.empty,
        filters: { departments: o.filters.department, units: o.filters.unit, types: o.filters.type, level1: o.filters.level1 },
      });
    });
  }

  it('src/present imports nothing from src/app', () => {
    const dir = join(process.cwd(), 'src/present');
    const imports = readdirSync(dir).filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf-8').matchAll(/from '([^']+)'/g)].map((m) => `${f}: ${m[1]}`));
    expect(imports.filter((i) => i.includes('/app/'))).toEqual([]);
  });
});
