// Judging at provincial scale: 10,000 projects × 30 indicators (300,000) with an actual each and
// spend per line, built from the seed projects. Prints absolute times and ratios against a
// baseline measured in the same run (a plain pass copying every indicator), since this machine is noisy.
// Run: npx tsx scripts/bench-report.ts [projects=10000]
import { readFileSync } from 'node:fs';
import { loadFiles } from '../src/io/load';
import { toCanonicalJson } from '../src/io/write';
import { buildReport } from '../src/domain/report';
import { defaultSettings } from '../src/domain/settings';
import type { Actual, Dataset, Indicator, Project, Spend } from '../src/domain/types';

const N = Number(process.argv[2] ?? 10_000);
const seed = loadFiles([{ name: 'data/projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
// Actuals as managers file them: the target's number scaled (some short, some over) in its unit, or a
// qualitative verdict; a load refuses values it cannot read against the target, so they must fit it.
const factors = [0.5, 0.8, 0.92, 1, 1.1, 1.35];
const verdicts = ['达成', '部分达成', '较高', '未达成'];
function sampleValue(ind: Indicator, n: number): string {
  const m = /(\d+(?:\.\d+)?)(.*)$/.exec(ind.targetFY);
  return m ? `${Math.round(Number(m[1]) * factors[n % factors.length] * 100) / 100}${m[2]}` : verdicts[n % verdicts.length];
}

function synthesize(): Dataset {
  const projects: Project[] = [], indicators: Indicator[] = [], actuals: Actual[] = [], spend: Spend[] = [];
  for (let k = 0; k < N; k++) {
    const src = seed.projects[k % seed.projects.length];
    const id = `p${k}`;
    projects.push({ ...src, id, name: `${src.name}-${k}` });
    const own = seed.indicators.filter((i) => i.projectId === src.id).slice(0, 30);
    while (own.length < 30) own.push(own[own.length % 20]);
    own.forEach((ind, j) => {
      const iid = `${id}-${j}`;
      indicators.push({ ...ind, id: iid, projectId: id });
      if ((k + j) % 7) actuals.push({ projectId: id, indicatorId: iid, date: j % 2 ? '2024-06-30' : '2024-03-31', value: sampleValue(ind, k + j) });
    });
    for (const e of src.expenses) spend.push({ projectId: id, expense: e.name, date: '2024-06-30', amount: (e.budgetFY ?? 0) * 0.4 });
  }
  return { projects, indicators, actuals, spend };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

const [data, tGen] = time(synthesize);
const [, tBase] = time(() => data.indicators.map((i) => ({ ...i })));
const [, tFirst] = time(() => buildReport(data, '2024-06-30', defaultSettings()));
const [, tAgain] = time(() => buildReport(data, '2024-09-30', defaultSettings()));
const json = toCanonicalJson(data, { includeObservations: true });
const [loaded, tLoad] = time(() => loadFiles([{ name: 'big.json', content: json }]));

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`数据规模：${data.projects.length} 个项目，${data.indicators.length} 个指标，${data.actuals.length} 条实际值，JSON ${(json.length / 1e6).toFixed(1)} MB（生成 ${ms(tGen)}）`);
console.log(`基线（复制每个指标一次）：${ms(tBase)}`);
console.log(`首次判定（含解析指标值、分组）：${ms(tFirst)}  = 基线 × ${(tFirst / tBase).toFixed(1)}`);
console.log(`换截至日期再判定（缓存命中）：${ms(tAgain)}  = 基线 × ${(tAgain / tBase).toFixed(1)}`);
console.log(`载入 JSON（解码、校验、合并）：${ms(tLoad)}  = 基线 × ${(tLoad / tBase).toFixed(1)}，问题 ${loaded.problems.length} 条`);
