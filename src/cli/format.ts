// Report output for the CLI: an aligned table for a Chinese terminal (CJK is double width), JSON
// with the documented keys, and CSV (UTF-8 BOM, formula-injection protected). Table and JSON show
// control and bidi characters from the data as escapes (./escape); CSV is data and stays exact.
import stringWidth from 'string-width';
import type { Dataset, Problem } from '../domain/types';
import type { Report } from '../domain/report.types';
import { indicatorRows } from '../domain/rows';
import { rateSourceLabel, ruleSetLabel, statusLabel, statusOrder } from '../domain/labels';
import { formatPercent } from '../domain/target';
import { terminalText } from './escape';
import { streamCsv, streamJson, type ReportSource } from './stream';

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

/** The JSON report of a whole Report, as one string (the CLI streams it instead: ./stream). */
export function formatJson(data: Dataset, report: Report): string {
  let out = '';
  streamJson(reportSource(data, report), (s) => { out += s; });
  return out;
}

export function formatCsv(data: Dataset, report: Report): string {
  let out = '';
  streamCsv(reportSource(data, report), (s) => { out += s; });
  return out;
}

/** A Report as a stream's source (its judgements are made already). */
export function reportSource(data: Dataset, report: Report): ReportSource {
  const names = new Map(data.projects.map((p) => [p.id, p.name]));
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  return {
    asOf: report.asOf, ruleSet: report.settings.ruleSet, size: report.judgements.length,
    judgement: (i) => report.judgements[i], indicator: (i) => byId.get(report.judgements[i].indicatorId)!,
    projectName: (id) => names.get(id), projects: report.projects.length, summary: (k) => report.projects[k], warnings: () => report.warnings,
  };
}
