// Report output for the CLI: an aligned table for a Chinese terminal (CJK is double width), JSON
// with the documented keys, and CSV (UTF-8 BOM, formula-injection protected). Table and JSON show
// control and bidi characters from the data as escapes (./escape); CSV is data and stays exact.
import stringWidth from 'string-width';
import type { Dataset, Problem } from '../domain/types';
import type { Report } from '../domain/report.types';
import { indicatorRows } from '../domain/rows';
import { rateSourceLabel, ruleSetLabel, statusLabel, statusOrder } from '../domain/labels';
import { formatPercent } from '../domain/target';
import { toCsv } from '../io/write';
import { terminalJson, terminalText } from './escape';

/** Columns padded to the widest cell; cells escaped first (./escape), so that widths are what is shown. */
export function alignTable(cells: string[][]): string {
  const rows = cells.map((r) => r.map(terminalText));
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(c))));
  return rows
    .map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - stringWidth(c)))).join('  ').trimEnd())
    .join('\n');
}

function warningLines(warnings: Problem[]): string[] {
  return warnings.map((w) => terminalText(`${w.severity === 'error' ? '错误' : '提示'}：${w.message}${w.source?.file ? `（${w.source.file}${w.source.row ? ` 第 ${w.source.row} 行` : ''}）` : ''}`));
}

export function formatTable(data: Dataset, report: Report): string {
  const rows = indicatorRows(data, report);
  const head = ['项目', '一级指标', '二级指标', '三级指标', '适用目标', '应达值', '实际值', '状态', '偏差', '说明'];
  const body = rows.map((r) => [r.project, r.level1, r.level2, r.level3, r.target, r.expected, r.actual || '—',
    statusLabel[r.status] + (r.judgement.overAchieved ? '·超额' : ''), r.variance.text, r.explain]);
  const projHead = ['项目', '执行率', '执行率来源', '序时进度', '半年计划占比', '执行率目标', ...statusOrder.map((s) => statusLabel[s])];
  const projBody = report.projects.map((p) => [p.name, formatPercent(p.budget.executionRate), rateSourceLabel[p.budget.rateSource], formatPercent(p.budget.timeProgress),
    formatPercent(p.budget.planH1Share), formatPercent(p.budget.targetRate), ...statusOrder.map((s) => String(p.counts[s]))]);
  const out = [`绩效目标监控报告 · 截至 ${report.asOf} · ${ruleSetLabel[report.settings.ruleSet]} · 序时进度按${report.settings.timeProgress === 'day' ? '日' : '月'}`,
    '', '【指标】', alignTable([head, ...body]), '', '【项目】', alignTable([projHead, ...projBody])];
  if (report.warnings.length) out.push('', `【校验提示】共 ${report.warnings.length} 条`, ...warningLines(report.warnings));
  return out.join('\n') + '\n';
}

export function formatJson(data: Dataset, report: Report): string {
  const names = new Map(data.projects.map((p) => [p.id, p.name]));
  return terminalJson(JSON.stringify({
    asOf: report.asOf,
    ruleSet: report.settings.ruleSet,
    indicators: indicatorRows(data, report).map((r) => ({
      project: r.project, projectId: r.projectId, id: r.indicatorId, level1: r.level1, level2: r.level2, level3: r.level3,
      target: r.target, expected: r.judgement.expected, unit: r.judgement.unit,
      // A number in the target's unit; a qualitative actual (达成, 较高) as written, so that it never reads as missing.
      actual: r.judgement.actual ?? r.judgement.actualText,
      actualText: r.judgement.actualText, actualDate: r.judgement.actualDate, stale: r.judgement.stale ?? false,
      previous: r.judgement.previous ?? null, status: r.status,
      variance: { absolute: r.variance.absolute, relative: r.variance.relative, text: r.variance.text }, capShare: r.judgement.capShare ?? null, overAchieved: r.judgement.overAchieved,
      light: r.judgement.light ?? null, model: r.judgement.model, direction: r.judgement.direction,
      derivedFromSpend: r.judgement.derivedFromSpend ?? false, reason: r.reason || null, likelihood: r.likelihood || null,
      explain: r.explain,
    })),
    projects: report.projects.map((p) => ({
      name: names.get(p.projectId) ?? p.name, id: p.projectId, executionRate: p.budget.executionRate,
      rateSource: p.budget.rateSource, rateDate: p.budget.rateDate,
      timeProgress: p.budget.timeProgress, planH1Share: p.budget.planH1Share, targetRate: p.budget.targetRate,
      spent: p.budget.spent, total: p.budget.total, counts: p.counts, worst: p.worst, light: p.light ?? null,
    })),
    warnings: report.warnings.map((w) => ({ severity: w.severity, code: w.code, message: w.message, file: w.source?.file ?? null, row: w.source?.row ?? null })),
  }, null, 2)) + '\n';
}

export function formatCsv(data: Dataset, report: Report): string {
  const head = ['项目名称', '一级指标', '二级指标', '三级指标', '适用目标', '应达值', '实际值', '日期', '状态', '偏差', '偏差原因', '完成可能性', '说明'];
  const body = indicatorRows(data, report).map((r) => [r.project, r.level1, r.level2, r.level3, r.target, r.expected, r.actual,
    r.judgement.actualDate ?? '', statusLabel[r.status], r.variance.text, r.reason, r.likelihood, r.explain]);
  return toCsv([head, ...body]);
}
