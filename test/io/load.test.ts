import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadFiles, type InputFile } from '../../src/io/load';
import { fixture, seed } from './helpers';

const all = (): InputFile[] => [seed(), fixture('actuals-gbk.csv'), fixture('spend.csv')];

describe('loadFiles', () => {
  it('loads the seed tables, GBK actuals and spend together', () => {
    const r = loadFiles(all());
    // spend.csv's 1,036.5 万元 (read with its thousands separator) is far above its line's 110.2 万元: said, still loaded.
    expect(r.problems.map((p) => [p.code, p.severity, p.source?.row])).toEqual([['implausible-spend', 'warning', 4]]);
    expect(r.files.map((f) => [f.name, f.kind, f.encoding, f.projects, f.indicators, f.actuals, f.spend, f.errors])).toEqual([
      ['targets-2024.txt', 'raw-table', 'utf-8', 4, 99, 0, 0, 0],
      ['actuals-gbk.csv', 'actuals-csv', 'gb18030', 0, 0, 6, 0, 0],
      ['spend.csv', 'spend-csv', 'utf-8', 0, 0, 0, 3, 0],
    ]);
  });

  it('judges the same actuals from Excel\'s "Unicode 文本" (UTF-16 LE, tab-separated) as from the UTF-8 CSV', () => {
    const csv = new TextDecoder().decode(fixture('actuals.csv').content as Uint8Array);
    const tabbed = '\uFEFF' + csv.replace(/,/g, '\t').replace(/\n/g, '\r\n');
    const bytes = new Uint8Array(tabbed.length * 2);
    for (let i = 0; i < tabbed.length; i++) {
      bytes[2 * i] = tabbed.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = tabbed.charCodeAt(i) >> 8;
    }
    const fromUtf16 = loadFiles([seed(), { name: 'actuals.txt', content: bytes }]);
    const fromUtf8 = loadFiles([seed(), fixture('actuals.csv')]);
    expect(fromUtf16.files[1]).toMatchObject({ kind: 'actuals-csv', encoding: 'utf-16le', actuals: fromUtf8.files[1].actuals, errors: 0 });
    expect(fromUtf16.dataset.actuals.map((a) => [a.indicatorId, a.date, a.value])).toEqual(fromUtf8.dataset.actuals.map((a) => [a.indicatorId, a.date, a.value]));
  });

  it('gives the same dataset whatever the order of the files', () => {
    const forward = loadFiles(all());
    fc.assert(fc.property(fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }), (order) => {
      const files = all();
      const r = loadFiles(order.map((i) => files[i]));
      expect(r.dataset).toEqual(forward.dataset);
      expect(r.problems).toEqual(forward.problems);
    }), { numRuns: 6 });
  });

  it('never mutates the base dataset', () => {
    const base = loadFiles(all()).dataset;
    const snapshot = structuredClone(base);
    const r = loadFiles([seed(), fixture('projects.csv'), fixture('actuals.csv'), fixture('spend.csv')], base);
    expect(base).toEqual(snapshot);
    expect(r.dataset).not.toBe(base);
  });

  it('replaces a re-imported project and its indicators, keeping its actuals and spend', () => {
    const base = loadFiles(all()).dataset;
    const security = base.projects.find((p) => p.name === '省政务办信息系统安全运维')!;
    const r = loadFiles([fixture('projects.csv')], base);
    expect(r.dataset.projects.map((p) => p.id)).toEqual(base.projects.map((p) => p.id));
    expect(r.dataset.projects.find((p) => p.id === security.id)?.source).toEqual({ file: 'projects.csv', row: 2 });
    expect(r.dataset.indicators).toHaveLength(99 - 25 + 5);
    expect(r.dataset.actuals).toEqual(base.actuals);
    expect(r.dataset.spend).toEqual(base.spend);
    // The fixture holds 5 of 一企来办's indicators (one of them new): the 21 left out are named.
    expect(r.problems.map((p) => `${p.severity} ${p.code} ${p.projectId}`)).toEqual([`warning dropped-indicators ${base.projects.find((p) => p.name === '“一企来办”平台运营运维费')!.id}`]);
    expect(r.problems[0].message).toBe('projects.csv：项目「“一企来办”平台运营运维费」重新导入后指标由 25 个变为 5 个，原有的 21 个指标（“立项依据充分性”、“立项程序规范性”、“绩效指标明确性” 等）不在新表中，已删除；如表格不完整，请重新载入完整的表');
  });

  it('keeps the long texts (立项必要性 …) of a project re-loaded from a CSV, which has no text columns', () => {
    const base = loadFiles(all()).dataset;
    const before = base.projects.find((p) => p.name === '省政务办信息系统安全运维')!;
    expect(Object.keys(before.texts ?? {})).toHaveLength(5);
    const after = loadFiles([fixture('projects.csv')], base).dataset.projects.find((p) => p.id === before.id)!;
    expect(after.texts).toEqual(before.texts);
    expect(after.source).toEqual({ file: 'projects.csv', row: 2 });
  });

  it('keeps, and flags, actuals whose indicator a re-import removed', () => {
    const base = loadFiles(all()).dataset;
    const slim = {
      name: 'slim.csv',
      content: '项目名称,年度,主管部门,一级指标,二级指标,三级指标,半年（程）指标值,全年（程）指标值\n' +
        '省政务办信息系统安全运维,2024,江苏省数据局 (江苏省政务服务管理办公室),产出指标,数量指标,漏洞扫描,≥2轮,≥4轮\n',
    };
    const r = loadFiles([slim], base);
    expect(r.dataset.actuals).toEqual(base.actuals);
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning slim.csv：项目“省政务办信息系统安全运维”重新导入后指标由 28 个变为 1 个，原有的 27 个指标（“立项程序规范性”、“立项依据充分性”、“绩效目标合理性” 等）不在新表中，已删除；如表格不完整，请重新载入完整的表',
      'warning slim.csv：项目“省政务办信息系统安全运维”重新导入后，有2条实际值对应的指标已不存在（已保留，请核对）',
    ]);
  });

  it('updates an actual recorded again for the same indicator and date, and flags a repeat inside one load', () => {
    const base = loadFiles(all()).dataset;
    const again = { name: 'again.csv', content: '项目名称,三级指标,日期,实际值\n省政务办信息系统安全运维,渗透测试,2024/6/30,3\n省政务办信息系统安全运维,渗透测试,2024-06-30,4\n' };
    const r = loadFiles([again], base);
    expect(r.dataset.actuals).toHaveLength(6);
    expect(r.dataset.actuals[0]).toMatchObject({ value: '4', source: { file: 'again.csv', row: 3 } });
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'warning again.csv 第3行：同一实际值（同一日期）在本次导入中出现多次，采用后出现的一条',
    ]);
  });

  it('refuses an actual it cannot read against its target, row by row, and keeps the good figure of that date', () => {
    const base = loadFiles(all()).dataset;
    const good = base.actuals.find((a) => a.value === '150分钟')!;
    const bad = { name: 'bad.csv', content: '项目名称,三级指标,日期,实际值\n'
      + '“一企来办”平台运营运维费,信息系统故障修复响应时间,2024-06-30,abc小时\n'
      + '省政务办信息系统安全运维,渗透测试,2024-06-30,=1+1\n'
      + '省政务办信息系统安全运维,渗透测试,2024-06-30,3轮次\n'
      + '省政务办信息系统安全运维,漏洞扫描,2024-07-31,3\n' };
    const r = loadFiles([bad], base);
    expect(r.problems.map((p) => `${p.severity} ${p.message}`)).toEqual([
      'error bad.csv 第2行「实际值」：指标“信息系统故障修复响应时间”（2024-06-30）无法识别的实际值“abc小时”：应填写数值（如 4小时），此行未导入',
      'error bad.csv 第3行「实际值」：指标“渗透测试”（2024-06-30）实际值“=1+1”：含多个数值，无法判断，此行未导入',
      'error bad.csv 第4行「实际值」：指标“渗透测试”（2024-06-30）实际值“3轮次”：实际值单位“轮次”与指标值单位“轮”不能换算（指标值 ≥4轮），此行未导入',
    ]);
    expect(r.files[0]).toMatchObject({ actuals: 1, errors: 3 });
    expect(r.dataset.actuals.find((a) => a.indicatorId === good.indicatorId && a.date === '2024-06-30')).toEqual(good);
    expect(r.dataset.actuals).toHaveLength(base.actuals.length + 1);
  });

  it('says when a second file of one load redefines a project', () => {
    const r = loadFiles([fixture('projects.csv'), seed()]);
    expect(r.dataset.projects).toHaveLength(4);
    expect(r.dataset.indicators).toHaveLength(99);
    expect(r.problems.map((p) => p.code)).toEqual(['duplicate-project', 'duplicate-project']);
  });

  it('reports unknown and empty files by name', () => {
    const r = loadFiles([{ name: 'notes.txt', content: '请于7月10日前报送\n谢谢' }, { name: 'empty.csv', content: new Uint8Array() }]);
    expect(r.problems.map((p) => p.message)).toEqual([
      'notes.txt 第1行：无法识别文件内容：不是 JSON，不是带已知表头的 CSV（如 项目名称,三级指标,日期,实际值），也不像绩效目标表文本；文件未导入',
      'empty.csv：文件为空',
    ]);
    expect(r.files.map((f) => [f.kind, f.errors])).toEqual([['unknown', 1], ['unknown', 1]]);
  });

  it('never throws, whatever the bytes or text (fast-check)', () => {
    const header = fc.constantFrom('项目名称,三级指标,日期,实际值\n', '项目名称,支出项目,日期,累计执行数\n', '项目名称,三级指标,半年（程）指标值\n', '{"projects":', '');
    const content = fc.oneof(
      fc.tuple(header, fc.string()).map(([h, s]) => h + s),
      fc.uint8Array({ maxLength: 200 }),
      fc.json(),
      fc.string({ unit: 'binary' }),
    );
    const base = loadFiles([seed()]).dataset;
    fc.assert(fc.property(fc.array(content, { maxLength: 4 }), (contents) => {
      const r = loadFiles(contents.map((c, i) => ({ name: `f${i}`, content: c })), base);
      expect(r.problems.filter((p) => p.code === 'internal-error')).toEqual([]);
      expect(r.files).toHaveLength(contents.length);
      expect(r.dataset.projects.length).toBeGreaterThanOrEqual(4);
    }), { numRuns: 300 });
  });
});
