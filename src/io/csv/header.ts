// CSV header cell → canonical field name, from fieldAliases in domain/labels (the one mapping
// place). Matching ignores case, spaces and full-/half-width differences, so `半年(程)指标值`,
// `半年（程）指标值` and ` targetH1 ` all map. A 收入 source name (一般公共预算资金 …) maps to
// `source:<name>`, and so does `资金来源：<name>` for any other source (its name kept as written).
import { fieldAliases, fundSourceNames } from '../../domain/labels';

export const headerKey = (h: string) => h.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

const byKey = new Map<string, string>();
for (const [field, aliases] of Object.entries(fieldAliases)) {
  for (const alias of [field, ...aliases]) byKey.set(headerKey(alias), field);
}
for (const name of fundSourceNames) byKey.set(headerKey(name), `source:${name}`);

/** A source outside the usual list (`资金来源：省级配套`, as io/csv/rows writes it) keeps its name as written. */
const OTHER_SOURCE = /^\s*资金来源\s*[:：](.+)$/s;

export function mapHeader(header: string): string | null {
  const other = OTHER_SOURCE.exec(header);
  if (other) return `source:${other[1]}`;
  return byKey.get(headerKey(header)) ?? null;
}

/** The preferred (Chinese) header of a field, for messages about missing columns. */
export function headerLabel(field: string): string {
  if (field.startsWith('source:')) {
    const name = field.slice(7);
    return byKey.get(headerKey(name)) === field ? name : `资金来源：${name}`;
  }
  return fieldAliases[field]?.[0] ?? field;
}
