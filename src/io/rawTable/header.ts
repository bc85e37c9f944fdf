// Header facts and long texts of one table. Accepts rows of label/value pairs in any order and
// number per row (项目名称 | X | 主管部门 | Y), blank cells between them, labels wrapped in `<p>`,
// a label and its value in one cell (项目负责人：周建国),
// and long texts (立项必要性 … 年度目标) as plain text or HTML `<p>` fragments, which become plain
// paragraphs separated by new lines — text, never markup.
import type { Cell, Row } from './lines';
import { htmlToText, normKey, restOfRow } from './lines';
import type { Ctx, Draft } from './context';
import { quote } from './context';
import { FACT_KEYS, TEXT_KEYS } from './vocabulary';

export const factKeyOf = (cell: Cell) => FACT_KEYS.get(cell.key);
export const textKeyOf = (cell: Cell) => TEXT_KEYS.get(cell.key);

const LABELLED = /^([^:：]{2,12})[:：]\s*(\S[\s\S]*)$/;

/** `项目负责人：周建国 | 联系电话：0551-…` (label and value in one cell) → label and value cells.
 * Only for header facts, and only when the row opens with one: texts may hold such colons. */
export function splitLabelled(row: Row): Row {
  const labelled = (cell: Cell) => {
    const m = LABELLED.exec(cell.text);
    return m && FACT_KEYS.has(normKey(m[1])) ? m : null;
  };
  if (!row.cells[0] || !labelled(row.cells[0])) return row;
  const cells = row.cells.flatMap((cell): Cell[] => {
    const m = labelled(cell);
    if (!m) return [cell];
    // The value sits between the label's column and the next one, so column order still holds.
    return [{ text: m[1].trim(), key: normKey(m[1]), col: cell.col }, { text: m[2].trim(), key: normKey(m[2]), col: cell.col + 0.5 }];
  });
  return { ...row, cells };
}

/** Label/value pairs of a header row; a label followed by another label (or nothing) is blank. */
export function readFacts(row: Row, draft: Draft, ctx: Ctx): void {
  let key: ReturnType<typeof factKeyOf> | undefined;
  let filled = false;
  for (const cell of row.cells) {
    const k = factKeyOf(cell);
    if (k) {
      key = k;
      filled = false;
      continue;
    }
    if (!key || filled) {
      ctx.report('unknown-cell', 'warning', row.line, `无法识别的表头内容${quote(cell.text)}，已忽略`);
      continue;
    }
    filled = true;
    setFact(draft, key, cell.text, row.line, ctx);
  }
}

function setFact(draft: Draft, key: NonNullable<ReturnType<typeof factKeyOf>>, value: string, line: number, ctx: Ctx): void {
  const text = value.includes('<') ? htmlToText(value).replace(/\n/g, ' ') : value;
  const old = draft.facts[key];
  if (!old || old.value === '') draft.facts[key] = { value: text, line };
  else if (key === 'contact') old.value += '/' + text;
  else if (old.value !== text)
    ctx.report('duplicate-field', 'warning', line, `字段重复：${quote(text)}与第${old.line}行的${quote(old.value)}不同，保留第${old.line}行的值`);
}

/** A long text field: everything after its label, HTML turned into plain paragraphs. */
export function readText(row: Row, label: Cell, draft: Draft): void {
  const key = textKeyOf(label)!;
  const text = htmlToText(restOfRow(row, label));
  draft.texts[key] = draft.texts[key] ? `${draft.texts[key]}\n${text}` : text;
  draft.lastText = key;
}

/** A line that continues the previous long text (the text held a line break). */
export function appendText(row: Row, draft: Draft): void {
  const key = draft.lastText!;
  const text = htmlToText(row.cells.map((c) => c.text).join('\n'));
  if (text) draft.texts[key] = draft.texts[key] ? `${draft.texts[key]}\n${text}` : text;
}
