// Chart and slide wording for decks, from the app's own message catalogue (plain data modules), so
// a slide says exactly what the dashboard says, in Chinese or English.
import type { Light, Status } from '../domain/judge/types';
import { directionLabel, statusLabel, statusLabelEn } from '../domain/labels';
import overview from '../app/i18n/areas/overview';
import project from '../app/i18n/areas/project';
import type { BudgetLabels } from '../charts/budgetExecution';
import type { StatusDistributionLabels } from '../charts/statusDistribution';
import type { VarianceLabels } from '../charts/variance';
import type { BulletLabels } from '../charts/bullet';
import { emptyTexts, emptyTextsAt } from '../charts/emptyText';

export type DeckLanguage = 'zh-CN' | 'en';
type Tree = Record<string, unknown>;
const pick = (tree: unknown, path: string): Tree => path.split('.').reduce((t, k) => (t as Tree)[k], tree) as Tree;
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? '');

/** The overview's filter names (主管部门, 实施单位, 项目类型, 一级指标), as its filter bar shows them. */
export function filterNames(lang: DeckLanguage): { departments: string; units: string; types: string; level1: string } {
  const f = pick(overview, `${lang}.overview.filters`) as Record<string, string>;
  return { departments: f.department, units: f.unit, types: f.type, level1: f.level1 };
}

/** `asOf` (ISO) dates the empty-state messages (尚无实际值：截至 6月30日 …). */
export function deckChartLabels(lang: DeckLanguage, asOfText: string, asOf?: string) {
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
    // Slide charts are narrow: short subtitles (the full explanation is on the project page).
    variance: { ...pick(p, 'variance'), lang, subtitle: lang === 'en' ? 'right = better than expected, left = behind' : '向右 = 好于应达，向左 = 落后', statusNames: status, directionNames: lang === 'en' ? { positive: 'higher is better', negative: 'lower is better' } : directionLabel } as unknown as VarianceLabels,
    bullet: { ...pick(p, 'bullet'), subtitle: lang === 'en' ? 'bar = actual; solid = expected; dashed = targets' : '柱 = 实际；实线 = 应达；虚线 = 半年/全年指标值', statusNames: status } as unknown as BulletLabels,
    status,
    empty,
  };
}
