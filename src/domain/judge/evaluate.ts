// Judges one indicator at one as-of date: the target that applies, the expected value, the actual
// recorded on or before that date, the status, the variance and the explanation (domain.md §3).
import type { Indicator, IsoDate, ProgressModel } from '../types';
import type { ParsedActual, ParsedTarget } from '../target/types';
import type { Settings } from '../settings';
import { parseActual, parseTarget, formatQuantity } from '../target';
import { timeProgress, type YMD } from '../calendar';
import { directionLabel, modelLabel, statusLabel } from '../labels';
import { defaultModel, directionOf } from './model';
import { expectationAt } from './expected';
import { classifyNumber, classifyQualitative, type Verdict } from './classify';
import { lightFor, qualitativeLight } from './pmkpi';
import type { Direction, Judgement, Light } from './types';

export interface PreparedIndicator {
  indicator: Indicator;
  h1: ParsedTarget;
  fy: ParsedTarget;
  model: ProgressModel;
  modelReason: string;
  direction: Direction | null;
  /** A progress percentage (预算执行率, 资金到位率): gap judged in points. */
  progressRate: boolean;
  /** 预算执行率-like: actual derivable from spend; judged by 执行率 ÷ 序时进度 under the lights. */
  budgetExecution: boolean;
}

/** What was observed for an indicator: a recorded actual or one derived from spend. */
export interface Observation {
  date: IsoDate;
  text: string;
  derivedFromSpend?: boolean;
  reason?: string;
  likelihood?: string;
  note?: string;
}

export const isBudgetExecutionName = (level3: string) => /执行率|支出进度/.test(level3);

export function prepareIndicator(indicator: Indicator, settings: Settings): PreparedIndicator {
  const h1 = parseTarget(indicator.targetH1);
  const fy = parseTarget(indicator.targetFY);
  const { model, reason } = defaultModel(indicator, h1, fy);
  const percent = (fy.kind === 'quantity' && fy.unitKind === 'percent') || fy.kind === 'timeProgress' || h1.kind === 'timeProgress';
  const progressRate = percent && settings.progressRateNames.some((name) => indicator.level3.includes(name));
  return { indicator, h1, fy, model, modelReason: reason, direction: directionOf(indicator.level3, h1, fy), progressRate,
    budgetExecution: percent && isBudgetExecutionName(indicator.level3) };
}

const fmt = (v: number | null, unit: string) => (v === null ? '—' : formatQuantity(v, unit));

export function judgeIndicator(p: PreparedIndicator, obs: Observation | null, asOf: IsoDate, d: YMD, settings: Settings): Judgement {
  const ind = p.indicator;
  const exp = expectationAt(p.model, p.h1, p.fy, d, settings.timeProgress);
  const lights = settings.ruleSet === 'pmkpi';
  const base: Judgement = {
    indicatorId: ind.id, projectId: ind.projectId, asOf, status: 'pending', model: p.model, modelReason: p.modelReason,
    direction: p.direction, period: exp.period, target: exp.target, expected: exp.expected, unit: exp.unit,
    actualDate: obs?.date ?? null, actualText: obs?.text ?? null, actual: null, variance: { absolute: null, relative: null },
    overAchieved: false, explain: '', reason: obs?.reason, likelihood: obs?.likelihood, note: obs?.note,
    derivedFromSpend: obs?.derivedFromSpend || undefined,
  };
  const head = `目标：${exp.target}（${exp.period === 'H1' ? '半年' : '全年'}）；${modelLabel[p.model]}（${p.modelReason}）`
    + (p.direction ? `，${directionLabel[p.direction]}` : '');
  let how = exp.how;
  const finish = (j: Judgement, rule: string) => {
    const actual = obs ? `；实际：${obs.text}（${obs.date}${obs.derivedFromSpend ? '，由支出记录推算' : ''}）` : '';
    j.explain = `${head}；应达值：${fmt(j.expected, j.unit)}（${how}）${actual}；${statusLabel[j.status]}：${rule}`
      + (lights ? '；规则集：一体化系统' : '');
    return j;
  };

  if (exp.applied.kind === 'unparsed') return finish({ ...base, status: 'unparsed' }, `指标值“${exp.applied.raw}”无法解析`);
  if (!obs) return finish(base, `截至 ${asOf} 无实际值记录`);

  // Under the lights, 正向 quantities are pro-rated from the annual target, so read the actual in its unit.
  const against = lights && p.fy.kind === 'quantity' && exp.applied.kind !== 'qualitative' ? p.fy : exp.applied;
  const parsed: ParsedActual = parseActual(obs.text, against);
  if (parsed.kind === 'error')
    return finish({ ...base, status: 'unparsed', actualError: parsed.reason }, `实际值无法判断：${parsed.reason}`);

  if (parsed.kind !== 'number') {
    const rank = exp.applied.kind === 'qualitative' ? exp.applied.rank : null;
    const v: Verdict = classifyQualitative(parsed, rank) ?? { status: 'unparsed', rule: '实际值与指标值类型不符' };
    const light: Light | undefined = lights ? qualitativeLight[v.status] : undefined;
    return finish({ ...base, status: v.status, light }, v.rule);
  }

  const a = parsed.value;
  let j: Judgement = { ...base, actual: a };
  let rule: string;
  if (lights && p.direction) {
    const tp = timeProgress(d, settings.timeProgress);
    const lv = lightFor(ind, p.fy, a, p.direction, p.budgetExecution, tp, settings.lights);
    if (!lv) return finish({ ...j, status: 'unparsed' }, '一体化系统规则无法适用于该指标值');
    j = { ...j, status: lv.status, light: lv.light, expected: lv.expected, unit: against.kind === 'quantity' ? against.unit : '%' };
    how = lv.how;
    rule = lv.rule;
  } else {
    const e = exp.expected ?? 0;
    const op = p.model === 'level' && exp.applied.kind === 'quantity' ? exp.applied.op : '>=';
    const v = classifyNumber(a, e, p.direction ?? 'positive', op, p.progressRate, settings.tolerances, exp.unit);
    j.status = v.status;
    rule = v.rule;
  }
  const e = j.expected;
  if (e !== null) {
    j.variance = { absolute: a - e, relative: e !== 0 ? (a - e) / e : null };
    j.overAchieved = p.direction === 'positive' && e > 0 && a >= settings.tolerances.overAchieve * e;
    if (j.overAchieved) rule += `；超额（≥应达值的 ${Math.round(settings.tolerances.overAchieve * 100)}%）`;
  }
  return finish(j, rule);
}
