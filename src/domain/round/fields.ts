// The monitoring form's fields (domain.md §5) and their Chinese labels: the one mapping for the
// form on screen, its checks, its history and the .xlsx form.

export const REASON_CATEGORIES = ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他'] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/** Per indicator: the Actual fields the form edits. */
export type FormField = 'value' | 'forecast' | 'reasonCategory' | 'reason' | 'likelihood' | 'measures' | 'note';

export const FORM_FIELDS: readonly FormField[] = ['value', 'forecast', 'reasonCategory', 'reason', 'likelihood', 'measures', 'note'];

export const FORM_FIELD_LABELS: Record<FormField, string> = {
  value: '执行情况',
  forecast: '全年预计完成值',
  reasonCategory: '偏差原因类别',
  reason: '偏差原因',
  likelihood: '完成目标可能性',
  measures: '纠偏措施',
  note: '备注',
};

/** 佐证材料 limits, said on the form before a file is chosen. */
export const ATTACHMENT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxFiles: 10,
  /** Extensions accepted (documents, images, spreadsheets, archives of them). */
  extensions: ['pdf', 'jpg', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'ofd', 'zip', 'txt'],
} as const;

/** Why a file cannot be attached, or null. */
export function attachmentProblem(name: string, size: number, already: number): string | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (!(ATTACHMENT_LIMITS.extensions as readonly string[]).includes(ext)) return `“${name}”的类型不在允许之列（${ATTACHMENT_LIMITS.extensions.join('、')}）`;
  if (size > ATTACHMENT_LIMITS.maxBytes) return `“${name}”大小 ${(size / 1048576).toFixed(1)} MB，超过 ${ATTACHMENT_LIMITS.maxBytes / 1048576} MB 的上限`;
  if (already >= ATTACHMENT_LIMITS.maxFiles) return `每个指标最多 ${ATTACHMENT_LIMITS.maxFiles} 个佐证材料`;
  return null;
}
