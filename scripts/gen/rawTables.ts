// Raw target-table text (the format of data/seed-tables.txt, as copied out of the filing system)
// for generated projects: each project's table is its seed project's, with the generated name,
// year, 主管部门 and 实施单位 written into the header rows. The indicator rows keep the seed's
// targets — this file measures importing tables at scale, not the judged values.
import type { Project } from '../../src/domain/types';

const TITLE = '江苏省省级项目预算绩效目标表';

/** The seed text cut into one table per project, keyed by the 项目名称 it carries. */
export function seedTables(text: string): Map<string, string> {
  const parts = text.split(TITLE).slice(1).map((t) => TITLE + t);
    return new Map(parts.map((t) => [/项目名称\t([^\t\n]*)/.exec(t)?.[1] ?? '', t]));
}

export function rawTableOf(table: string, p: Project): string {
  return table
    .replace(/^\d{4}年度/m, `${p.year}年度`)
    .replace(/^项目名称\t[^\t\n]*(\t+)主管部门\t[^\t\n]*/m, (_, gap: string) => `项目名称\t${p.name}${gap}主管部门\t${p.department}`)
    .replace(/^实施单位\t[^\t\n]*/m, `实施单位\t${p.unit}`);
}
