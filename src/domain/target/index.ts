// The target-value parser (domain.md §2): what a 指标值 and an actual mean, units and grades.
export type * from './types';
export { parseTarget } from './parseTarget';
export { parseActual } from './parseActual';
export { unitOf, convert, type UnitInfo } from './units';
export { formatQuantity, formatNumber, formatPercent, formatTarget, opSymbol } from './format';
export { isBadEventCount, BAD_EVENT_WORDS } from './badEvents';
export { findGrade, findBinary, BINARY_WORDS, GRADE_MAX, type GradeMatch } from './grades';
export { normalizeText } from './text';
