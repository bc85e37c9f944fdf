// Generated data sets of the domain's shape (every record kind, optional fields present or not,
// Chinese text, odd numbers), for the round-trip tests of the data set's transfer forms.
import fc from 'fast-check';
import type { Dataset } from '../../src/domain/types';

// Text as data holds it: Chinese names, empty strings, the odd symbol and any Unicode.
export const text = fc.oneof(fc.constantFrom('', '江苏省数据局', '满意度', '≥95%', '达成', '2024-06-30', ' '), fc.string({ unit: 'grapheme', maxLength: 8 }));
export const num = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true }));
const numOrNull = fc.option(num, { nil: null });
const source = fc.record({ file: text, row: fc.nat(), field: text }, { requiredKeys: ['file'] });

const project = fc.record({
  id: text, name: text, year: fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: null }), department: text, unit: text, type: text, level: text,
  startYear: numOrNull, endYear: numOrNull, contact: text,
  texts: fc.record({ necessity: text, annualGoal: text }, { requiredKeys: [] }),
  funds: fc.record({ total: numOrNull, sources: fc.dictionary(text, numOrNull, { maxKeys: 3 }) }),
  expenses: fc.array(fc.record({ name: text, planH1: numOrNull, budgetFY: numOrNull }), { maxLength: 3 }),
  source,
}, { requiredKeys: ['id', 'name', 'year', 'department', 'unit', 'type', 'level', 'startYear', 'endYear', 'funds', 'expenses'] });
const indicator = fc.record({
  id: text, projectId: text, level1: text, level2: text, level3: text, targetH1: text, targetFY: text,
  model: fc.constantFrom('cumulative', 'level'), weight: num, source,
}, { requiredKeys: ['id', 'projectId', 'level1', 'level2', 'level3', 'targetH1', 'targetFY'] });
const actual = fc.record({
  projectId: text, indicatorId: text, date: text, value: text, reason: text, likelihood: text, note: text, reasonCategory: text, forecast: text, measures: text,
  attachments: fc.array(fc.record({ id: text, name: text, type: text, size: fc.nat() }), { maxLength: 2 }), source,
}, { requiredKeys: ['projectId', 'indicatorId', 'date', 'value'] });
const spend = fc.record({ projectId: text, expense: fc.option(text, { nil: null }), date: text, amount: num, source }, { requiredKeys: ['projectId', 'expense', 'date', 'amount'] });
const round = fc.record({
  id: text, name: text, periodEnd: text, deadline: fc.option(text, { nil: null }), createdAt: text, closed: fc.boolean(), closedAt: fc.option(text, { nil: null }),
  scope: fc.oneof(fc.constant({ kind: 'all' as const }), fc.record({ kind: fc.constant('projects' as const), projectIds: fc.array(text) }), fc.record({ kind: fc.constant('filter' as const), minBudget: num, departments: fc.array(text) }, { requiredKeys: ['kind'] })),
});
const form = fc.record({ roundId: text, projectId: text, status: fc.constantFrom('draft' as const, 'done' as const), doneAt: text, spendForecast: numOrNull }, { requiredKeys: ['roundId', 'projectId', 'status'] });

export const dataset = fc.record({
  projects: fc.array(project, { maxLength: 6 }),
  indicators: fc.array(indicator, { maxLength: 20 }),
  actuals: fc.array(actual, { maxLength: 20 }),
  spend: fc.array(spend, { maxLength: 10 }),
  rounds: fc.array(round, { maxLength: 3 }),
  forms: fc.array(form, { maxLength: 6 }),
}, { requiredKeys: ['projects', 'indicators', 'actuals', 'spend'] }) as fc.Arbitrary<Dataset>;
