// Qualitative vocabulary of targets and actuals.
// Grades are ordinal, higher is better (domain.md §2):
//   5 显著 / 非常显著 / 优秀 / 很高     4 明显 / 大幅 / 高 / 好     3 较高 / 较大 / 良好 / 较好
//   2 一般 / 基本 / 有所 / 一定         1 较低 / 较差 / 不明显      0 低 / 差 / 无
// A graded phrase (改善或提升程度较高, 明显提升, 满意度高) is graded by the longest grade word found in
// it. One-character grades (高 低 大 小 好 差 强 弱) count only at the end of a phrase and not as part
// of a verb (提高, 降低, 扩大), and 优 良 中 only as the whole text. A phrase that opens with a
// negation (不规范, 未及时, 不够明显) grades 0, or 1 for a soft one (不够, 不太). Modifiers grade a
// binary word: 非常满意 → 5, 较为充分 / 较规范 → 3, 基本满意 → 2.
// Binary words (充分, 规范, 及时 …) are met or not; a phrase with one and no grade word is binary.

export interface GradeMatch {
  word: string;
  rank: number;
}

export const GRADE_MAX = 5;

const GRADES: Record<number, string[]> = {
  5: ['非常显著', '十分显著', '特别显著', '极其显著', '极为显著', '显著', '非常明显', '十分明显', '特别明显', '极大',
    '极高', '很高', '非常高', '十分高', '很大', '非常大', '很好', '非常好', '十分好', '很强', '优秀', '卓越', '突出',
    '非常', '十分', '特别', '极其', '极为', '完全'],
  4: ['明显', '大幅', '大幅度', '较显著', '较为显著', '比较显著', '优良', '深远', '有力'],
  3: ['较高', '较大', '较好', '良好', '较强', '较明显', '较为明显', '比较明显', '比较高', '比较大', '比较好', '较为',
    '比较', '不错', '较为突出', '较突出'],
  2: ['一般', '基本', '基本上', '中等', '有所', '一定', '大体', '尚可'],
  1: ['较低', '较差', '较小', '较弱', '不明显', '不显著', '无明显', '不高', '不大', '不好', '不强', '偏低', '偏小', '偏弱',
    '轻微', '略有'],
  0: ['很低', '极低', '很差', '极差', '很小', '极小'],
};

/** Graded only at the end of a phrase (满意度高) or alone. */
const END_SINGLES: Record<string, number> = { 高: 4, 大: 4, 好: 4, 强: 4, 低: 0, 小: 0, 差: 0, 弱: 0 };
/** Graded only as the whole text. */
const WHOLE_SINGLES: Record<string, number> = { 优: 5, 良: 3, 中: 2 };
/** Verbs whose last character is not a grade. */
const VERBS = new Set(['提高', '降低', '扩大', '缩小', '增强', '减弱', '加强', '增大', '减小', '加大', '放大', '变好',
  '做好', '抓好', '办好', '用好', '管好', '搞好', '最好', '最大', '最高', '最低', '最小']);
/** Negations opening a phrase, soft ones first; 不断 is not one. */
const NEGATIONS: [string, number][] = [['不够', 1], ['不太', 1], ['不甚', 1], ['欠', 1], ['并不', 0], ['没有', 0],
  ['不', 0], ['未', 0], ['没', 0], ['无', 0]];
const NOT_NEGATION = ['不断', '不错', '无论', '未来'];

const ENTRIES: GradeMatch[] = Object.entries(GRADES)
  .flatMap(([rank, words]) => words.map((word) => ({ word, rank: Number(rank) })))
  .sort((a, b) => b.word.length - a.word.length);

export const BINARY_WORDS: readonly string[] = [
  '充分', '规范', '明确', '合理', '科学', '合规', '有效', '健全', '及时', '满意', '完整', '准确', '安全', '稳定', '达标',
  '合格', '完善', '到位', '可行', '必要', '清晰', '细化', '量化', '公开', '透明', '准时', '按时', '按期', '正常', '可控',
  '一致', '齐全', '完备', '严格', '通过', '符合', '满足', '持续', '长期', '高效', '便捷', '顺畅', '畅通', '完成', '达到',
  '实现', '预期', '提升', '提高', '改善', '增强', '促进', '降低', '减少', '优化', '保障', '落实', '有序', '认可', '可靠',
];
/** Binary only as the whole text (是 also occurs inside 但是, 有 inside 有效). */
const WHOLE_BINARY = ['是', '有'];

/** The grade a phrase expresses, or null. */
export function findGrade(phrase: string): GradeMatch | null {
  const p = phrase;
  if (!p) return null;
  let best: GradeMatch | null = null;
  let bestAt = Infinity;
  for (const e of ENTRIES) {
    if (best && e.word.length < best.word.length) break;
    const at = p.indexOf(e.word);
    if (at >= 0 && at < bestAt) {
      best = e;
      bestAt = at;
    }
  }
  if (!best) best = singleGrade(p);
  const neg = NOT_NEGATION.some((w) => p.startsWith(w)) ? undefined : NEGATIONS.find(([w]) => p.startsWith(w));
  // An explicit negative entry (不明显, 无明显) already carries its rank.
  if (neg && !(best && bestAt === 0 && best.word.startsWith(neg[0]))) return { word: p, rank: neg[1] };
  return best;
}

function singleGrade(p: string): GradeMatch | null {
  // hasOwn, not `in`: `constructor` is in every object.
  if (Object.hasOwn(WHOLE_SINGLES, p)) return { word: p, rank: WHOLE_SINGLES[p] };
  const last = p[p.length - 1];
  if (Object.hasOwn(END_SINGLES, last) && !VERBS.has(p.slice(-2))) return { word: last, rank: END_SINGLES[last] };
  // 较 + binary word: 较满意, 较规范.
  if (p.length > 1 && p[0] === '较') return { word: '较', rank: 3 };
  return null;
}

/** The binary word a phrase contains, or null. */
export function findBinary(phrase: string): string | null {
  if (WHOLE_BINARY.includes(phrase)) return phrase;
  return BINARY_WORDS.find((w) => phrase.includes(w)) ?? null;
}

/** Targets of absence: 无, 零事故, 未发生…, 杜绝…; also 否 (a 是否 indicator whose goal is no). */
export function isAbsencePhrase(phrase: string): boolean {
  return phrase === '否' || /^(无(?!法)|零|没有|未发生|不发生|杜绝)/.test(phrase);
}

/** Actual rank → achievement against a binary target: ≥4 full, 2–3 partial, ≤1 none. */
export function achievementOfRank(rank: number): 'full' | 'partial' | 'none' {
  return rank >= 4 ? 'full' : rank >= 2 ? 'partial' : 'none';
}
