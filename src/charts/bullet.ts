// Bullet charts: per quantitative indicator, the actual as a bar (coloured by status, labelled
// with the figure and the status word) against the expected value at the as-of date (solid
// mark), the 半年 and 全年 target values (dashed marks) and the status zones of the rule set in
// force (light red = 滞后, light amber = 预警 = the tolerance band, light green = 达标), so the
// tolerance is visible, not just the verdict. One grid per indicator, stacked, in one chart.
// The words of a row are drawn by a custom series that knows the drawn width (bulletLayout): ECharts'
// own mark and bar labels were cut at the right edge and crossed by the mark lines.
import type { EChartsOption } from 'echarts';
import type { Judgement, Status } from '../domain/judge/types';
import type { Settings } from '../domain/settings';
import type { IndicatorTrack } from '../domain/path';
import { tooltipHtml } from './escape';
import { niceCeil, quantityText, round2 } from './numbers';
import { fontFamily, seriesColor, statusColor } from './palette';
import { chartTitle, headingBottom, legendRow } from './frame';
import { placeMarkLabels, placeValueLabel, textWidth } from './bulletLayout';
import { emptyChartOption, fallbackEmpty } from './empty';

export type ZoneStatus = Extract<Status, 'met' | 'warning' | 'behind'>;
export interface Zone { status: ZoneStatus; from: number; to: number | null }

export interface BulletItem {
  id: string;
  name: string;
  unit: string;
  status: Status;
  actual: number | null;
  actualText: string;
  expected: number | null;
  h1: number | null;
  fy: number | null;
  zones: Zone[];
}

export interface BulletLabels {
  title: string;
  subtitle: string;
  actual: string;
  expected: string;
  h1: string;
  fy: string;
  status: string;
  zone: string;
  statusNames: Record<Status, string>;
  /** Legend names of the zones. */
  zones: Record<ZoneStatus, string>;
  noActual: string;
  /** Drawn in the chart's place when there is no bullet (nothing reported, no quantitative indicator). */
  empty?: string;
}

export const zoneColor: Record<ZoneStatus, string> = { met: 'rgba(46,157,75,0.13)', warning: 'rgba(230,162,60,0.22)', behind: 'rgba(217,48,38,0.12)' };

/**
 * Status zones along the axis for an expected value e, mirroring the judge: default tolerances
 * (正向 ratio or points for progress rates, 反向 ratio), or the 一体化系统 bands.
 */
export function bulletZones(track: Pick<IndicatorTrack, 'direction' | 'progressRate' | 'budgetExecution' | 'proRated'>, e: number, settings: Settings): Zone[] {
  return rawZones(track, e, settings).filter((x) => x.to === null || x.to > x.from);
}

function rawZones(track: Pick<IndicatorTrack, 'direction' | 'progressRate' | 'budgetExecution' | 'proRated'>, e: number, settings: Settings): Zone[] {
  const neg = track.direction === 'negative';
  const z = (status: ZoneStatus, from: number, to: number | null): Zone => ({ status, from: Math.max(0, from), to: to === null ? null : Math.max(0, to) });
  if (settings.ruleSet === 'pmkpi') {
    const b = settings.lights;
    if (track.budgetExecution) return [z('behind', 0, e * b.budgetRed), z('warning', e * b.budgetRed, e * b.budgetYellow), z('met', e * b.budgetYellow, null)];
    if (neg) return [z('met', 0, e), z('behind', e, null)];
    if (!track.proRated) return [z('behind', 0, e), z('met', e, null)];
    return [z('behind', 0, e * b.red), z('warning', e * b.red, e * b.yellow), z('met', e * b.yellow, null)];
  }
  const t = settings.tolerances;
  if (neg) return [z('met', 0, e), z('warning', e, e * t.negativeRatio), z('behind', e * t.negativeRatio, null)];
  if (e <= 0) return [z('met', 0, null)];
  const low = track.progressRate ? e - t.progressPoints : e * t.positiveRatio;
  return [z('behind', 0, low), z('warning', low, e), z('met', e, null)];
}

/** A bullet of one judged indicator with its track (quantitative only). */
export function bulletItem(j: Judgement, track: IndicatorTrack, name: string, settings: Settings): BulletItem {
  return {
    id: j.indicatorId, name, unit: j.unit || track.unit, status: j.status, actual: j.actual, actualText: j.actualText ?? '',
    expected: j.expected, h1: track.h1, fy: track.fy,
    zones: j.expected === null ? [] : bulletZones(track, j.expected, settings),
  };
}


function axisMax(it: BulletItem): number {
  const values = [it.actual, it.expected, it.h1, it.fy, ...it.zones.map((z) => z.to)].filter((v): v is number => v !== null && Number.isFinite(v));
  return niceCeil(Math.max(1, ...values) * 1.12);
}

interface Mark { value: number; names: string[]; quantities: string[]; solid: boolean }

/** Marks at (nearly) the same place share one line and one label: `应达 / 半年 / 全年 98%` when equal. */
function marks(it: BulletItem, L: BulletLabels, max: number): Mark[] {
  const list: Mark[] = [];
  const add = (value: number | null, name: string, solid: boolean) => {
    if (value === null) return;
    const quantity = quantityText(value, it.unit);
    const near = list.find((m) => Math.abs(m.value - value) <= max * 0.02);
    if (near) {
      near.names.push(name);
      near.quantities.push(quantity);
      near.solid ||= solid;
    } else list.push({ value, names: [name], quantities: [quantity], solid });
  };
  add(it.expected, L.expected, true);
  add(it.h1, L.h1, false);
  add(it.fy, L.fy, false);
  return list;
}

function markText(m: Mark): string {
  return m.quantities.every((q) => q === m.quantities[0])
    ? `${m.names.join(' / ')} ${m.quantities[0]}`
    : m.names.map((n, i) => `${n} ${m.quantities[i]}`).join(' / ');
}

const MARK_FONT = 11;
const VALUE_FONT = 12;
const VALUE_PAD = 3;

interface RenderParams { coordSys: { x: number; y: number; width: number; height: number } }
interface RenderApi { coord: (v: number[]) => number[]; getWidth: () => number }

/**
 * The words of one row, laid out when drawn (custom series): mark labels above the grid, the value
 * label beside the bar end, both placed by bulletLayout against the real width.
 */
function rowLabels(it: BulletItem, L: BulletLabels, list: Mark[]) {
  const markTexts = list.map(markText);
  const figure = it.actual === null ? L.noActual : quantityText(it.actual, it.unit);
  // The status word goes when only the figure fits between the lines (the bar's colour still says it).
  const texts = it.actual === null ? [figure] : [`${figure} ${L.statusNames[it.status]}`, figure];
  return (params: unknown, api: unknown) => {
    const { coordSys: grid } = params as RenderParams;
    const { coord, getWidth } = api as RenderApi;
    const width = getWidth();
    const xs = list.map((m) => coord([m.value, 0])[0]);
    const spots = placeMarkLabels(xs, markTexts.map((t) => textWidth(t, MARK_FONT)), width);
    const [barEnd, barY] = coord([it.actual ?? 0, 0]);
    const value = placeValueLabel(barEnd, texts.map((t) => textWidth(t, VALUE_FONT) + 2 * VALUE_PAD), xs, grid.x, width);
    return {
      type: 'group',
      children: [
        ...list.map((m, i) => ({
          type: 'text',
          x: spots[i].x0,
          y: grid.y - 4 - 13 * spots[i].level,
          style: { text: markTexts[i], fontSize: MARK_FONT, fontFamily, fill: m.solid ? seriesColor.target : '#606266', verticalAlign: 'bottom' },
        })),
        {
          type: 'text',
          x: value.x0,
          y: barY,
          style: {
            text: texts[value.text], fontSize: VALUE_FONT, fontFamily, fill: '#303133', verticalAlign: 'middle',
            backgroundColor: 'rgba(255,255,255,0.85)', padding: [1, VALUE_PAD],
          },
        },
      ],
    };
  };
}

/** `top`: where the first row starts; its mark labels rise up to ~30px above its grid (top + 26). */
export interface BulletLayout { rowHeight: number; top: number; labelWidth: number }
export const defaultBulletLayout: BulletLayout = { rowHeight: 74, top: headingBottom({ title: 'x', subtitle: 'x' }), labelWidth: 190 };

/** Height in px the chart needs for n bullets. */
export const bulletHeight = (n: number, layout = defaultBulletLayout) => layout.top + Math.max(1, n) * layout.rowHeight + 8;

export function bulletOption(items: BulletItem[], L: BulletLabels, layout = defaultBulletLayout): EChartsOption {
  // Without a row the zones' legend series would point at an x axis nobody drew, and ECharts throws.
  if (!items.length) return emptyChartOption(L.title, L.empty ?? fallbackEmpty(L.title));
  const grids = items.map((_, i) => ({ left: layout.labelWidth, right: 36, top: layout.top + i * layout.rowHeight + 26, height: 20 }));
  const zoneStatuses: ZoneStatus[] = ['behind', 'warning', 'met'];
  return {
    textStyle: { fontFamily },
    title: chartTitle(L),
    legend: legendRow(L, zoneStatuses.map((s) => ({ name: L.zones[s], icon: 'rect' })), { selectedMode: false }),
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p) => {
        const it = items[(p as { seriesIndex: number }).seriesIndex];
        if (!it) return '';
        const zone = it.zones.find((z) => it.actual !== null && it.actual >= z.from && (z.to === null || it.actual < z.to));
        return tooltipHtml(it.name, [
          [L.status, L.statusNames[it.status]],
          [L.actual, it.actual === null ? L.noActual : `${it.actualText}（${quantityText(it.actual, it.unit)}）`],
          [L.expected, quantityText(it.expected, it.unit)],
          // A year-only indicator (domain.md §3) has no 半年 target: no empty 半年 line.
          ...(it.h1 === null ? [] : [[L.h1, quantityText(it.h1, it.unit)] as [string, string]]),
          [L.fy, quantityText(it.fy, it.unit)],
          [L.zone, zone ? `${L.zones[zone.status]} ${quantityText(zone.from, it.unit)} – ${zone.to === null ? '∞' : quantityText(zone.to, it.unit)}` : '—'],
        ]);
      },
    },
    grid: grids,
    xAxis: items.map((it, i) => ({
      type: 'value' as const, gridIndex: i, min: 0, max: axisMax(it), splitNumber: 5,
      // hideOverlap: a round axis end near the last tick (5 | 5.2) would print over it.
      axisLabel: { fontSize: 10, color: '#909399', hideOverlap: true, formatter: (v: number) => `${round2(v)}` },
      splitLine: { show: false }, axisTick: { show: false }, axisLine: { lineStyle: { color: '#dcdfe6' } },
    })),
    yAxis: items.map((it, i) => ({
      type: 'category' as const, gridIndex: i, data: [it.name], axisTick: { show: false }, axisLine: { show: false },
      axisLabel: { width: layout.labelWidth - 16, overflow: 'truncate' as const, color: '#303133', fontSize: 12 },
    })),
    series: [
      ...items.map((it, i) => {
        const max = axisMax(it);
        return {
          type: 'bar' as const,
          name: it.name,
          xAxisIndex: i,
          yAxisIndex: i,
          barWidth: 12,
          z: 3,
          data: [{
            value: it.actual ?? 0,
            id: it.id,
            itemStyle: { color: statusColor[it.status] },
            // Drawn by the row's label series instead: placed off the mark lines.
            label: { show: false },
          }],
          markArea: {
            silent: true,
            data: it.zones.map((z) => [
              { xAxis: z.from, itemStyle: { color: zoneColor[z.status] } },
              { xAxis: z.to === null ? max : Math.min(z.to, max) },
            ]) as never,
          },
          markLine: {
            silent: true,
            symbol: 'none',
            animation: false,
            data: marks(it, L, max).map((m) => ({
              xAxis: m.value,
              lineStyle: { color: m.solid ? seriesColor.target : '#606266', type: m.solid ? ('solid' as const) : ('dashed' as const), width: m.solid ? 2 : 1 },
              label: { show: false },
            })),
          },
        };
      }),
      // The words of each row (mark labels, value label), above the lines and bars.
      ...items.map((it, i) => ({
        type: 'custom' as const,
        xAxisIndex: i,
        yAxisIndex: i,
        silent: true,
        z: 6,
        data: [[0, 0]],
        renderItem: rowLabels(it, L, marks(it, L, axisMax(it))) as never,
      })),
      // Legend entries for the zones: empty line series, so they take no room beside the bars.
      ...zoneStatuses.map((s) => ({ type: 'line' as const, name: L.zones[s], data: [], itemStyle: { color: zoneColor[s], borderColor: statusColor[s], borderWidth: 1 }, lineStyle: { color: zoneColor[s] } })),
    ],
  };
}
