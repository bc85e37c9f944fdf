// The funds block (项目资金, 万元). Accepts rows in any layout the extraction produces: labels
// (项目资金（万元）, 收入, 支出, 全年（程）预算数, 半年（程）计划执行数) anywhere in a row, one or
// several name/amount groups per row (an HTML table flattened into one line), sources before or
// after 收入, amounts like `81`, `1,325.06`, `98.5万元`, and `-`/`—`/`/` for a blank amount;
// names prefixed 其中： (其中：一般公共预算资金) are the item itself.
// 收入 rows: a source and its 全年预算数; 支出 rows: a line with 半年计划执行数 then 全年预算数.
// The same source filed twice with the same amount (HTML table plus its text echo) counts once.
// Also: a label and its amount in one cell (年度资金总额:16, 其中：财政拨款:15), 年度资金总额 /
// 本年度资金总额 for 资金总额, and money in 元 (项目资金（元）, 金额单位：元) converted to 万元.
import type { Row } from './lines';
import type { Ctx, Draft } from './context';
import { quote } from './context';
import { FUND_SOURCES, TOTAL_ALIASES, TOTAL_KEY, fundsMarker, parseAmount } from './vocabulary';
import { normKey } from './lines';

interface Item {
  name: string;
  key: string;
  amounts: (number | null)[];
}

const BLANK_AMOUNT = /^[-—–/／]$/;
const SUB_ITEM = /^其中\s*[:：]\s*(\S[\s\S]*)$/;
/** `年度资金总额:16`, `其中：财政拨款:15`: a name and its amount in one cell. */
const LABELLED_AMOUNT = /^(\S[^:：]*?)\s*[:：]\s*([-+]?[\d,，.]+\s*(万元|元)?)$/;

/** Whether a row belongs to the funds block by its own words (a label or a known source). */
export function isFundsRow(row: Row): boolean {
  return row.cells.some((c) => {
    const key = c.key;
    return fundsMarker(key) !== null || FUND_SOURCES.has(key) || TOTAL_ALIASES.has(key) || labelledAmount(c.text) !== null;
  });
}

function labelledAmount(text: string): { name: string; amount: string } | null {
  const m = LABELLED_AMOUNT.exec(text.replace(SUB_ITEM, '$1'));
  if (!m) return null;
  const key = normKey(m[1]);
  return FUND_SOURCES.has(key) || TOTAL_ALIASES.has(key) ? { name: m[1], amount: m[2] } : null;
}

export function readFunds(row: Row, draft: Draft, ctx: Ctx): void {
  const items: Item[] = [];
  const markers = new Set<string>();
  row.cells.forEach((cell, k) => {
    const key = cell.key;
    // 年度资金总额 | 80 is the total; 年度资金总额 alone is a column title.
    const next = row.cells[k + 1];
    const marker = TOTAL_ALIASES.has(key) && next && parseAmount(next.text) !== null ? null : fundsMarker(key);
    if (marker) {
      markers.add(marker);
      if (marker === 'yuan') markYuan(draft, row.line);
      return;
    }
    const labelled = labelledAmount(cell.text);
    if (labelled) {
      items.push({ name: labelled.name, key: normKey(labelled.name), amounts: [parseAmount(labelled.amount)] });
      return;
    }
    const amount = BLANK_AMOUNT.test(cell.text) ? null : parseAmount(cell.text);
    if (amount === null && !BLANK_AMOUNT.test(cell.text)) {
      // 其中：一般公共预算资金 — a source listed under 资金总额 is that source.
      const part = SUB_ITEM.exec(cell.text);
      items.push(part ? { name: part[1], key: key.replace(SUB_ITEM, '$1'), amounts: [] } : { name: cell.text, key, amounts: [] });
    } else if (items.length) {
      items[items.length - 1].amounts.push(amount);
    } else {
      ctx.report('funds-orphan-amount', 'error', row.line, `资金金额${quote(cell.text)}前没有资金来源或支出名称，未导入`);
    }
  });
  if (markers.has('expense') || markers.has('h1Column')) draft.fundsMode = 'expense';
  else if (markers.has('income') || (markers.has('fyColumn') && draft.fundsMode === 'none')) draft.fundsMode = 'income';

  for (const item of items) {
    if (FUND_SOURCES.has(item.key) || TOTAL_ALIASES.has(item.key) || draft.fundsMode === 'income') addSource(item, row.line, draft, ctx);
    else if (draft.fundsMode === 'expense') addExpense(item, row.line, draft, ctx);
    else ctx.report('unknown-funds-row', 'error', row.line, `无法识别的资金行${quote(item.name)}（不在“收入”或“支出”之下），未导入`);
  }
}

/** Amounts in 元 from here on (the note is said once, in finishProject). */
export function markYuan(draft: Draft, line: number): void {
  draft.yuan ??= { line };
}

const inWan = (draft: Draft, amount: number | null) => (amount === null || !draft.yuan ? amount : Math.round(amount * 100) / 1e6);

function addSource(item: Item, line: number, draft: Draft, ctx: Ctx): void {
  if (item.amounts.length === 0) {
    ctx.report('funds-no-amount', 'error', line, `资金来源${quote(item.name)}缺少全年预算数，未导入`);
    return;
  }
  if (item.amounts.length > 1)
    ctx.report('funds-extra-amount', 'warning', line, `资金来源${quote(item.name)}有多个金额，取第一个（${item.amounts[0] ?? '空'}）`);
  const amount = inWan(draft, item.amounts[0]);
  const isTotal = item.key === TOTAL_KEY || TOTAL_ALIASES.has(item.key);
  const seen = isTotal ? draft.totalSeen : draft.sources.has(item.name);
  const old = isTotal ? draft.total : draft.sources.get(item.name);
  if (seen) {
    if (old !== amount)
      ctx.report('funds-conflict', 'warning', line, `${quote(item.name)}再次出现且金额不同（${amount ?? '空'}，先前为 ${old ?? '空'}），保留先前的值`);
    return;
  }
  if (isTotal) {
    draft.total = amount;
    draft.totalSeen = true;
  } else draft.sources.set(item.name, amount);
}

function addExpense(item: Item, line: number, draft: Draft, ctx: Ctx): void {
  const n = item.amounts.length;
  if (n === 0) {
    ctx.report('expense-no-amount', 'error', line, `支出行${quote(item.name)}缺少金额，未导入`);
    return;
  }
  if (n === 1) ctx.report('expense-incomplete', 'warning', line, `支出行${quote(item.name)}只有一个金额，按全年（程）预算数导入，半年计划执行数为空`);
  if (n > 2) ctx.report('expense-extra-amount', 'warning', line, `支出行${quote(item.name)}有 ${n} 个金额，取前两个为半年计划执行数和全年预算数`);
  const [planH1, budgetFY] = (n === 1 ? [null, item.amounts[0]] : [item.amounts[0], item.amounts[1]]).map((a) => inWan(draft, a));
  const dup = draft.expenses.find((e) => e.name === item.name && e.planH1 === planH1 && e.budgetFY === budgetFY);
  if (dup) {
    ctx.report('duplicate-expense', 'warning', line, `支出行${quote(item.name)}与前面的支出行完全相同，视为重复，只计一次`);
    return;
  }
  draft.expenses.push({ name: item.name, planH1, budgetFY });
}
