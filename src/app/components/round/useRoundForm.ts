// What the 填报 form shows of one project in the current round, as computeds of the stores: a row per
// indicator (its record, round judgement, checks) in table order, the grid's columns and the
// attachment limits said up front. Judging and checking happen in the round store; nothing here.
import { computed, type Ref } from 'vue';
import type { Actual, Indicator } from '../../../domain/types';
import type { Judgement } from '../../../domain/judge/types';
import { ATTACHMENT_LIMITS, FORM_FIELD_LABELS, FORM_FIELDS, REASON_CATEGORIES, type FieldIssue, type FormField } from '../../../domain/round';
import { likelihoodValues } from '../../../domain/labels';
import { useDatasetStore } from '../../stores/dataset';
import { useRoundStore } from '../../stores/round';

export interface FormRow {
  indicator: Indicator;
  record: Actual | undefined;
  judgement: Judgement | undefined;
  issues: FieldIssue[];
}

/** Fields typed as text; the others are chosen from a list. */
export const CHOICES: Partial<Record<FormField, readonly string[]>> = { reasonCategory: REASON_CATEGORIES, likelihood: likelihoodValues };
export { FORM_FIELDS, FORM_FIELD_LABELS };

export const limitsText = () =>
  `佐证材料：每个指标最多 ${ATTACHMENT_LIMITS.maxFiles} 个文件，每个不超过 ${ATTACHMENT_LIMITS.maxBytes / 1048576} MB；类型：${ATTACHMENT_LIMITS.extensions.join('、')}`;
export const ACCEPT = ATTACHMENT_LIMITS.extensions.map((e) => `.${e}`).join(',');

export function useRoundForm(projectId: Ref<string>) {
  const data = useDatasetStore();
  const store = useRoundStore();

  const indicators = computed(() => data.dataset.indicators.filter((i) => i.projectId === projectId.value));
  const rows = computed<FormRow[]>(() =>
    indicators.value.map((indicator) => ({
      indicator,
      record: store.record(indicator.id),
      judgement: store.judgementsById.get(indicator.id),
      issues: store.checks(indicator.id),
    })),
  );
  const counts = computed(() => {
    const filled = rows.value.filter((r) => r.record?.value.trim()).length;
    const errors = rows.value.reduce((n, r) => n + r.issues.filter((i) => i.severity === 'error').length, 0);
    const warnings = rows.value.reduce((n, r) => n + r.issues.filter((i) => i.severity === 'warning').length, 0);
    return { total: rows.value.length, filled, errors, warnings };
  });
  const project = computed(() => data.dataset.projects.find((p) => p.id === projectId.value) ?? null);
  const locked = computed(() => store.locked(projectId.value));
  const inScope = computed(() => store.progressById.has(projectId.value));
  return { rows, counts, project, locked, inScope };
}
