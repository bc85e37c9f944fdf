// The review of a project's form on the team server (domain.md §5): 草稿 → 已送审 (locked for the
// unit) → 被退回 (with the reviewer's comment, editable again) or 部门已审 → 财政已审 (final; finance
// may still return it). Who may make which move is decided here, so the server and any client agree.
export type ReviewState = 'draft' | 'submitted' | 'returned' | 'deptApproved' | 'financeApproved';
export type ReviewAction = 'submit' | 'return' | 'approve';
export type Role = 'unit' | 'department' | 'finance' | 'admin';

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  draft: '草稿',
  submitted: '已送审',
  returned: '被退回',
  deptApproved: '部门已审',
  financeApproved: '财政已审',
};

export const ROLE_LABELS: Record<Role, string> = { unit: '单位填报', department: '部门审核', finance: '财政复核', admin: '管理员' };

const MOVES: { action: ReviewAction; role: Role; from: ReviewState[]; to: ReviewState }[] = [
  { action: 'submit', role: 'unit', from: ['draft', 'returned'], to: 'submitted' },
  { action: 'return', role: 'department', from: ['submitted'], to: 'returned' },
  { action: 'approve', role: 'department', from: ['submitted'], to: 'deptApproved' },
  { action: 'return', role: 'finance', from: ['submitted', 'deptApproved', 'financeApproved'], to: 'returned' },
  { action: 'approve', role: 'finance', from: ['deptApproved'], to: 'financeApproved' },
];

/** The state after `action` by `role`, or the Chinese reason it is refused. */
export function reviewMove(state: ReviewState, action: ReviewAction, role: Role, comment: string): { to: ReviewState } | { refused: string } {
  const move = MOVES.find((m) => m.action === action && m.role === role && m.from.includes(state));
  if (!move) {
    const allowed = MOVES.filter((m) => m.role === role && m.from.includes(state)).map((m) => ACTION_LABELS[m.action]);
    const what = `${ROLE_LABELS[role]}不能对${REVIEW_STATE_LABELS[state]}的填报表${ACTION_LABELS[action]}`;
    return { refused: allowed.length ? `${what}（可以：${allowed.join('、')}）` : what };
  }
  if (action === 'return' && !comment.trim()) return { refused: '退回须填写意见，说明需要修改什么' };
  return { to: move.to };
}

export const ACTION_LABELS: Record<ReviewAction, string> = { submit: '送审', return: '退回', approve: '审核通过' };

/** The unit may change its records only while the form is a draft or returned. */
export const editableByUnit = (state: ReviewState) => state === 'draft' || state === 'returned';
