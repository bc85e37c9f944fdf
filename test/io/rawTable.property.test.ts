// Property tests: the importer never throws and keeps its invariants on any text, on fragments
// of the form's own words, and on the seed with lines deleted, duplicated or mutated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importRawTables, looksLikeRawTable, type RawTableResult } from '../../src/io/rawTable';

const SEED = readFileSync(new URL('../fixtures/rawTable/jiangsu-2024-seed.txt', import.meta.url), 'utf8');
const SEED_LINES = SEED.split('\n');

const WORDS = [
  '\t', '\t\t', '\n', '\r\n', '  ', ' ', '项目名称', '主管部门', '开始时间', '2024年', '立项必要性', '一级指标', '二级指标',
  '三级指标', '半年（程）指标值', '全年(程)指标值', '决策', '过程', '产出指标', '数量指标', '成本指标', '可持续影响',
  '服务对象满意度', '资金总额', '其他资金', '收入', '支出', '项目资金（万元）', '半年（程）计划执行数', '<table>', '<tr>',
  '<td>', '</td>', '</tr>', '</table>', '<p>', '</p>', '1,325.06', '0', '=50%', '≥80%', '较高', '2024年度',
  '江苏省省级项目预算绩效目标表', 'constructor', '__proto__', 'toString', '&#0;', '&#x110000;', '&nbsp;', '&amp;', '注：',
];
const wordSoup = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((a) => a.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ maxLength: 400 }), wordSoup);

/** Invariants every result keeps, whatever the input (collected, so one expect per run stays fast). */
function checkInvariants(r: RawTableResult, lineCount: number): void {
  const bad: string[] = [];
  const inRange = (row: number | undefined) => row !== undefined && row >= 1 && row <= lineCount;
  for (const p of r.problems) {
    if (p.code === 'internal-error') bad.push(p.message);
    if (!/^f\.txt 第\d+行：/.test(p.message) || !inRange(p.source?.row)) bad.push(`problem without its line: ${p.message}`);
  }
  const projectIds = new Set(r.projects.map((p) => p.id));
  if (projectIds.size !== r.projects.length) bad.push('duplicate project ids');
  if (new Set(r.indicators.map((i) => i.id)).size !== r.indicators.length) bad.push('duplicate indicator ids');
  for (const i of r.indicators) {
    if (!projectIds.has(i.projectId)) bad.push(`orphan indicator ${i.id}`);
    if (!i.level1 || !i.level3) bad.push(`indicator without 一级/三级 at line ${i.source?.row}`);
    if (!inRange(i.source?.row)) bad.push(`indicator line out of range: ${i.source?.row}`);
  }
  for (const p of r.projects) for (const t of Object.values(p.texts ?? {})) if (/<\/?[a-z][^<>]*>/i.test(t)) bad.push(`markup in texts of ${p.name}`);
  expect(bad).toEqual([]);
}

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

type Edit = { kind: 'delete' | 'duplicate' | 'swapCells' | 'dropCell' | 'insertCell' | 'truncate'; at: number; arg: number; word: string };
const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('delete', 'duplicate', 'swapCells', 'dropCell', 'insertCell', 'truncate'),
  at: fc.nat(),
  arg: fc.nat(),
  word: fc.constantFrom(...WORDS),
});

function applyEdits(edits: Edit[]): string {
  const lines = SEED_LINES.slice();
  for (const e of edits) {
    const at = e.at % lines.length;
    const cells = lines[at].split('\t');
    const k = e.arg % cells.length;
    switch (e.kind) {
      case 'delete': lines.splice(at, 1); break;
      case 'duplicate': lines.splice(at, 0, lines[at]); break;
      case 'swapCells': [cells[0], cells[k]] = [cells[k], cells[0]]; lines[at] = cells.join('\t'); break;
      case 'dropCell': cells.splice(k, 1); lines[at] = cells.join('\t'); break;
      case 'insertCell': cells.splice(k, 0, e.word); lines[at] = cells.join('\t'); break;
      case 'truncate': lines[at] = lines[at].slice(0, e.arg % (lines[at].length + 1)); break;
    }
    if (lines.length === 0) lines.push('');
  }
  return lines.join('\n');
}

describe('importRawTables properties', () => {
  it('never throws on arbitrary text and keeps its invariants', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = importRawTables(text, 'f.txt');
        checkInvariants(r, lineCount(text));
        expect(typeof looksLikeRawTable(text)).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on the seed with lines deleted, duplicated or mutated', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const text = applyEdits(edits);
        checkInvariants(importRawTables(text, 'f.txt'), lineCount(text));
      }),
      { numRuns: 300 },
    );
  });

  it('duplicating one indicator row adds exactly one indicator with its own id', () => {
    const base = importRawTables(SEED, 'f.txt');
    const rows = base.indicators.map((i) => i.source!.row!);
    fc.assert(
      fc.property(fc.constantFrom(...rows), (row) => {
        const lines = SEED_LINES.slice();
        lines.splice(row, 0, lines[row - 1]);
        const r = importRawTables(lines.join('\n'), 'f.txt');
        expect(r.problems).toEqual([]);
        expect(r.indicators).toHaveLength(100);
        expect(new Set(r.indicators.map((i) => i.id)).size).toBe(100);
        const copies = r.indicators.filter((i) => i.source!.row === row || i.source!.row === row + 1);
        expect(copies.map((i) => i.level3)).toEqual([copies[0].level3, copies[0].level3]);
      }),
      { numRuns: 60 },
    );
  });

  it('deleting one indicator row loses no other row: each is imported or reported', () => {
    const base = importRawTables(SEED, 'f.txt');
    fc.assert(
      fc.property(fc.constantFrom(...base.indicators), (gone) => {
        const lines = SEED_LINES.slice();
        lines.splice(gone.source!.row! - 1, 1);
        const r = importRawTables(lines.join('\n'), 'f.txt');
        const placed = r.indicators.length + r.problems.filter((p) => p.severity === 'error').length;
        expect(placed).toBeGreaterThanOrEqual(98);
        expect(r.indicators.some((i) => i.id === gone.id)).toBe(false);
      }),
      { numRuns: 99 },
    );
  });
});
