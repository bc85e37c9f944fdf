// The chart labels the dashboard gives its charts, built from the app's message catalogue, for the
// chart tests (the deck used to build these; its slides now have their own charts, present/slideCharts).
import type { Light, Status } from '../../src/domain/judge/types';
import { directionLabel, statusLabel, statusLabelEn } from '../../src/domain/labels';
import overview from '../../src/app/i18n/areas/overview';
import project from '../../src/app/i18n/areas/project';
import type { BudgetLabels } from '../../src/charts/budgetExecution';
import type { StatusDistributionLabels } from '../../src/charts/statusDistribution';
import type { VarianceLabels } from '../../src/charts/variance';
import type { BulletLabels } from '../../src/charts/bullet';
import { emptyTexts, emptyTextsAt } from '../../src/charts/emptyText';

type Lang = 'zh-CN' | 'en';
type Tree = Record<string, unknown>;
const pick = (tree: unknown, path: string): Tree => path.split('.').reduce((t, k) => (t as Tree)[k], tree) as Tree;
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');

export function chartLabels(lang: Lang, asOfText: string, asOf?: string) {
  const empty = asOf ? emptyTextsAt(lang, asOf) : emptyTexts[lang];
  const o = pick(overview, `${lang}.overview`);
  const p = pick(project, `${lang}.project.chart`);
  const status = lang === 'en' ? statusLabelEn : statusLabel;
  const budget = pick(o, 'budget') as unknown as Record<string, string>;
  const lights = pick(o, 'lights') as unknown as Record<Light, string>;
  const dist = pick(o, 'dist') as unknown as Record<string, string>;
  return {
    budget: { ...budget, subtitle: fill(budget.subtitle, { date: asOfText }), lights, empty: empty.noProjects, noSpendAll: empty.noSpend } as BudgetLabels,
    distribution: {
      title: dist.level1Title, subtitle: '', status: status as Record<Status, string>, total: dist.total, count: dist.count, unnamed: dist.unnamed,
      empty: empty.noIndicators, noActuals: empty.noActuals,
    } as StatusDistributionLabels,
    variance: { ...pick(p, 'variance'), lang, statusNames: status, directionNames: lang === 'en' ? { positive: 'higher is better', negative: 'lower is better' } : directionLabel } as unknown as VarianceLabels,
    // The short subtitle of a narrow chart (what the deck's bullets used): the test is about the marks' labels.
    bullet: { ...pick(p, 'bullet'), subtitle: lang === 'en' ? 'bar = actual; solid = expected; dashed = targets' : '柱 = 实际；实线 = 应达；虚线 = 半年/全年指标值', statusNames: status } as unknown as BulletLabels,
    status,
    empty,
  };
}
