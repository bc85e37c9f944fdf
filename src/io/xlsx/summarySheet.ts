// The 汇总表: every project in scope on one page — its indicator counts by status, 资金总额, 执行数
// and 执行率 to the period end, and whether its form is 已完成 — for the department's compilation.
import { statusLabel } from '../../domain/labels';
import type { Status } from '../../domain/judge/types';
import type { Worksheet } from './excel';
import { periodText, SUMMARY_TITLE } from './formLabels';
import type { FormModel } from './formModel';
import { box, fitHeight, number, printSetup, text } from './formStyle';

const STATUSES: Status[] = ['met', 'warning', 'behind', 'pending', 'unparsed'];
const HEADS = ['序号', '项目名称', '主管部门', '实施单位', '指标数', ...STATUSES.map((s) => statusLabel[s]), '资金总额（万元）', '执行数（万元）', '执行率', '已完成'];
const WIDTHS = [6, 28, 22, 22, 7, 7, 7, 7, 7, 9, 13, 13, 9, 8];

export function writeSummarySheet(ws: Worksheet, model: FormModel, scope: string) {
  const n = HEADS.length;
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, n);
  text(ws.getCell(1, 1), SUMMARY_TITLE, { bold: true, align: 'center', size: 16 });
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, n);
  const sub = `${model.title}\u3000监控期间：${periodText(model.period.start, model.period.end)}\u3000${scope}\u3000共 ${model.projects.length} 个项目`;
  text(ws.getCell(2, 1), sub, { align: 'center' });
  HEADS.forEach((h, i) => text(ws.getCell(3, i + 1), h, { bold: true, align: 'center' }));
  ws.getRow(3).height = 30;
  model.projects.forEach((p, i) => {
    const r = 4 + i;
    const blank = model.template;
    const indicators = p.rows.length;
    text(ws.getCell(r, 1), String(i + 1), { align: 'center' });
    [p.project.name, p.project.department, p.project.unit].forEach((t, c) => text(ws.getCell(r, 2 + c), t));
    number(ws.getCell(r, 5), indicators, '0' as '0.00');
    STATUSES.forEach((s, c) => number(ws.getCell(r, 6 + c), blank ? null : p.counts[s], '0' as '0.00'));
    const f = p.funds;
    number(ws.getCell(r, 11), f.total);
    number(ws.getCell(r, 12), f.spent);
    number(ws.getCell(r, 13), f.spent !== null && f.total ? f.spent / f.total : null, '0.0%');
    text(ws.getCell(r, 14), blank || p.done === null ? '' : p.done ? '已完成' : '未完成', { align: 'center' });
    fitHeight(ws, r, WIDTHS.slice(1, 4), [p.project.name, p.project.department, p.project.unit]);
  });
  box(ws, 3, 1, 3 + model.projects.length, n);
  printSetup(ws, [3, 3]);
}
