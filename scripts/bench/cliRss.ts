// Peak resident memory of the CLI writing a JSON report of a data set (GNU time's %M, in kB, of
// node running the CLI itself — no npm/npx wrapper in between). Output goes to /dev/null.
import { spawnSync } from 'node:child_process';

export function cliPeakRssMB(files: string[], asOf: string, format: 'json' | 'csv' = 'json'): { mb: number; exit: number | null } {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, '--import', 'tsx', 'src/cli/main.ts', 'report', ...files, '--as-of', asOf, '--format', format],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const kb = Number(/(\d+)\s*$/.exec(run.stderr.trim())?.[1] ?? NaN);
  return { mb: Math.round(kb / 1024), exit: run.status };
}
