// export-form PATH… (--round-end YYYY-MM-DD [--round-name …] | --as-of YYYY-MM-DD) [--template] --out F.xlsx
// The 项目支出绩效目标执行监控表 of a round (its period after the previous round's end, else from
// 1 January; the round as saved in a whole-state JSON when one ends that day, else all projects)
// or as of a date (1 January … as-of), or its blank template for units, as .xlsx (io/xlsx).
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { buildReport } from '../domain/report';
import { defaultSettings, type RuleSetId } from '../domain/settings';
import { defaultRoundName, roundPeriod } from '../domain/round';
import type { Problem, Round } from '../domain/types';
import { parseDate } from '../io/values';
import { buildMonitoringForm } from '../io/xlsx/monitoringForm';
import { CliError, loadInputs } from './files';
import { terminalText } from './escape';

export class ExportFormUsage extends Error {}

const date = (flag: string, text: string | undefined) => {
  if (text === undefined) return undefined;
  const d = parseDate(text);
  if (!d.ok) throw new ExportFormUsage(`${flag} “${text}”不是有效日期，应为 YYYY-MM-DD，例如 2024-07-31`);
  return d.value;
};

export async function exportForm(args: string[], describe: (p: Problem) => string): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true,
    options: { 'round-end': { type: 'string' }, 'round-name': { type: 'string' }, 'as-of': { type: 'string' }, template: { type: 'boolean' }, out: { type: 'string' }, rules: { type: 'string', default: 'default' } },
  });
  if (!positionals.length) throw new ExportFormUsage('export-form 需要至少一个文件或文件夹');
  if (!values.out) throw new ExportFormUsage('export-form 需要 --out 文件.xlsx');
  const end = date('--round-end', values['round-end']);
  const asOf = date('--as-of', values['as-of']);
  if ((end === undefined) === (asOf === undefined)) throw new ExportFormUsage('export-form 需要 --round-end（监控轮次的截止日期）或 --as-of 二者之一');
  if (asOf !== undefined && values['round-name'] !== undefined) throw new ExportFormUsage('--round-name 只能与 --round-end 一起使用');
  if (!['default', 'pmkpi'].includes(values.rules!)) throw new ExportFormUsage(`未知的 --rules “${values.rules}”，可选 default、pmkpi`);

  const loaded = await loadInputs(positionals);
  for (const p of loaded.problems) process.stderr.write(describe(p) + '\n');
  const data = loaded.dataset;
  if (!data.projects.length) throw new CliError(`在 ${positionals.join('、')} 中没有找到任何项目`);
  const settings = defaultSettings(values.rules as RuleSetId);

  let round: Round | null = null;
  if (end !== undefined) {
    const rounds = data.rounds ?? [];
    const saved = rounds.find((r) => r.periodEnd === end);
    const draft: Round = { id: `round-${end}`, name: '', periodEnd: end, deadline: null, scope: { kind: 'all' }, createdAt: '' };
    round = saved ?? { ...draft, name: defaultRoundName(roundPeriod(draft, rounds)) };
    if (values['round-name']) round = { ...round, name: values['round-name'] };
    if (!saved) data.rounds = [...rounds, round];
  }
  const period = round ? roundPeriod(round, data.rounds ?? []) : null;
  const report = buildReport(data, round ? round.periodEnd : asOf!, settings, period ? { periodStart: period.start } : {});
  const bytes = await buildMonitoringForm(data, report, round, { template: !!values.template });
  try {
    writeFileSync(values.out, bytes);
  } catch (e) {
    throw new CliError(`无法写入 ${values.out}：${(e as Error).message}`);
  }
  process.stderr.write(terminalText(`已生成 ${values.out}（${(bytes.length / 1024).toFixed(0)} KB）`) + '\n');
  return loaded.problems.some((p) => p.severity === 'error') ? 1 : 0;
}
