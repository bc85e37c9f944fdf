// CSV header cell → canonical field name, from fieldAliases in domain/labels (the one mapping
// place). Matching ignores case, spaces and full-/half-width differences, so `半年(程)指标值`,
// `半年（程）指标值` and ` targetH1 ` all map. A 收入 source name (一般公共预算资金 …) maps to
// `source:<name>`.
import { fieldAliases, fundSourceNames } from '../../domain/labels';

export const headerKey = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const byKey = new Map<string, string>();
for (const [field, aliases] of Object.entries(fieldAliases)) {
  for (const alias of [field, ...aliases]) byKey.set(headerKey(alias), field);
}
for (const name of fundSourceNames) byKey.set(headerKey(name), `source:${name}`);

export function mapHeader(header: string): string | null {
  return byKey.get(headerKey(header)) ?? null;
}

/** The preferred (Chinese) header of a field, for messages about missing columns. */
export function headerLabel(field: string): string {
  if (field.startsWith('source:')) return field.slice(7);
  return fieldAliases[field]?.[0] ?? field;
}
