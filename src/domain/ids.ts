// Stable ids: the same table imported twice gives the same ids, so actuals recorded against an id
// survive a re-import. FNV-1a (32-bit) over the identifying fields, hex-encoded.

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** `p-xxxxxxxx` from year, department and name (whitespace-insensitive). */
export function projectId(year: number | null, department: string, name: string): string {
  return 'p-' + fnv1a([year ?? '', norm(department), norm(name)].join('\u0001'));
}

/** `<projectId>-i-xxxxxxxx` from the indicator path; `occurrence` separates repeated paths. */
export function indicatorId(projectIdValue: string, level1: string, level2: string, level3: string, occurrence = 0): string {
  const key = [norm(level1), norm(level2), norm(level3), occurrence || ''].join('\u0001');
  return `${projectIdValue}-i-${fnv1a(key)}`;
}

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * The id an indicator takes when its given id (`i1`) is already another project's: ids are unique
 * per dataset, so the second is scoped by its project. Resolution by (project, id) finds it under
 * either form (resolve.indicatorOf), so actuals written against `i1` still reach it.
 */
export const scopedIndicatorId = (projectIdValue: string, id: string) => `${projectIdValue}:${id}`;
