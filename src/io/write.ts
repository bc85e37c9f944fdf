// Writers. Canonical JSON: projects nested with their funds, expenses and indicators (ids kept,
// load provenance dropped), plus the dataset's actuals and spend when includeObservations is set
// (default: projects only). CSV: UTF-8 with BOM (so Excel on Chinese Windows opens it as UTF-8),
// CRLF, every text cell protected against formula injection (./cells).
import type { Dataset, Indicator, Project } from '../domain/types';
import { needsProtection } from './cells';
import { toBase64 } from './jsonRounds';

export interface WholeState {
  /** 佐证材料 with their bytes, written as base64. */
  attachments?: { id: string; name: string; type: string; bytes: Uint8Array }[];
  settings?: unknown;
}

/**
 * Projects only by default; with includeObservations also actuals (with the monitoring form's
 * fields), spend, rounds, forms and history; `whole` adds the 佐证材料 bytes and the settings, so
 * the whole state goes out as one file and loads back identical.
 */
export function toCanonicalJson(data: Dataset, opts: { includeObservations?: boolean; whole?: WholeState } = {}): string {
  const byProject = new Map<string, Indicator[]>();
  for (const i of data.indicators) {
    const list = byProject.get(i.projectId);
    if (list) list.push(i);
    else byProject.set(i.projectId, [i]);
  }
  const out: Record<string, unknown> = { projects: data.projects.map((p) => canonicalProject(p, byProject.get(p.id) ?? [])) };
  if (opts.includeObservations) {
    out.actuals = data.actuals.map(({ projectId, indicatorId, date, value, reason, likelihood, note, reasonCategory, forecast, measures, attachments }) =>
      ({ projectId, indicatorId, date, value, reason, likelihood, note, reasonCategory, forecast, measures,
        attachments: attachments?.map(({ id, name, type, size }) => ({ id, name, type, size })) }));
    out.spend = data.spend.map(({ projectId, expense, date, amount }) => ({ projectId, expense, date, amount }));
    if (data.rounds?.length) out.rounds = data.rounds;
    if (data.forms?.length) out.forms = data.forms;
    if (data.history?.length) out.history = data.history;
  }
  if (opts.whole?.attachments?.length) out.attachments = opts.whole.attachments.map(({ id, name, type, bytes }) => ({ id, name, type, size: bytes.length, data: toBase64(bytes) }));
  if (opts.whole?.settings !== undefined) out.settings = opts.whole.settings;
  return JSON.stringify(out, null, 2) + '\n';
}

function canonicalProject(p: Project, indicators: Indicator[]) {
  return {
    id: p.id, name: p.name, year: p.year, department: p.department, unit: p.unit, type: p.type, level: p.level,
    startYear: p.startYear, endYear: p.endYear, contact: p.contact, texts: p.texts,
    funds: { total: p.funds.total, sources: p.funds.sources },
    expenses: p.expenses.map(({ name, planH1, budgetFY }) => ({ name, planH1, budgetFY })),
    indicators: indicators.map(({ id, level1, level2, level3, targetH1, targetFY, model, weight }) =>
      ({ id, level1, level2, level3, targetH1, targetFY, model, weight })),
  };
}

export { protectCell } from './cells';

/**
 * A text cell: protected against formula injection (./cells), then quoted when it holds a quote,
 * a separator (`,`; `;` and tab, which Excel in some locales splits on), a line break, starts or
 * ends with whitespace, or was protected (OWASP: prefix ' and quote).
 */
function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const protectedCell = needsProtection(value);
  const text = protectedCell ? `'${value}` : value;
  return protectedCell || /[",;\t\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: (string | number | null)[][]): string {
  return '\uFEFF' + rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
