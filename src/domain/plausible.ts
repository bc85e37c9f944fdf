// Plausibility of recorded figures: values the parsers read without complaint but that no real
// project can have — a satisfaction of 1500 % or −85 %, a negative count, spend of 86,206 % of the
// budget (元 typed where 万元 was due), an actual dated in another year than its table's. Left
// unchecked they are judged 达标 without a word. Each finding is a Chinese reason and a severity:
// 'error' means the record must not be used (the caller refuses the row, naming file, row and field),
// 'warning' that it is used but said. Pure: callers (io/load, the monitoring form) add where.
import type { ParsedActual } from './target/types';
import type { PreparedIndicator } from './judge/evaluate';
import type { IsoDate, Project, Spend } from './types';
import { quoted } from './labels';

export interface Implausible {
  severity: 'error' | 'warning';
  reason: string;
}

/** A percentage of change, not a share: it may be negative and may pass 100 %. */
const CHANGE = /增长|增幅|增速|增加|增量|提高|提升|下降|降低|减少|变化|变动|涨幅|降幅|同比|环比|比上年|较上年|偏差|偏离|节约|超支|误差/;
/** Shares that may honestly pass 100 % (超额完成, 追加预算): said, not refused. */
const MAY_EXCEED = /完成|执行|到位|达成|进度|使用率|利用率|兑现/;
/** Spend this many times the budget is a unit slip (元 for 万元), not a real overspend. */
const ABSURD_SPEND = 10;

const r2 = (x: number) => String(Math.round(x * 100) / 100);

/**
 * An actual read against its indicator (`read` from readActualIn) that cannot be true: shares
 * outside 0–100 % (unless a change rate, or a target itself above 100 %), negative counts, times
 * and amounts.
 */
export function implausibleActual(p: PreparedIndicator, read: ParsedActual | null): Implausible | null {
  const target = p.fy.kind === 'quantity' ? p.fy : p.h1;
  const name = p.indicator.level3;
  if (read?.kind !== 'number' || target.kind !== 'quantity' || CHANGE.test(name)) return null;
  const v = read.value;
  const shown = `${r2(v)}${target.unit}`;
  if (target.unitKind === 'percent') {
    if (v < 0) return { severity: 'error', reason: `“${name}”是占比，${shown} 不可能为负` };
    const targets = [p.h1, p.fy].filter((t) => t.kind === 'quantity').map((t) => t.value);
    if (v > 100 && Math.max(...targets) <= 100) {
      if (MAY_EXCEED.test(name) || p.progressRate) return { severity: 'warning', reason: `${shown} 超过 100%，请核对是否填错` };
      return { severity: 'error', reason: `“${name}”是占比，${shown} 超出 0–100% 的范围（千分位逗号或多输了位数？）` };
    }
    return null;
  }
  if (v < 0) {
    const what = { count: '数量', time: '时间', money: '金额', none: '数值' }[target.unitKind];
    return { severity: target.unitKind === 'none' ? 'warning' : 'error', reason: `“${name}”的${what} ${shown} 不可能为负` };
  }
  return null;
}

/** Cumulative spend that cannot be: negative, or far above the line's or the project's budget. */
export function implausibleSpend(project: Project, s: Spend): Implausible | null {
  if (s.amount < 0) return { severity: 'error', reason: `累计执行数 ${r2(s.amount)} 万元为负` };
  const line = s.expense === null ? null : project.expenses.find((e) => e.name === s.expense);
  const budget = line ? line.budgetFY : project.funds.total;
  if (budget === null || budget <= 0 || s.amount <= budget + 0.005) return null;
  const of = line ? `支出项目“${line.name}”的全年预算数 ${r2(budget)} 万元` : `资金总额 ${r2(budget)} 万元`;
  const share = `${r2((s.amount / budget) * 100)}%`;
  if (s.amount >= budget * ABSURD_SPEND) {
    return { severity: 'error', reason: `累计执行数 ${r2(s.amount)} 万元是${of}的 ${share}，应是单位或位数填错（金额以万元计）` };
  }
  return { severity: 'warning', reason: `累计执行数 ${r2(s.amount)} 万元超过${of}（执行率 ${share}），请核对` };
}

/**
 * An actual or spend record dated outside its table's year (or, without a 年度, outside the
 * project's 开始–完成 years): a 2023 figure must not pass for the 2024 half-year result.
 */
export function outsideProjectYear(project: Project, date: IsoDate): string | null {
  const year = Number(date.slice(0, 4));
  if (project.year !== null) {
    return year === project.year ? null : `日期 ${date} 不在项目${quoted(project.name)}的年度（${project.year} 年）内`;
  }
  const [start, end] = [project.startYear, project.endYear];
  if ((start !== null && year < start) || (end !== null && year > end)) {
    return `日期 ${date} 不在项目${quoted(project.name)}的期限（${start ?? '?'}–${end ?? '?'} 年）内`;
  }
  return null;
}

