// The bundled data (4 seed projects, 示例数据 actuals and spend) judged at a date, and the chart
// labels of the 项目详情 page in Chinese, for the project page's chart and component tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dataset, Indicator } from '../../src/domain/types';
import type { Status } from '../../src/domain/judge/types';
import { loadFiles } from '../../src/io/load';
import { buildReport } from '../../src/domain/report';
import { defaultSettings, type Settings } from '../../src/domain/settings';
import { statusLabel } from '../../src/domain/labels';
import { messages, type Messages } from '../../src/app/i18n';

export const BUNDLED = ['projects.json', 'sample-actuals.csv', 'sample-spend.csv'];
export const bundledInputs = () => BUNDLED.map((name) => ({ name, content: new Uint8Array(readFileSync(resolve('data', name))) }));

let cached: Dataset | null = null;
export function bundled(): Dataset {
  return (cached ??= loadFiles(bundledInputs()).dataset);
}

export function judged(asOf: string, settings: Settings = defaultSettings()) {
  const data = bundled();
  const report = buildReport(data, asOf, settings);
  const byId = new Map<string, Indicator>(data.indicators.map((i) => [i.id, i]));
  const project = (name: string) => data.projects.find((p) => p.name === name)!;
  const judgementOf = (projectName: string, level3: string) => {
    const p = project(projectName);
    const ind = data.indicators.find((i) => i.projectId === p.id && i.level3 === level3)!;
    return { indicator: ind, judgement: report.judgements.find((j) => j.indicatorId === ind.id)! };
  };
  return { data, report, byId, project, judgementOf };
}

/** project.chart.<name> of the zh-CN messages, with the status names the app adds. */
export function chartLabels<T>(name: string, extra: Record<string, unknown> = {}): T {
  const chart = (messages['zh-CN'].project as Messages).chart as Messages;
  return { ...(chart[name] as Messages), statusNames: statusLabel as Record<Status, string>, ...extra } as T;
}

export const SAFETY = '省政务办信息系统安全运维';
export const ONLINE = '江苏12345在线平台信息系统运维费';
export const RUNNING = '江苏12345在线平台运行费';
export const YIQI = '“一企来办”平台运营运维费';
