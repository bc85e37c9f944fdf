// Builds the review-meeting deck from a judged report: a portfolio summary, the flagged list, and
// one slide per project (execution against 序时进度, status counts, variance and bullet charts, top
// deviation reasons). Pure: the app's presentation mode, the .pptx (app and CLI) and the printed
// report all draw this same Deck.
import type { Dataset, Project } from '../domain/types';
import type { Report } from '../domain/report.types';
import type { Judgement, Status } from '../domain/judge/types';
import { byExecutionGap, countByLevel1, countStatuses } from '../domain/aggregate';
import { flaggedRows, isFlagged } from '../domain/flagged';
import { actualCellText, varianceText } from '../domain/rows';
import { isBudgetExecutionName } from '../domain/judge/evaluate';
import type { SlideTheme } from '../charts/slide/ink';
import { budgetSlideChart, levelSlideChart, quantSlideChart, type SlideChartContext } from './slideCharts';
import { bodyHeight, chartWidth } from './geometry';
import { deckChartLabels, type DeckLanguage } from './labels';
import { deckTitle, longDate, ruleSetName, statusFigures, budgetFigures } from './text';
import type { Deck, Slide } from './types';
import type { DeckScope } from './scope';
import { markSample } from './sample';

export interface DeckOptions {
  /** Only these projects and indicators (the dashboard's filters, see scope.ts); all when absent. */
  scope?: DeckScope;
  lang?: DeckLanguage;
  /** Rows of the flagged list per slide, and at most this many slides of it. */
  flaggedPerSlide?: number;
  flaggedSlides?: number;
  /** The data is the bundled 示例数据 (sample.ts hasSampleData, or the app's origin): the deck says so. */
  sample?: boolean;
  /** Colours of the charts: the presentation's dark theme draws them on the dark slide. */
  theme?: SlideTheme;
}

const hasActual = (j: Judgement) => j.actual !== null || j.actualText !== null;

export function buildDeck(data: Dataset, report: Report, opts: DeckOptions = {}): Deck {
  const lang = opts.lang ?? 'zh-CN';
  const { projectIds, indicatorIds, description = '' } = opts.scope ?? {};
  const keep = (id: string) => !projectIds || projectIds.has(id);
  const projects = data.projects.filter((p) => keep(p.id));
  const judgements = report.judgements.filter((j) => keep(j.projectId) && (!indicatorIds || indicatorIds.has(j.indicatorId)));
  const indicatorsById = new Map(data.indicators.map((i) => [i.id, i]));
  const projectsById = new Map(projects.map((p) => [p.id, p]));
  const summaries = report.projects.filter((s) => keep(s.projectId));
  // One pass each, so that a deck of many projects stays linear (not one scan per slide).
  const summaryById = new Map(summaries.map((s) => [s.projectId, s]));
  const judgementsByProject = new Map<string, Judgement[]>();
  for (const j of judgements) {
    const list = judgementsByProject.get(j.projectId);
    if (list) list.push(j);
    else judgementsByProject.set(j.projectId, [j]);
  }
  const labels = deckChartLabels(lang, report.asOf);
  const ctx: SlideChartContext = { lang, theme: opts.theme ?? 'light', asOf: report.asOf, settings: report.settings, statusNames: labels.status };
  // A filtered deck says so wherever it gives counts: the cover, the summary and the flagged list.
  const subtitle = `${longDate(report.asOf, lang)} · ${ruleSetName(report.settings.ruleSet, lang)} · ${lang === 'en' ? `${projects.length} project${projects.length === 1 ? '' : 's'}` : `${projects.length} 个项目`}`
    + (description ? ` · ${lang === 'en' ? 'filtered by' : '筛选'} ${description}` : '');

  const slides: Slide[] = [summarySlide(), ...flaggedSlides(), ...projects.map(projectSlide)];
  return markSample({ title: deckTitle(report.asOf, lang), asOf: report.asOf, subtitle, slides }, opts.sample, lang);

  function summarySlide(): Slide {
    const counts = countStatuses(judgements);
    const half = { width: chartWidth(2, false), height: bodyHeight(true) };
    const lights = report.settings.ruleSet === 'pmkpi';
    return {
      kind: 'summary', id: 'summary', title: lang === 'en' ? 'Portfolio summary' : '总体情况', subtitle,
      figures: [
        { label: lang === 'en' ? 'Projects' : '项目', value: String(projects.length) },
        { label: lang === 'en' ? 'Indicators' : '指标', value: String(judgements.length) },
        ...statusFigures(counts, labels.status, ['met', 'warning', 'behind', 'pending']),
      ],
      charts: [
        { id: 'summary-budget', title: labels.budgetTitle, option: budgetSlideChart(labels.budgetTitle, byExecutionGap(summaries), { noProjects: labels.empty.noProjects, noSpend: labels.empty.noSpend }, half, ctx, lights), ...half },
        { id: 'summary-level1', title: labels.levelTitle, option: levelSlideChart(countByLevel1(judgements, indicatorsById), !judgements.length ? labels.empty.noIndicators : judgements.some(hasActual) ? null : labels.empty.noActuals, labels.levelTitle, labels.unnamed, half, ctx), ...half },
      ],
    };
  }

  function flaggedSlides(): Slide[] {
    const rows = flaggedRows(judgements, projectsById, indicatorsById);
    // Six rows at 14 pt fill a slide (a reason may take three lines); a long list goes on in the flagged list.
    const per = opts.flaggedPerSlide ?? 6;
    const max = opts.flaggedSlides ?? 4;
    const title = lang === 'en' ? 'Flagged indicators' : '预警指标';
    const columns = lang === 'en'
      ? ['Project', 'Indicator', 'Expected', 'Actual', 'Status', 'Gap', 'Reason']
      : ['项目', '指标', '应达值', '实际值', '状态', '偏差', '偏差原因'];
    if (!rows.length) {
      // At the start of a year nothing is reported: say so, rather than sound like good news.
      const none = lang === 'en' ? 'No indicator is in warning or behind at this date.' : '截至本日没有预警或滞后的指标。';
      return [{ kind: 'flagged', id: 'flagged', title, subtitle, figures: [], charts: [],
        notes: [judgements.some(hasActual) ? none : judgements.length ? labels.empty.noActuals : labels.empty.noIndicators] }];
    }
    const pages = Math.min(max, Math.ceil(rows.length / per));
    return Array.from({ length: pages }, (_, k) => {
      const page = rows.slice(k * per, (k + 1) * per);
      const rest = rows.length - pages * per;
      return {
        kind: 'flagged' as const, id: k ? `flagged-${k + 1}` : 'flagged',
        title: pages > 1 ? `${title}（${k + 1}/${pages}）` : title,
        subtitle: `${subtitle} · ${lang === 'en' ? `${rows.length} flagged, worst first` : `共 ${rows.length} 项，按偏差由大到小`}`
          + (k === pages - 1 && rest > 0 ? (lang === 'en' ? ` · ${rest} more in the flagged list` : ` · 另有 ${rest} 项见预警清单`) : ''),
        figures: [], charts: [],
        table: {
          // The indicator by its own name (the 一级/二级 path is on the project page): fewer words, larger type.
          columns, widths: [3, 3, 1.5, 2.2, 1.1, 2.4, 3.6], statusColumn: 4, rowStatus: page.map((r) => r.status),
          rows: page.map((r) => [r.project, r.level3, r.expected, actualCellText(r.judgement, lang), labels.status[r.status], varianceText(r.judgement, lang), r.reason]),
        },
      };
    });
  }

  /** 达标/预警/滞后 always; 待填报 and 无法判断 when there are any, so no indicator goes unmentioned. */
  function projectStatusFigures(counts: Record<Status, number>) {
    return statusFigures(counts, labels.status, (['met', 'warning', 'behind', 'pending', 'unparsed'] as const).filter((s, i) => i < 3 || counts[s] > 0));
  }

  function projectSlide(p: Project): Slide {
    const own = judgementsByProject.get(p.id) ?? [];
    const summary = summaryById.get(p.id);
    const nameOf = (j: Judgement) => indicatorsById.get(j.indicatorId)?.level3 ?? j.indicatorId;
    const entries = own.map((j) => ({ judgement: j, name: nameOf(j) }));
    const box = { width: chartWidth(1, true), height: bodyHeight(true) };
    // The charts' empty states say why they are empty: no indicator, nothing reported yet (else: no
    // variance to rank — the bullets follow the variance chart's worst rows).
    const why = !own.length ? labels.empty.noProjectIndicators : !own.some(hasActual) ? labels.empty.noProjectActuals : null;
    const reasons = own.filter((j) => isFlagged(j.status) && j.reason)
      .map((j) => `${nameOf(j)}：${j.reason}`).slice(0, 5);
    return {
      kind: 'project', id: `project-${p.id}`, projectId: p.id, title: p.name,
      subtitle: `${p.department} · ${p.unit} · ${longDate(report.asOf, lang)}`,
      figures: [...budgetFigures(summary, own.find((j) => isBudgetExecutionName(nameOf(j)))?.status, lang), ...projectStatusFigures(countStatuses(own))],
      charts: [{ id: `${p.id}-quant`, title: labels.quantTitle, option: quantSlideChart(labels.quantTitle, entries, why ?? labels.noVariance, box, ctx), ...box }],
      notesTitle: lang === 'en' ? 'Top deviation reasons' : '主要偏差原因',
      notes: reasons.length ? reasons : [lang === 'en' ? 'No deviation reason recorded.' : '暂无填报的偏差原因。'],
    };
  }
}
