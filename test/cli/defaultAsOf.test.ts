// report without --as-of opens on the same date as the app (domain/report defaultReportDate).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

let out = '';
beforeEach(() => {
  out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

describe('report without --as-of', () => {
  it('judges at the latest actual or spend date of the data (2024-09-30 for the bundled sample)', async () => {
    expect(await main(['report', 'data', '--format', 'json'])).toBe(0);
    expect(JSON.parse(out).asOf).toBe('2024-09-30');
  });

  it('judges at the end of the data year when there are no actuals or spend yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'im-cli-'));
    copyFileSync('data/projects.json', join(dir, 'projects.json'));
    expect(await main(['report', dir, '--format', 'json'])).toBe(0);
    const r = JSON.parse(out);
    expect(r.asOf).toBe('2024-12-31');
    expect(r.indicators.every((i: { status: string }) => i.status === 'pending' || i.status === 'unparsed')).toBe(true);
  });

  it('says so in the help', async () => {
    expect(await main(['help'])).toBe(0);
    expect(out).toContain('省略 --as-of 时与网页打开时的截至日期相同');
  });
});
