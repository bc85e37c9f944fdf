// The load script at a CI size (20 units × 5 indicators), with the server killed (SIGKILL) after
// 40 acknowledged writes and restarted: no error, no lost update, no half-submitted form — on
// SQLite, and on PostgreSQL when TEST_DATABASE_URL is set. Counts are asserted, not times.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DB_KINDS } from './harness';

describe.each(DB_KINDS)('scripts/server-load.ts (%s)', (kind) => {
  it('keeps every acknowledged write through a kill -9 of the server', () => {
    const env = { ...process.env, DATABASE_URL: kind === 'postgres' ? process.env.TEST_DATABASE_URL : '' };
    if (kind === 'sqlite') delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/server-load.ts', '--units', '20', '--indicators', '5', '--kill-after', '40', '--port', kind === 'sqlite' ? '8188' : '8189'], { env, encoding: 'utf-8', timeout: 120_000 });
    // The counts say what went wrong when the run fails (an exit code alone said nothing in CI).
    const at = run.stdout.indexOf('{');
    if (at < 0) throw new Error(`server-load printed no result (exit ${run.status}, signal ${run.signal}): ${run.stderr.slice(-2000)}`);
    const result = JSON.parse(run.stdout.slice(at));
    expect(result).toMatchObject({ db: kind, units: 20, indicators: 5, errors: 0, lostUpdates: 0, ackedWrites: 100, submitted: 20, halfSubmitted: 0, killed: true });
    expect(run.status).toBe(0);
  }, 150_000);
});
