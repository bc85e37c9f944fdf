// Judges one indicator at one as-of date: the target that applies, the expected value, the actual
// recorded on or before that date, the status, the variance and the explanation (domain.md §3).
import type { Indicator, IsoDate, ProgressModel } from '../types';
import type { ParsedActual, ParsedTarget } from '../target/types';
import type { Settings } from '../settings';
import { actualOf, targetOf } from './memo';
import { timeProgress, toIso, type YMD } from '../calendar';
import type { Phrase, TextLanguage } from '../language';
import { composeExplain, type ExplainParts } from './explain';
import { defaultModel, directionOf } from './model';
import { expectationAt } from './expected';
import { atLeast, classifyNumber, classifyQualitative, type Verdict } from './classify';
import { lightFor, qualitativeLight, standardFor } from './pmkpi';
import { isMoneyCap } from './cap';
import { isStale } from './stale';
import { STALE_AFTER_DAYS } from '../settings';
import type { Direction, Judgement, Light, Period, Status, Variance } from './types';
import type { Observation, PreparedIndicator } from './prepared';

export type { Observation, PreparedIndicator } from './prepared';

/** 预算执行率, (项目)资金执行率, 支出执行率, 预算支出进度, a bare 执行率 — not 合同执行率 or 工作计划执行率, which spend says nothing about. */
export const isBudgetExecutionName = (level3: string) => /(预算|资金|支出|经费)执行率|支出进度|^执行率$/.test(level3);

export function prepareIndicator(indicator: Indicator, settings: Settings): PreparedIndicator {
  const h1 = targetOf(indicator.targetH1);
  const fy = targetOf(indicator.targetFY);
  const { model, reason } = defaultModel(indicator, h1, fy);
  const percent = (fy.kind === 'quantity' && fy.unitKind === 'percent') || fy.kind === 'timeProgress' || h1.kind === 'timeProgress';
  const budgetExecution = percent && isBudgetExecutionName(indicator.level3);
  // Budget execution is a progress percentage whatever it is called (经费执行率, 支出执行率).
  const progressRate = budgetExecution || (percent && settings.progressRateNames.some((name) => indicator.level3.includes(name)));
  return { indicator, h1, fy, model, modelReason: reason, direction: directionOf(indicator.level3, h1, fy), progressRate, budgetExecution };
}

/** Which target applies depends only on the half of the year (see expectationAt), so one date stands for each. */
const HALF_DATE: Record<Period, YMD> = { H1: { year: 2000, month: 6, day: 30 }, FY: { year: 2000, month: 12, day: 31 } };

/** Reads an actual of the given half as its judgement would read it; null when the target then applying is unparsed. */
export function readActualIn(p: PreparedIndicator, value: string, half: Period, settings: Settings): ParsedActual | null {
  return readActualAgainst(p, value, appliedIn(p, half, settings), settings);
}

/** The target that applies in a half (the engine asks once per schedule, then reads every actual against it). */
export const appliedIn = (p: Pick<PreparedIndicator, 'model' | 'h1' | 'fy'>, half: Period, settings: Settings): ParsedTarget =>
  expectationAt(p.model, p.h1, p.fy, HALF_DATE[half], settings.timeProgress).applied;

/** readActualIn with the applied target known. */
export function readActualAgainst(p: PreparedIndicator, value: string, applied: ParsedTarget, settings: Settings): ParsedActual | null {
  return applied.kind === 'unparsed' ? null : actualOf(value, againstFor(p, applied, settings.ruleSet === 'pmkpi'));
}

/** Under the lights, 正向 quantities are pro-rated from the annual target, so read the actual in its unit. */
const againstFor = (p: PreparedIndicator, applied: ParsedTarget, lights: boolean) =>
  lights && p.fy.kind === 'quantity' && applied.kind !== 'qualitative' ? p.fy : applied;


/**
 * A judgement whose explanation is composed on first read: re-judging 300,000 indicators must not
 * build 300,000 sentences nobody looks at. Plain data otherwise; toJSON includes the explanation.
 */
class JudgementRecord implements Judgement {
  status: Status = 'pending';
  actual: number | null = null;
  variance: Variance = { absolute: null, relative: null };
  overAchieved = false;
  light?: Light;
  judgedOn?: IsoDate;
  actualError?: string;
  derivedFromSpend?: boolean;
  capShare?: number;
  stale?: boolean;
  previous?: { value: string; date: IsoDate };
  reason?: string;
  likelihood?: string;
  note?: string;
  // Plain (not #private) fields: a Vue reactive proxy of a judgement must still read its explanation.
  private _parts: ExplainParts;
  private _explain?: string;
  private _how?: Phrase;
  private _rule?: Phrase;

  constructor(
    public indicatorId: string, public projectId: string, public asOf: IsoDate, public model: ProgressModel,
    public modelReason: string, public direction: Direction | null, public period: Period, public target: string,
    public expected: number | null, public unit: string, public actualDate: IsoDate | null, public actualText: string | null,
    parts: ExplainParts,
  ) {
    this._parts = parts;
  }

  set rule(rule: Phrase) { this._rule = rule; }
  set how(how: Phrase) { this._how = how; }

  get explain(): string {
    return (this._explain ??= this.explainIn('zh-CN'));
  }

  /** The explanation in either language (English for the English UI; composed each time it is asked). */
  explainIn(lang: TextLanguage): string {
    const parts = this._parts;
    return composeExplain(this, { ...parts, how: this._how ?? parts.how, rule: this._rule ?? parts.rule }, lang);
  }

  toJSON() {
    const data = { ...this, explain: this.explain } as unknown as Record<string, unknown>;
    for (const k of ['_parts', '_explain', '_how', '_rule']) delete data[k];
    return data;
  }
}



/** A monitoring round's view (domain.md §5): its first day, and the latest actual before it when none is dated in it. */
export interface RoundContext { periodStart: IsoDate; previous: Observation | null }

export function judgeIndicator(p: PreparedIndicator, obs: Observation | null, asOf: IsoDate, d: YMD, settings: Settings, round?: RoundContext): Judgement {
  const ind = p.indicator;
  const exp = expectationAt(p.model, p.h1, p.fy, d, settings.timeProgress);
  const lights = settings.ruleSet === 'pmkpi';
  const j = new JudgementRecord(ind.id, ind.projectId, asOf, p.model, p.modelReason, p.direction, exp.period, exp.target,
    exp.expected, exp.unit, obs?.date ?? null, obs?.value ?? null, { p, obs, how: exp.how, rule: noRule, lights, overAchieve: settings.tolerances.overAchieve });
  if (String(d.year) !== asOf.slice(0, 4)) j.judgedOn = toIso(d);
  if (round?.previous) j.previous = { value: round.previous.value, date: round.previous.date };
  // Inside a round the period decides what counts; outside, an old figure is said to be old.
  if (obs && !round && isStale(obs.date, d, settings.staleAfterDays ?? STALE_AFTER_DAYS)) j.stale = true;
  if (obs) {
    j.reason = obs.reason;
    j.likelihood = obs.likelihood;
    j.note = obs.note;
    if (obs.derivedFromSpend) j.derivedFromSpend = true;
  }

  if (exp.applied.kind === 'unparsed') {
    j.status = 'unparsed';
    j.rule = (l) => l === 'en' ? `target “${exp.applied.raw}” cannot be read` : `指标值“${exp.applied.raw}”无法解析`;
    return j;
  }
  if (!obs) {
    const prev = round?.previous;
    if (round) j.rule = (l) => l === 'en'
      ? `no actual recorded in the round (${round.periodStart} to ${asOf})${prev ? `; previous: ${prev.value} (${prev.date})` : ''}`
      : `本轮（${round.periodStart} 至 ${asOf}）无实际值记录${prev ? `；上期：${prev.value}（${prev.date}）` : ''}`;
    else j.rule = (l) => l === 'en' ? `no actual recorded up to ${asOf}` : `截至 ${asOf} 无实际值记录`;
    // Show the value the lights will judge by once the actual is filled in.
    const std = lights && p.direction && exp.applied.kind !== 'qualitative'
      ? standardFor(ind, p.fy, p.direction, p.budgetExecution, timeProgress(d, settings.timeProgress)) : null;
    if (std) {
      j.expected = std.expected;
      j.unit = p.fy.kind === 'quantity' ? p.fy.unit : '%';
      j.how = std.how;
    }
    return j;
  }

  const against = againstFor(p, exp.applied, lights);
  const parsed = actualOf(obs.value, against);
  if (parsed.kind === 'error') {
    j.status = 'unparsed';
    j.actualError = parsed.reason;
    j.rule = (l) => l === 'en' ? `the actual cannot be judged: ${parsed.reason}` : `实际值无法判断：${parsed.reason}`;
    return j;
  }

  if (parsed.kind !== 'number') {
    const rank = exp.applied.kind === 'qualitative' ? exp.applied.rank : null;
    const v: Verdict = classifyQualitative(parsed, rank) ?? { status: 'unparsed', rule: (l) => l === 'en' ? 'the actual is not of the target\'s kind' : '实际值与指标值类型不符' };
    j.status = v.status;
    j.rule = v.rule;
    if (lights) j.light = qualitativeLight[v.status];
    return j;
  }

  const a = parsed.value;
  j.actual = a;
  if (lights && p.direction) {
    const tp = timeProgress(d, settings.timeProgress);
    const lv = lightFor(ind, p.fy, a, p.direction, p.budgetExecution, tp, settings.lights);
    if (!lv) {
      j.status = 'unparsed';
      j.rule = (l) => l === 'en' ? 'the 一体化系统 lights do not apply to this target' : '一体化系统规则无法适用于该指标值';
      return j;
    }
    j.status = lv.status;
    j.light = lv.light;
    j.expected = lv.expected;
    j.unit = against.kind === 'quantity' ? against.unit : '%';
    j.how = lv.how;
    j.rule = lv.rule;
  } else {
    const e = exp.expected ?? 0;
    const op = p.model === 'level' && exp.applied.kind === 'quantity' ? exp.applied.op : '>=';
    const v = classifyNumber(a, e, p.direction ?? 'positive', op, p.progressRate, settings.tolerances, exp.unit);
    j.status = v.status;
    j.rule = v.rule;
  }
  const e = j.expected;
  if (e !== null) {
    j.variance = { absolute: a - e, relative: e !== 0 ? (a - e) / e : null };
    j.overAchieved = p.direction === 'positive' && e > 0 && atLeast(a, settings.tolerances.overAchieve * e);
    if (e > 0 && isMoneyCap(exp.applied, p.direction)) j.capShare = a / e;
  }
  return j;
}

const noRule: Phrase = () => '';
