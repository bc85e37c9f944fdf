// One project's sheet of the 项目支出绩效目标执行监控表: title, header block (项目名称, 主管部门,
// 实施单位, 负责人, 监控期间, 年度), the 资金 block (合计 and each 支出 line: 年度资金总额, 执行数,
// 执行率, 全年预计执行数), then one row per indicator with 一级/二级 merged over their rows.
import { likelihoodValues } from '../../domain/labels';
import type { Worksheet } from './excel';
import { COLUMNS, FORM_TITLE, FUNDS, HEADER_LABELS, periodText, reasonCell, valueHeader, type ColumnKey } from './formLabels';
import type { FormModel, ProjectFormModel } from './formModel';
import { box, fitHeight, number, printSetup, text } from './formStyle';

const WIDTHS: Record<ColumnKey, number> = {
  level1: 10, level2: 11, level3: 22, targetH1: 11, targetFY: 11, value: 14, forecast: 12, reason: 24, likelihood: 11, measures: 22, note: 14,
};
/** Header block: labels in column 1 and 6, values after each. */
const MID = 6;

export function writeProjectSheet(ws: Worksheet, model: FormModel, p: ProjectFormModel) {
  const cols = (Object.keys(COLUMNS) as ColumnKey[]).filter((k) => k !== 'targetH1' || p.hasH1);
  const n = cols.length;
  const widths = cols.map((k) => WIDTHS[k]);
  ws.columns = widths.map((width) => ({ width }));
  const merge = (r1: number, c1: number, r2: number, c2: number) => {
    if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
  };

  merge(1, 1, 1, n);
  text(ws.getCell(1, 1), FORM_TITLE, { bold: true, align: 'center', size: 16 });
  ws.getRow(1).height = 30;
  merge(2, 1, 2, n);
  text(ws.getCell(2, 1), `（${model.title}${model.template ? '·空白模板' : ''}）`, { align: 'center', size: 11 });
  ws.getRow(2).height = 20;

  const pr = p.project;
  const pairs: [string, string, string, string][] = [
    [HEADER_LABELS.name, pr.name, HEADER_LABELS.department, pr.department],
    [HEADER_LABELS.unit, pr.unit, HEADER_LABELS.contact, pr.contact ?? ''],
    [HEADER_LABELS.period, periodText(model.period.start, model.period.end), HEADER_LABELS.year, pr.year === null ? '' : `${pr.year}年度`],
  ];
  pairs.forEach(([l1, v1, l2, v2], i) => {
    const r = 3 + i;
    text(ws.getCell(r, 1), l1, { bold: true, align: 'center' });
    merge(r, 2, r, MID - 1);
    text(ws.getCell(r, 2), v1);
    text(ws.getCell(r, MID), l2, { bold: true, align: 'center' });
    merge(r, MID + 1, r, n);
    text(ws.getCell(r, MID + 1), v2);
    fitHeight(ws, r, [sum(widths, 1, MID - 1), sum(widths, MID + 1, n)], [v1, v2]);
  });

  // 资金 block.
  const f = p.funds;
  const top = 6;
  const fundRows = 2 + f.lines.length;
  merge(top, 1, top + fundRows - 1, 1);
  text(ws.getCell(top, 1), FUNDS.block, { bold: true, align: 'center' });
  const heads = [FUNDS.item, FUNDS.total, FUNDS.spent, FUNDS.rate, FUNDS.forecast, FUNDS.note];
  const fundRow = (r: number, label: string, bold: boolean) => {
    merge(r, 2, r, 3);
    text(ws.getCell(r, 2), label, { bold, align: bold ? 'center' : 'left' });
    merge(r, 8, r, n);
  };
  fundRow(top, heads[0], true);
  heads.slice(1).forEach((h, i) => text(ws.getCell(top, 4 + i), h, { bold: true, align: 'center' }));
  ws.getRow(top).height = 30;
  const rate = (spent: number | null, of: number | null) => (spent !== null && of ? spent / of : null);
  fundRow(top + 1, FUNDS.sumRow, true);
  number(ws.getCell(top + 1, 4), f.total);
  number(ws.getCell(top + 1, 5), f.spent);
  number(ws.getCell(top + 1, 6), rate(f.spent, f.total), '0.0%');
  number(ws.getCell(top + 1, 7), f.forecast);
  text(ws.getCell(top + 1, 8), '');
  f.lines.forEach((line, i) => {
    const r = top + 2 + i;
    fundRow(r, line.name, false);
    number(ws.getCell(r, 4), line.budget);
    number(ws.getCell(r, 5), line.spent);
    number(ws.getCell(r, 6), rate(line.spent, line.budget), '0.0%');
    number(ws.getCell(r, 7), null);
    text(ws.getCell(r, 8), '');
    fitHeight(ws, r, [sum(widths, 2, 3)], [line.name]);
  });
  box(ws, top, 1, top + fundRows - 1, n);

  // Indicator table.
  const head = top + fundRows;
  cols.forEach((k, i) => text(ws.getCell(head, i + 1), k === 'value' ? valueHeader(model.period.end) : COLUMNS[k], { bold: true, align: 'center' }));
  ws.getRow(head).height = 32;
  p.rows.forEach(({ indicator: ind, record: a }, i) => {
    const r = head + 1 + i;
    const values: Record<ColumnKey, string> = {
      level1: ind.level1, level2: ind.level2, level3: ind.level3, targetH1: ind.targetH1, targetFY: ind.targetFY,
      value: a?.value ?? '', forecast: a?.forecast ?? '', reason: reasonCell(a?.reasonCategory, a?.reason),
      likelihood: a?.likelihood ?? '', measures: a?.measures ?? '', note: a?.note ?? '',
    };
    cols.forEach((k, c) => text(ws.getCell(r, c + 1), values[k], { align: k.startsWith('level') && k !== 'level3' ? 'center' : 'left' }));
    ws.getCell(r, cols.indexOf('likelihood') + 1).dataValidation = {
      type: 'list', allowBlank: true, formulae: [`"${likelihoodValues.join(',')}"`],
      showErrorMessage: true, errorTitle: '完成目标可能性', error: `请选择 ${likelihoodValues.join(' / ')}`,
    };
    fitHeight(ws, r, widths, cols.map((k) => values[k]));
  });
  const last = head + p.rows.length;
  mergeRuns(p.rows.map((x) => x.indicator.level1), head + 1, (a, b) => merge(a, 1, b, 1));
  mergeRuns(p.rows.map((x) => `${x.indicator.level1}\u0001${x.indicator.level2}`), head + 1, (a, b) => merge(a, 2, b, 2), (k) => !k.endsWith('\u0001'));
  box(ws, 3, 1, last, n);

  merge(last + 2, 1, last + 2, n);
  text(ws.getCell(last + 2, 1), '填表人：　　　　　　　　联系电话：　　　　　　　　填报日期：　　　　年　　月　　日');
  printSetup(ws, [head, head]);
  ws.views = [{ state: 'normal', zoomScale: 90 }];
}

const sum = (widths: number[], from: number, to: number) => widths.slice(from - 1, to).reduce((s, w) => s + w, 0);

/** Calls mergeRange for each run of ≥2 equal, non-empty keys (table rows start at first). */
function mergeRuns(keys: string[], first: number, mergeRange: (a: number, b: number) => void, keep = (k: string) => k !== '') {
  let start = 0;
  for (let i = 1; i <= keys.length; i++) {
    if (i < keys.length && keys[i] === keys[start]) continue;
    if (i - start > 1 && keep(keys[start])) mergeRange(first + start, first + i - 1);
    start = i;
  }
}
