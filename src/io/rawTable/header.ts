// Header facts and long texts of one table. Accepts rows of label/value pairs in any order and
// number per row (项目名称 | X | 主管部门 | Y), blank cells between them, labels wrapped in `<p>`,
// and long texts (立项必要性 … 年度目标) as plain text or HTML `<p>` fragments, which become plain
// paragraphs separated by new lines — text, never markup.
import type { Cell, Row } from './lines';
import { htmlToText, restOfRow } from './lines';
import type { Ctx, Draft } from './context';
import { quote } from './context';
import { FACT_KEYS, TEXT_KEYS } from './vocabulary';

export const factKeyOf = (cell: Cell) => FACT_KEYS.get(cell.key);
export const textKeyOf = (cell: Cell) => TEXT_KEYS.get(cell.key);

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
