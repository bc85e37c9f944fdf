// Checks of one indicator's record on the monitoring form, as the user types (domain.md §5), each
// in Chinese naming the field: 执行情况 readable against the target (a unit of the target's kind, a
// grade or 达成/部分达成/未达成) and plausible; 偏差原因 (category and text), 完成可能性 and 纠偏措施
// required when the indicator is not 达标 or is 超额; a 全年预计完成值 below the year target with
// 确定能 is inconsistent.
import type { Actual } from '../types';
import type { Settings } from '../settings';
import type { Status } from '../judge/types';
import { readActualIn, type PreparedIndicator } from '../judge/evaluate';
import { implausibleActual } from '../plausible';
import { likelihoodValues } from '../labels';
import { FORM_FIELD_LABELS, REASON_CATEGORIES, type FormField } from './fields';

export interface FieldIssue {
  field: FormField;
  severity: 'error' | 'warning';
  message: string;
}

/** What judging said of the record (at the round's period end); null while no value is entered. */
export interface RecordVerdict {
  status: Status;
  overAchieved: boolean;
}

type Record = Pick<Actual, 'value' | 'forecast' | 'reason' | 'reasonCategory' | 'likelihood' | 'measures'>;

export function checkRecord(p: PreparedIndicator, r: Record, verdict: RecordVerdict | null, settings: Settings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const say = (field: FormField, message: string, severity: 'error' | 'warning' = 'error') =>
    issues.push({ field, severity, message: `${FORM_FIELD_LABELS[field]}：${message}` });

  const value = r.value?.trim() ?? '';
  if (value) {
    const read = readActualIn(p, value, 'FY', settings);
    if (read?.kind === 'error') say('value', read.reason);
    else {
      const doubt = implausibleActual(p, read);
      if (doubt) say('value', doubt.reason, doubt.severity);
    }
  }
  const forecast = r.forecast?.trim() ?? '';
  let forecastBelow = false;
  if (forecast) {
    const read = readActualIn(p, forecast, 'FY', settings);
    if (read?.kind === 'error') say('forecast', read.reason);
    else forecastBelow = belowYearTarget(p, read);
  }
  if (r.likelihood && !likelihoodValues.includes(r.likelihood)) say('likelihood', `应为 ${likelihoodValues.join(' / ')} 之一`);
  if (r.reasonCategory && !(REASON_CATEGORIES as readonly string[]).includes(r.reasonCategory)) say('reasonCategory', `应为 ${REASON_CATEGORIES.join(' / ')} 之一`);

  const needsReason = verdict !== null && (verdict.status === 'warning' || verdict.status === 'behind' || verdict.overAchieved);
  if (needsReason) {
    const why = verdict.overAchieved ? '本指标超额完成（可能目标偏低）' : `本指标为${verdict.status === 'behind' ? '滞后' : '预警'}`;
    if (!r.reasonCategory) say('reasonCategory', `${why}，须选择偏差原因类别`);
    if (!r.reason?.trim()) say('reason', `${why}，须说明偏差原因`);
    if (!r.likelihood) say('likelihood', `${why}，须选择完成目标可能性`);
    if (!r.measures?.trim() && !verdict.overAchieved) say('measures', `${why}，须填写纠偏措施`);
  }
  if (forecastBelow && r.likelihood === '确定能') {
    say('forecast', `全年预计完成值“${forecast}”未达到全年目标“${p.indicator.targetFY}”，完成可能性却为“确定能”，请核对`, 'warning');
  }
  return issues;
}

/** A forecast that misses the year target (in the target's direction); false when it cannot be told. */
function belowYearTarget(p: PreparedIndicator, read: ReturnType<typeof readActualIn>): boolean {
  if (!read || p.fy.kind === 'unparsed' || p.fy.kind === 'timeProgress') return false;
  if (p.fy.kind === 'qualitative') {
    if (read.kind === 'achievement') return read.level !== 'full';
    if (read.kind === 'grade' && p.fy.rank !== null) return read.rank < p.fy.rank;
    return false;
  }
  if (read.kind !== 'number') return false;
  return p.direction === 'negative' ? read.value > p.fy.value : read.value < p.fy.value;
}
