import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFiles } from '../../src/io/load';
import { toCanonicalJson } from '../../src/io/write';
import { synthesize } from '../../scripts/gen/synthesize';

// The real CLI (a child process) writing a report of ~5 MB into a pipe: it goes only as fast as the
// reader takes it (before, everything queued in the CLI's memory: 4.5 GB and `write ENOBUFS` at
// 50,000 projects), and a reader that leaves early (`| head`) ends it quietly (before: an uncaught
// `write EPIPE` with its stack trace).
let dir: string;
const SUMMARY = '共 1 个错误';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-output-'));
  const seed = loadFiles([{ name: 'projects.json', content: readFileSync('data/projects.json', 'utf8') }]).dataset;
  writeFileSync(join(dir, 'data.json'), toCanonicalJson(synthesize(seed, 150, 3).data, { includeObservations: true }));
  // One bad row: the error summary is printed to stderr after the last byte of the report is handed to stdout.
  writeFileSync(join(dir, 'bad.csv'), '项目名称,三级指标,日期,实际值\n不存在的项目,某指标,2024-06-30,1\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (...files: string[]) => ['--import', 'tsx', 'src/cli/main.ts', 'report', ...files.map((f) => join(dir, f)), '--as-of', '2024-09-30', '--format', 'json'];

describe('CLI output into a pipe', () => {
  it('waits for a slow reader and writes the whole report', async () => {
    const child = spawn(process.execPath, cli('data.json', 'bad.csv'), { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let read = 0;
    let readAtSummary = -1;
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      if (readAtSummary < 0 && stderr.includes(SUMMARY)) readAtSummary = read;
    });
    // One buffer (≤ 64 kB) at a time, then 10 ms before the next. (Polling read() on the paused
    // stream instead lost its last ~100 kB on Node 20 here: 'end' came with them never returned.)
    child.stdout.on('data', (b: Buffer) => {
      chunks.push(b);
      read += b.length;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 10);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const out = Buffer.concat(chunks);

    const toFile = join(dir, 'report.json');
    const fd = openSync(toFile, 'w');
    const direct = spawnSync(process.execPath, cli('data.json', 'bad.csv'), { stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(direct.status).toBe(1);
    expect(code).toBe(1);
    expect(out.length).toBeGreaterThan(4_000_000);
    expect(out.equals(readFileSync(toFile))).toBe(true);
    expect(JSON.parse(out.toString()).projects).toHaveLength(150);
    // The CLI finished writing only once the reader had nearly caught up: what it had made but the
    // reader had not taken (pipe, stream buffers, one chunk) is a few hundred kB, not the whole report.
    expect(readAtSummary).toBeGreaterThan(out.length - 1_000_000);
  }, 60_000);

  it('stops quietly when the reader leaves early', async () => {
    const child = spawn(process.execPath, cli('data.json'), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    let head = '';
    child.stdout.once('data', (b: Buffer) => {
      head = b.toString().slice(0, 30);
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(head).toBe('{\n  "asOf": "2024-09-30",\n  "r');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
