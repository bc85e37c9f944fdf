import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { main } from '../../src/cli/main';

let out = '';
let err = '';
beforeEach(() => {
  out = err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const tmp = () => mkdtempSync(join(tmpdir(), 'im-cli-'));
const HEAD_ACTUALS = '项目名称,三级指标,日期,实际值,偏差原因,完成可能性,备注\n';
/** A folder with the seed projects and one actuals file. */
function withActuals(csv: string): string {
  const dir = tmp();
  copyFileSync('data/projects.json', join(dir, 'projects.json'));
  writeFileSync(join(dir, 'actuals.csv'), HEAD_ACTUALS + csv);
  return dir;
}

describe('report on the bundled data', () => {
  it('judges all 99 seed indicators at 2024-06-30 as JSON with the documented keys', async () => {
    expect(await main(['report', 'data', '--as-of', '2024-06-30', '--format', 'json'])).toBe(0);
    const r = JSON.parse(out);
    expect(r.asOf).toBe('2024-06-30');
    expect(r.indicators).toHaveLength(99);
    expect(Object.keys(r.indicators[0])).toEqual(expect.arrayContaining(['project', 'level1', 'level2', 'level3', 'target', 'expected', 'actual', 'status', 'variance', 'explain']));
    const rate = r.indicators.find((i: { project: string; level3: string }) => i.project === '江苏12345在线平台信息系统运维费' && i.level3 === '预算执行率');
    expect(rate).toMatchObject({ target: '半年 =40% → 全年 =100%', expected: 40, actual: 26, status: 'behind' });
    expect(rate.variance.absolute).toBeCloseTo(-14, 10);
    const derived = r.indicators.find((i: { project: string; level3: string }) => i.project === '省政务办信息系统安全运维' && i.level3 === '预算执行率');
    expect(derived).toMatchObject({ expected: 0, actual: 0, status: 'met', derivedFromSpend: true });
    expect(r.projects.map((p: { name: string }) => p.name)).toEqual(['“一企来办”平台运营运维费', '江苏12345在线平台信息系统运维费', '江苏12345在线平台运行费', '省政务办信息系统安全运维']);
    expect(r.projects[1]).toMatchObject({ executionRate: 0.26, counts: { met: 20, warning: 0, behind: 2, pending: 0, unparsed: 0 } });
    expect(r.projects[0].timeProgress).toBeCloseTo(182 / 366, 10);
    expect(r.warnings.filter((w: { code: string }) => w.code === 'expense-sum')).toHaveLength(4);
    expect(r.warnings.filter((w: { code: string }) => w.code === 'period')).toHaveLength(1);
  });

  it('prints an aligned table with Chinese status labels', async () => {
    expect(await main(['report', 'data', '--as-of', '2024-09-30'])).toBe(0);
    const lines = out.split('\n');
    const header = lines.find((l) => l.startsWith('项目  ') && l.includes('三级指标'))!;
    const col = stringWidth(header.slice(0, header.indexOf('三级指标')));
    const row = lines.find((l) => l.includes('信息系统故障修复响应时间'))!;
    expect(stringWidth(row.slice(0, row.indexOf('信息系统故障修复响应时间')))).toBe(col);
    expect(out).toContain('滞后');
    expect(out).toContain('预警');
    expect(out).toContain('达标');
    expect(out).toContain('【项目】');
    expect(out).toContain('【校验提示】');
  });

  it('writes CSV with a BOM and formula-protected cells', async () => {
    expect(await main(['report', 'data', '--as-of', '2024-06-30', '--format', 'csv'])).toBe(0);
    expect(out.startsWith('\uFEFF项目名称,一级指标')).toBe(true);
    expect(out).toContain(`,"'=21个",`);
    expect(out).not.toMatch(/,=21个,/);
  });

  it('switches to the 一体化系统 rule set', async () => {
    expect(await main(['report', 'data', '--as-of', '2024-06-30', '--format', 'json', '--rules', 'pmkpi'])).toBe(0);
    const r = JSON.parse(out);
    expect(r.ruleSet).toBe('pmkpi');
    expect(r.indicators.every((i: { status: string; light: string | null }) => i.status === 'pending' || i.light !== null)).toBe(true);
  });
});

describe('bad input exits non-zero naming file, row and problem in Chinese', () => {
  it('missing file', async () => {
    expect(await main(['report', 'nope/none.csv', '--as-of', '2024-06-30'])).toBe(1);
    expect(err).toContain('找不到文件或文件夹：nope/none.csv');
  });
  it('bad JSON', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'p.json'), '{"projects": [');
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    expect(err).toContain('p.json');
  });
  it('an unparseable date, an unknown project and an unknown indicator, each with its row', async () => {
    const dir = withActuals('江苏12345在线平台运行费,服务合格率,2024-13-45,98%,,,\n不存在的项目,服务合格率,2024-06-30,98%,,,\n江苏12345在线平台运行费,不存在的指标,2024-06-30,1,,,\n');
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    expect(err).toMatch(/actuals\.csv.*第 ?2 ?行/);
    expect(err).toMatch(/actuals\.csv.*第 ?3 ?行.*不存在的项目/);
    expect(err).toMatch(/actuals\.csv.*第 ?4 ?行.*不存在的指标/);
    expect(err).toContain('共 3 个错误');
    expect(out).toContain('【指标】'); // the valid part is still reported
  });
  it('an actual in a unit of another kind', async () => {
    const dir = withActuals('江苏12345在线平台信息系统运维费,信息系统故障修复响应时间,2024-06-30,3个,,,\n');
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    expect(err).toContain('信息系统故障修复响应时间');
    expect(err).toContain('3个');
    expect(err).toMatch(/actuals\.csv.*第 ?2 ?行/);
  });
  it('a CSV with unknown columns', async () => {
    const dir = tmp();
    copyFileSync('data/projects.json', join(dir, 'projects.json'));
    writeFileSync(join(dir, 'x.csv'), '项目名称,三级指标,日期,实际值,奇怪的列\n');
    expect(await main(['report', dir, '--as-of', '2024-06-30'])).toBe(1);
    expect(err).toContain('奇怪的列');
  });
  it('usage errors exit 2', async () => {
    expect(await main(['report', 'data', '--as-of', '2024-02-30'])).toBe(2);
    expect(err).toContain('不是有效日期');
    expect(await main(['report', 'data', '--format', 'xml'])).toBe(2);
    expect(await main(['frobnicate'])).toBe(2);
    expect(await main(['report', 'data', '--colour'])).toBe(2); // unknown option
  });
  it('says what is wrong with the options in Chinese, not in Node\'s English', async () => {
    expect(await main(['report', 'data', '--colour'])).toBe(2);
    expect(err).toMatch(/^未知的选项“--colour”\n用法/);
    err = '';
    expect(await main(['report', 'data', '--as-of'])).toBe(2);
    expect(err).toMatch(/^选项“--as-of”缺少取值\n用法/);
    expect(err).not.toMatch(/Unknown option|argument missing/);
  });
  it('takes --as-of in any date form the data files accept', async () => {
    expect(await main(['report', 'data', '--as-of', '2024/6/30', '--format', 'json'])).toBe(0);
    expect(JSON.parse(out).asOf).toBe('2024-06-30');
    out = '';
    expect(await main(['report', 'data', '--as-of', '2024年9月30日', '--format', 'json'])).toBe(0);
    expect(JSON.parse(out).asOf).toBe('2024-09-30');
  });
});

describe('import-table', () => {
  it('prints the canonical JSON of the seed tables', async () => {
    expect(await main(['import-table', 'data/seed-tables.txt'])).toBe(0);
    const d = JSON.parse(out);
    expect(d.projects.map((p: { indicators: unknown[] }) => p.indicators.length)).toEqual([25, 22, 24, 28]);
    expect(d.projects.map((p: { funds: { total: number } }) => p.funds.total)).toEqual([81, 98.5, 1325.06, 116]);
  });
  it('reports a file without tables', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), 'hello');
    expect(await main(['import-table', join(dir, 'empty.txt')])).toBe(1);
    expect(err).toContain('没有找到项目预算绩效目标表');
    expect(await main(['import-table', join(dir, 'missing.txt')])).toBe(1);
  });
  it('points an actuals CSV given by mistake to the report command', async () => {
    expect(await main(['import-table', 'data/sample-actuals.csv'])).toBe(1);
    expect(err).toBe('错误：data/sample-actuals.csv 是实际值 CSV，不是绩效目标表文本；import-table 只读取目标表，请用 report 或 deck 载入它\n');
    expect(out).toBe('');
  });
});
