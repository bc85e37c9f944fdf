// The charts of the slides, designed for a meeting room rather than scaled down from the screen's:
// drawn at their box's stage size (geometry.ts) with 14 pt text, worst rows first, as many as fit,
// and the rest counted (其余 N 项). Figures judged on an older date than the report's show it.
import type { EChartsOption } from 'echarts';
import type { Judgement, Status } from '../domain/judge/types';
import type { ProjectSummary } from '../domain/report.types';
import type { StatusGroup } from '../domain/aggregate';
import type { Settings } from '../domain/settings';
import { parseIsoDate } from '../domain/calendar';
import { isStale } from '../domain/judge/stale';
import { actualCellText, expectedValueText, monthDay } from '../domain/rows';
import { varianceBars, type VarianceEntry } from '../charts/variance';
import { lightColor, seriesColor, statusColor } from '../charts/palette';
import { percentText } from '../charts/categoryRows';
import { slideRowsOption } from '../charts/slide/rows';
import { slideStackOption } from '../charts/slide/stacked';
import { slideInk, type SlideTheme } from '../charts/slide/ink';
import { heading, graphicOption, text, LINE_H } from '../charts/slide/frame';
import { slideWords } from './slideWords';
import type { DeckLanguage } from './labels';

export interface SlideChartContext {
  lang: DeckLanguage;
  theme: SlideTheme;
  asOf: string;
  settings: Settings;
  statusNames: Record<Status, string>;
}

interface Box { width: number; height: number }

/** Every word a slide chart draws, in drawing order (tests, and the empty state's message). */
export function slideChartTexts(option: EChartsOption): string[] {
  const g = option.graphic as { type: string; style?: { text?: string } }[] | undefined;
  return (Array.isArray(g) ? g : []).filter((e) => e.type === 'text').map((e) => e.style?.text ?? '');
}

/** The empty state at slide size: the title and the reason (尚无实际值：…), both at 14 pt or more. */
function emptySlideChart(title: string, message: string, box: Box, ctx: SlideChartContext): EChartsOption {
  const ink = slideInk[ctx.theme];
  const head = heading(title, [], box.width, ink);
  const lines = message.split('：');
  const els = [...head.elements, ...lines.map((l, i) => text({ x: 0, y: head.bottom + LINE_H * (i + 0.5) + 20, text: l, max: box.width, fill: i ? ink.muted : ink.text, bold: i === 0 && lines.length > 1 }))];
  return graphicOption(els, ink, `${title}：${message}`);
}

/** 预算执行率 per project, lowest first, against the dashed 序时进度 line. */
/** `noSpend`: the line said instead of the legend when no project has any spend yet (尚无执行数：…). */
export function budgetSlideChart(title: string, summaries: ProjectSummary[], empty: { noProjects: string; noSpend: string }, box: Box, ctx: SlideChartContext, lights: boolean): EChartsOption {
  if (!summaries.length) return emptySlideChart(title, empty.noProjects, box, ctx);
  const w = slideWords[ctx.lang];
  const on = parseIsoDate(ctx.asOf);
  const time = summaries[0].budget.timeProgress;
  const rows = summaries.map((s) => {
    const b = s.budget;
    const old = b.executionRate !== null && b.rateDate && on && isStale(b.rateDate, on, ctx.settings.staleAfterDays);
    const rate = b.executionRate === null ? w.noRate : percentText(b.executionRate);
    return {
      name: s.name,
      value: (b.executionRate ?? 0) * 100,
      figure: old ? w.dated(rate, monthDay(b.rateDate!, ctx.lang)) : rate,
      color: lights && b.light ? lightColor[b.light] : seriesColor.actual,
    };
  });
  const max = Math.max(100, ...rows.map((r) => Math.ceil(r.value / 10) * 10));
  return slideRowsOption({
    title, notes: [summaries.every((x) => x.budget.executionRate === null) ? empty.noSpend : w.budgetNote(percentText(time))], ...box, rows, min: 0, max,
    mark: { value: time * 100, color: seriesColor.timeProgress }, rest: w.budgetRest, ink: slideInk[ctx.theme], namesAbove: true,
    aria: `${title}: ${rows.map((r) => `${r.name} ${r.figure}`).join('; ')}`,
  });
}

/** Status counts per 一级指标, stacked. */
export function levelSlideChart(groups: StatusGroup[], empty: string | null, title: string, unnamed: string, box: Box, ctx: SlideChartContext): EChartsOption {
  const w = slideWords[ctx.lang];
  if (!groups.length || empty) return emptySlideChart(title, empty ?? '', box, ctx);
  return slideStackOption({
    title, ...box, groups: groups.map((g) => ({ name: g.label || unnamed, counts: g.counts })),
    order: ['met', 'warning', 'behind', 'pending', 'unparsed'], statusNames: ctx.statusNames,
    total: w.total, rest: w.groupRest, ink: slideInk[ctx.theme],
    aria: `${title}: ${groups.map((g) => `${g.label} ${Object.entries(g.counts).filter(([, n]) => n).map(([s, n]) => `${ctx.statusNames[s as Status]} ${n}`).join(' ')}`).join('; ')}`,
  });
}

/** A project's quantitative indicators, worst first: the actual as a share of the expected value, 应达 = 100%. */
export function quantSlideChart(title: string, entries: VarianceEntry[], empty: string, box: Box, ctx: SlideChartContext): EChartsOption {
  const w = slideWords[ctx.lang];
  const bars = varianceBars(entries);
  if (!bars.length) return emptySlideChart(title, empty, box, ctx);
  const figure = (j: Judgement) => `${actualCellText(j, ctx.lang)} / ${expectedValueText(j)}  ${ctx.statusNames[j.status]}`;
  const rows = bars.map((b) => ({ name: b.name, value: Math.max(0, 100 + b.performance), figure: figure(b.judgement), color: statusColor[b.status] }));
  return slideRowsOption({
    title, notes: [w.quantNote], ...box, rows, min: 0, max: 150,
    mark: { value: 100 }, rest: w.quantRest, ink: slideInk[ctx.theme],
    aria: `${title}: ${rows.map((r) => `${r.name} ${r.figure}`).join('; ')}`,
  });
}

