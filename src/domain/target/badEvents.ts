// Is a target "zero bad events"? `=0` (or `≤0`) on an indicator that counts incidents, complaints,
// failures … is 反向 (any actual above zero misses it), whereas `=0%` on 预算执行率 is a progress
// milestone of zero (domain.md §2). The unit does not matter: `安全事故发生率 =0%` is 反向 too.
import type { ParsedTarget } from './types';
import { normalizeText } from './text';

/** Words naming something that should not happen; matched inside the 三级 indicator name. */
export const BAD_EVENT_WORDS: readonly string[] = [
  '事故', '安全事件', '事件', '投诉', '故障', '差错', '错误', '失误', '违规', '违纪', '违法', '泄露', '泄密', '漏洞', '宕机',
  '停机', '中断', '病毒', '入侵', '攻击', '伤亡', '死亡', '受伤', '火灾', '污染', '超标', '返工', '延误', '逾期', '超期',
  '拖欠', '挪用', '截留', '套取', '损失', '丢失', '损坏', '纠纷', '信访', '上访', '舆情', '负面', '差评', '不合格', '处罚',
  '整改问题', '审计问题', '风险事件', '重大风险', '失败', '延期', '超支', '漏报', '误报', '瞒报',
];

export function isBadEventCount(level3: string, target: ParsedTarget): boolean {
  if (!target || target.kind !== 'quantity' || target.value !== 0) return false;
  if (target.op !== '=' && target.op !== '<=') return false;
  const name = normalizeText(level3);
  return BAD_EVENT_WORDS.some((w) => name.includes(w));
}
