// Everything the project page shows about one project, as computeds of the stores: its facts,
// budget, judgements, the expected path and dated actuals of each quantitative indicator (per
// dataset, not per date), the pace of the lagging ones and the chart options. Changing the as-of
// date or the settings re-judges through the report store; nothing is judged here.
import { computed, markRaw, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { EChartsOption } from 'echarts';
import type { Actual, Indicator, Spend } from '../../../domain/types';
import type { Status } from '../../../domain/judge/types';
import { directionLabel, statusLabel, statusLabelEn } from '../../../domain/labels';
import { indicatorTrack, type IndicatorTrack } from '../../../domain/path';
import { paceFor, type Pace } from '../../../domain/pace';
import { budgetVerdicts } from '../../../domain/budget';
import { isFlagged } from '../../../domain/flagged';
import { varianceBars, varianceOption, type VarianceLabels } from '../../../charts/variance';
import { bulletItem, bulletOption, bulletHeight, type BulletItem, type BulletLabels } from '../../../charts/bullet';
import { trendOption, type TrendLabels } from '../../../charts/trend';
import { fundsOption, type FundsLabels } from '../../../charts/funds';
import { messages, type Language, type Messages } from '../../i18n';
import { useDatasetStore } from '../../stores/dataset';
import { useReportStore } from '../../stores/report';
import { indicatorTableRows } from './indicatorRows';
import { paceQuantity } from './format';

const directionEn = { positive: 'higher is better', negative: 'lower is better' } as const;

export function useProjectPage(id: Ref<string>, flaggedOnly: Ref<boolean>) {
  const { t, locale } = useI18n();
  const data = useDatasetStore();
  const report = useReportStore();

  const project = computed(() => report.projectsById.get(id.value) ?? null);
  const summary = computed(() => report.summariesById.get(id.value) ?? null);
  const judgements = computed(() => report.judgementsByProject.get(id.value) ?? []);
  const settings = computed(() => report.judged.engine.columns.settings);
  const year = computed(() => project.value?.year ?? report.year ?? Number(report.asOf.slice(0, 4)));

  /** The project's indicators, actuals and spend: one pass over the dataset per project. */
  const records = computed(() => {
    const pid = id.value;
    const indicators = new Map<string, Indicator>();
    for (const j of judgements.value) {
      const ind = report.indicatorsById.get(j.indicatorId);
      if (ind) indicators.set(ind.id, ind);
    }
    const actuals: Actual[] = data.dataset.actuals.filter((a) => a.projectId === pid);
    const spend: Spend[] = data.dataset.spend.filter((s) => s.projectId === pid);
    return { indicators, actuals, spend };
  });

  /** Paths and dated actuals do not depend on the as-of date: built once per project and settings. */
  const tracks = computed(() => {
    const map = new Map<string, IndicatorTrack>();
    const p = project.value;
    const { indicators, actuals, spend } = records.value;
    if (!p) return map;
    for (const ind of indicators.values()) {
      const track = indicatorTrack(ind, actuals, year.value, settings.value, { project: p, records: spend });
      if (track) map.set(ind.id, track);
    }
    return map;
  });

  const paces = computed(() => {
    const map = new Map<string, Pace | null>();
    for (const j of judgements.value) {
      const ind = records.value.indicators.get(j.indicatorId);
      if (ind) map.set(j.indicatorId, paceFor(ind, j, settings.value));
    }
    return map;
  });

  const flagged = computed(() => judgements.value.filter((j) => isFlagged(j.status)));
  const rows = computed(() => indicatorTableRows(flaggedOnly.value ? flagged.value : judgements.value, records.value.indicators, paces.value, locale.value));
  const nameOf = (indicatorId: string) => records.value.indicators.get(indicatorId)?.level3 ?? indicatorId;

  // Chart labels: the project.chart messages of the current language (no placeholders in them).
  const lang = computed(() => (locale.value === 'en' ? 'en' : 'zh-CN') as Language);
  const chartMessages = (name: string) => ((messages[lang.value].project as Messages).chart as Messages)[name] as Messages;
  const statusNames = computed<Record<Status, string>>(() => (lang.value === 'en' ? statusLabelEn : statusLabel));
  const withStatus = <T>(name: string, extra: object = {}) => ({ ...chartMessages(name), statusNames: statusNames.value, ...extra }) as T;

  const varianceEntries = computed(() => judgements.value.map((j) => ({ judgement: j, name: nameOf(j.indicatorId) })));
  const varianceChart = computed(() => {
    const labels = withStatus<VarianceLabels>('variance', { directionNames: lang.value === 'en' ? directionEn : directionLabel, lang: lang.value });
    const n = varianceBars(varianceEntries.value).length;
    return { option: varianceOption(varianceEntries.value, labels), height: `${Math.min(640, Math.max(560, 110 + Math.min(n, 16) * 30))}px`, count: n };
  });

  /** Quantitative indicators (those with a track), for the focus picker; worst variance first by default. */
  const focusOptions = computed(() => judgements.value.filter((j) => tracks.value.has(j.indicatorId)).map((j) => ({ id: j.indicatorId, name: nameOf(j.indicatorId) })));
  const defaultFocus = computed(() => {
    const worst = varianceBars(varianceEntries.value).find((b) => tracks.value.has(b.id) && isFlagged(b.status as Status));
    return worst?.id ?? focusOptions.value[0]?.id ?? null;
  });

  const bullets = computed<BulletItem[]>(() =>
    judgements.value.flatMap((j) => {
      const track = tracks.value.get(j.indicatorId);
      return track ? [bulletItem(j, track, nameOf(j.indicatorId), settings.value)] : [];
    }),
  );
  const bulletChart = computed(() => ({
    option: bulletOption(bullets.value, withStatus<BulletLabels>('bullet')) as EChartsOption,
    height: `${bulletHeight(bullets.value.length)}px`,
  }));

  /** Bullet and trend of one indicator, for the focus panel. */
  function focusCharts(indicatorId: string) {
    const j = report.judgementsById.get(indicatorId);
    const track = tracks.value.get(indicatorId);
    if (!j || !track) return null;
    const name = nameOf(indicatorId);
    const pace = paces.value.get(indicatorId) ?? null;
    const bulletLabels = withStatus<BulletLabels>('bullet');
    const one = bulletItem(j, track, name, settings.value);
    const layout = { rowHeight: 64, top: 30, labelWidth: 24 };
    const paceText = pace ? t('project.pace.perMonth', { x: paceQuantity(pace.perMonth, pace.unit, lang.value) }) : undefined;
    const trendLabels = withStatus<TrendLabels>('trend', { monthFormat: lang.value === 'en' ? '{MMM}' : '{M}月', paceText });
    return {
      judgement: markRaw(j), track, pace, name,
      bullet: bulletOption([{ ...one, name: '' }], { ...bulletLabels, title: '', subtitle: '' }, layout),
      bulletHeight: `${bulletHeight(1, layout)}px`,
      trend: trendOption(track, j, name, j.judgedOn ?? report.asOf, year.value, trendLabels, pace, { subtitle: false }),
    };
  }

  /** Execution against 序时进度 and the project's own target, for the funds tab. */
  const fundsVerdicts = computed(() => (summary.value ? budgetVerdicts(summary.value.budget) : []));

  const fundsChart = computed(() => {
    const s = summary.value;
    if (!s) return null;
    const n = s.budget.lines.length;
    return { option: fundsOption(s.budget, chartMessages('funds') as unknown as FundsLabels), height: `${Math.min(520, Math.max(240, 110 + n * 64))}px` };
  });

  return {
    project, summary, judgements, flagged, rows, tracks, paces, year, settings,
    varianceChart, varianceEntries, focusOptions, defaultFocus, bullets, bulletChart, fundsChart, fundsVerdicts, focusCharts, nameOf,
  };
}
