// The sentence that answers "why is this red?" (domain.md §3): target and half, model and the rule
// that chose it, direction, expected value and how it was computed, the actual, the status and the
// rule that decided it — in Chinese (the judgement's `explain`, in JSON and the CLI) or English.
import type { IsoDate } from '../types';
import type { Phrase, TextLanguage } from '../language';
import { formatQuantity } from '../target';
import { directionLabel, directionLabelEn, modelLabel, modelLabelEn, statusLabel, statusLabelEn } from '../labels';
import { modelReasonIn } from './model';
import type { Judgement } from './types';
import { daysBefore } from './stale';
import { parseIsoDate } from '../calendar';
import type { Observation, PreparedIndicator } from './prepared';

/** What the explanation is made of; composed into text only when first read. */
export interface ExplainParts {
  p: PreparedIndicator;
  obs: Observation | null;
  how: Phrase;
  rule: Phrase;
  lights: boolean;
  overAchieve: number;
}

const fmt = (v: number | null, unit: string) => (v === null ? '—' : formatQuantity(v, unit));

/** A cumulative target reads `半年 =30% → 全年 =100%`; in English `half-year =30% → full-year =100%`. */
export function targetIn(target: string, lang: TextLanguage): string {
  if (lang !== 'en') return target;
  const m = /^半年 (.*) → 全年 (.*)$/.exec(target);
  return m ? `half-year ${m[1]} → full-year ${m[2]}` : target;
}

/** Said first when the project's 年度 is not the as-of year (see dayInYear). */
function yearNote(judgedOn: IsoDate | undefined, asOf: IsoDate, en: boolean): string {
  if (!judgedOn) return '';
  const year = judgedOn.slice(0, 4);
  const over = judgedOn < asOf;
  if (en) return over ? `Project year ${year} is over: judged as of 31 Dec ${year}; ` : `Project year ${year} has not begun: judged as of 1 Jan ${year}; `;
  return over ? `项目年度 ${year} 年已结束，按 ${year}年12月31日 判断；` : `项目年度 ${year} 年尚未开始，按 ${year}年1月1日 判断；`;
}

/** Days from the actual to the day judged on, said beside a stale actual's date. */
function staleDays(j: Judgement): number | null {
  const on = parseIsoDate(j.judgedOn ?? j.asOf);
  return j.stale && j.actualDate && on ? daysBefore(j.actualDate, on) : null;
}

export function composeExplain(j: Judgement, { p, obs, how, rule, lights, overAchieve }: ExplainParts, lang: TextLanguage = 'zh-CN'): string {
  const en = lang === 'en';
  const reason = modelReasonIn(p.modelReason, lang);
  const over = Math.round(overAchieve * 100);
  if (en) {
    const head = `Target: ${targetIn(j.target, lang)} (${j.period === 'H1' ? 'half-year' : 'full-year'}); ${modelLabelEn[p.model]} (${reason})`
      + (p.direction ? `, ${directionLabelEn[p.direction]}` : '');
    const old = staleDays(j);
    const actual = obs ? `; actual: ${obs.value} (${obs.date}${obs.derivedFromSpend ? ', derived from spend records' : ''}${old !== null ? `, stale: ${old} days old` : ''})` : '';
    let text = `${yearNote(j.judgedOn, j.asOf, true)}${head}; expected: ${fmt(j.expected, j.unit)} (${how(lang)})${actual}; ${statusLabelEn[j.status]}: ${rule(lang)}`;
    if (j.overAchieved) text += `; over-achieved (≥ ${over}% of expected)`;
    return text + (lights ? '; rule set: 一体化系统 lights' : '');
  }
  const head = `目标：${j.target}（${j.period === 'H1' ? '半年' : '全年'}）；${modelLabel[p.model]}（${reason}）`
    + (p.direction ? `，${directionLabel[p.direction]}` : '');
  const old = staleDays(j);
  const actual = obs ? `；实际：${obs.value}（${obs.date}${obs.derivedFromSpend ? '，由支出记录推算' : ''}${old !== null ? `，已过期：距判断日 ${old} 天` : ''}）` : '';
  let text = `${yearNote(j.judgedOn, j.asOf, false)}${head}；应达值：${fmt(j.expected, j.unit)}（${how(lang)}）${actual}；${statusLabel[j.status]}：${rule(lang)}`;
  if (j.overAchieved) text += `；超额（≥应达值的 ${over}%）`;
  return text + (lights ? '；规则集：一体化系统' : '');
}

/** A judgement's explanation in the language asked for (a judgement read back from JSON has only its Chinese one). */
export function explainIn(j: Judgement, lang: TextLanguage): string {
  return lang === 'en' && typeof j.explainIn === 'function' ? j.explainIn('en') : j.explain;
}
