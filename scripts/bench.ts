// One run of every figure of issue 10 on a generated data set, with the baselines from the same run:
//   npm run bench -- --projects 10000 [--json FILE] [--runs 3] [--seed 1] [--no-browser] [--dist DIR]
// Prints one line per figure and writes them all to FILE as JSON. Times are the minimum of --runs
// runs (the machine is shared); ratios against the same-run baselines are what to compare.
// The browser half builds the app into --dist (default /tmp/dist-bench) when it is missing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { arg, FILE_NAMES, generate } from './gen';
import { domainBench } from './bench/domain';
import { cliPeakRssMB } from './bench/cliRss';
import { browserBench } from './bench/browser';

async function main() {
  const projects = Number(arg('--projects', '10000'));
  const runs = Math.max(1, Number(arg('--runs', '3')));
  const seed = Number(arg('--seed', '1'));
  const dir = resolve(arg('--out', `/tmp/bench-${projects}`)!);
  const t0 = Date.now();
  const gen = generate(projects, seed);
  mkdirSync(dir, { recursive: true });
  for (const [k, name] of Object.entries(FILE_NAMES)) writeFileSync(resolve(dir, name), gen.files[k as keyof typeof FILE_NAMES]);
  console.log(`生成 ${projects} 个项目 → ${dir}（${Date.now() - t0} ms）`);
  const figures: Record<string, number | string> = { command: process.argv.slice(2).join(' '), runs, seed };
  const show = (add: Record<string, number>) => {
    Object.assign(figures, add);
    for (const [k, v] of Object.entries(add)) console.log(`${k.padEnd(22)} ${v}`);
  };
  show({ ...domainBench(gen, runs) });
  const cli = cliPeakRssMB(['projects.csv', 'actuals.csv', 'spend.csv'].map((f) => resolve(dir, f)), '2024-09-30');
  show({ cliPeakRssMB: cli.mb, cliExit: cli.exit ?? -1 });
  if (!process.argv.includes('--no-browser')) show({ ...(await browserBench(resolve(dir, FILE_NAMES.json), projects, runs, arg('--dist', '/tmp/dist-bench')!)) });
  const json = arg('--json');
  if (json) writeFileSync(json, JSON.stringify(figures, null, 2) + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
