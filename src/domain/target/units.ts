// Unit table. A unit belongs to one kind; conversion happens only inside a kind, through the
// kind's base unit: percent → `%`, count → one item, time → 秒, money → 元.
// Choices a finance officer should know about:
// - 工作日 converts as 1 天 (and 周 = 7 天, 月 = 30 天, 季度 = 90 天, 年 = 365 天): a target of
//   `≤5个工作日` read against an actual in 天 or 小时 is approximate, calendar-free.
// - Count units are interchangeable (factor 1): measure words are used loosely in real tables
//   (2次 against ≥2轮, 3个 against ≥3项). `万人次`, `千元`, `亿元`: a 十/百/千/万/十万/百万/千万/亿
//   prefix multiplies a count or money unit.
// - A measure word followed by a noun (`个单位`, `名学员`, `家企业`) is a count.
// - 百分点 / 个百分点 convert 1:1 with %; ‰ is 0.1%.
// - Anything else (分 as score, 次/年, GB, 平方米) is unknown: unitOf returns null, and a quantity
//   in it keeps its unit with kind `none`, comparable only with the very same unit.
import type { UnitKind } from './types';
import { normalizeText } from './text';

export interface UnitInfo {
  kind: UnitKind;
  /** Multiplier to the kind's base unit. */
  factor: number;
}

const COUNT_WORDS = (
  '个 项 次 轮 人 家 套 份 篇 期 座 台 件 条 本 场 所 户 名 位 批 类 册 部 张 块 处 间 辆 门 节 页 笔 单 宗 起 例 ' +
  '支 队 组 款 章 首 幅 集 栋 层 株 棵 头 只 盏 根 片 届 站 区 村 ' +
  '项次 人次 家次 户次 个次 场次 批次 篇次 车次 架次 课时 学时 个项目 人员'
).split(' ');

const TIME: Record<string, number> = {
  秒: 1, 秒钟: 1, 分钟: 60, 小时: 3600, 个小时: 3600,
  天: 86400, 日: 86400, 工作日: 86400, 个工作日: 86400, 自然日: 86400, 个自然日: 86400,
  周: 604800, 个周: 604800, 星期: 604800, 个星期: 604800,
  月: 2592000, 个月: 2592000, 季度: 7776000, 个季度: 7776000, 年: 31536000,
};

const PERCENT: Record<string, number> = { '%': 1, '‰': 0.1, 百分点: 1, 个百分点: 1 };

const TABLE = new Map<string, UnitInfo>();
for (const w of COUNT_WORDS) TABLE.set(w, { kind: 'count', factor: 1 });
for (const [w, f] of Object.entries(TIME)) TABLE.set(w, { kind: 'time', factor: f });
for (const [w, f] of Object.entries(PERCENT)) TABLE.set(w, { kind: 'percent', factor: f });
TABLE.set('元', { kind: 'money', factor: 1 });

/** Longest first, so that 十万 wins over 十. */
const PREFIXES: [string, number][] = [
  ['千万', 1e7], ['百万', 1e6], ['十万', 1e5], ['亿', 1e8], ['万', 1e4], ['千', 1e3], ['百', 1e2], ['十', 10],
];

const SINGLE_COUNT = new Set(COUNT_WORDS.filter((w) => w.length === 1));

/** Kind and factor to the base unit, or null for an unknown unit. `` (bare number) → none, 1. */
export function unitOf(unit: string): UnitInfo | null {
  const u = normalizeText(unit);
  if (u === '') return { kind: 'none', factor: 1 };
  const direct = TABLE.get(u);
  if (direct) return direct;
  for (const [p, m] of PREFIXES) {
    if (!u.startsWith(p) || u.length === p.length) continue;
    const rest = TABLE.get(u.slice(p.length));
    if (rest && (rest.kind === 'count' || rest.kind === 'money')) return { kind: rest.kind, factor: rest.factor * m };
  }
  // Measure word + noun: 个单位, 名学员 — but not 人天 / 次/年, whose tail is a unit or a rate.
  const tail = u.slice(1);
  if (SINGLE_COUNT.has(u[0]) && u.length <= 5 && !u.includes('/') && !TABLE.has(tail) && !/[\d.%]/.test(tail))
    return { kind: 'count', factor: 1 };
  return null;
}

/** Drops float noise such as 2.5000000000000004 from a conversion. */
const clean = (x: number) => Number(x.toPrecision(12));

/**
 * `value` in `fromUnit` expressed in `toUnit`; identical units always convert 1:1 (even unknown
 * ones), otherwise null when either is unknown or the kinds differ.
 */
export function convert(value: number, fromUnit: string, toUnit: string): number | null {
  const from = normalizeText(fromUnit);
  const to = normalizeText(toUnit);
  if (from === to) return value;
  const a = unitOf(from);
  const b = unitOf(to);
  if (!a || !b || a.kind !== b.kind || a.kind === 'none') return null;
  return clean((value * a.factor) / b.factor);
}
