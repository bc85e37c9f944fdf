// ECharts renders tooltip formatter output as HTML: data (project names, reasons) must be escaped.
const map: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => map[c]);
}

/** Tooltip body: a bold title line and `label: value` rows, all escaped. */
export function tooltipHtml(title: string, rows: [label: string, value: string][]): string {
  const body = rows.map(([k, v]) => `${escapeHtml(k)}：${escapeHtml(v)}`).join('<br/>');
  return `<b>${escapeHtml(title)}</b>${body ? '<br/>' + body : ''}`;
}

/** Text for a string label formatter, where `{a}`, `{b|…}` are templates: braces become spaces. */
export const plainLabel = (text: string) => text.replace(/[{}]/g, ' ');
