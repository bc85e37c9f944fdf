// The monitoring round (domain.md §5) in one browser and, later, on the team server: rounds and
// their periods, scope, each project's form (records = actuals dated the period end), the checks
// as the user types, edits with history, and where the round stands.
export { roundPeriod, inPeriod, defaultRoundName, currentRound, isOverdue, type Period } from './period';
export { inScope, scopedProjects, scopeText } from './scope';
export { REASON_CATEGORIES, FORM_FIELDS, FORM_FIELD_LABELS, ATTACHMENT_LIMITS, attachmentProblem, type FormField, type ReasonCategory } from './fields';
export { checkRecord, type FieldIssue, type RecordVerdict } from './checks';
export {
  THIS_BROWSER, recordOf, formOf, setRecordField, setAttachments, setSpendAmount, setSpendForecast, setFormStatus, historyOf, addRound,
  type EditContext,
} from './edits';
export { roundProgress, type ProjectProgress, type RoundProgress } from './progress';
export type { MonitoringStorage } from './storage';
