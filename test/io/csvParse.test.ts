import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapHeader } from '../../src/io/csv/header';
import { readCsv } from '../../src/io/csv/parse';
import { unprotect } from '../../src/io/csv/unprotect';

describe('mapHeader', () => {
  it.each([
    ['项目名称', 'project'],
    ['projectName', 'project'],
    [' 三级指标 ', 'level3'],
    ['半年(程)指标值', 'targetH1'],
    ['半年（程）指标值', 'targetH1'],
    ['TARGETFY', 'targetFY'],
    ['累计执行数', 'amount'],
    ['一般公共预算资金', 'source:一般公共预算资金'],
    ['全年(程)预算数', 'budgetFY'],
  ])('%s → %s', (header, field) => expect(mapHeader(header)).toBe(field));

  it('knows nothing of other headers', () => expect(mapHeader('完成值')).toBeNull());
});

describe('readCsv', () => {
  it('gives each row its line in the file, counting blank lines and multi-line cells', () => {
    const text = '项目名称,三级指标,日期,实际值,备注\r\nA,渗透测试,2024-06-30,2,"第一行\r\n第二行"\r\n\r\nB,漏洞扫描,2024-06-30,2轮,\r\n';
    const t = readCsv(text, 'a.csv');
    expect(t.problems).toEqual([]);
    expect(t.rows).toEqual([
      { line: 2, values: { project: 'A', level3: '渗透测试', date: '2024-06-30', value: '2', note: '第一行\r\n第二行' } },
      { line: 5, values: { project: 'B', level3: '漏洞扫描', date: '2024-06-30', value: '2轮', note: '' } },
    ]);
    expect([...t.headers]).toEqual([['project', '项目名称'], ['level3', '三级指标'], ['date', '日期'], ['value', '实际值'], ['note', '备注']]);
  });

  it('reads tab-separated text (pasted from Excel)', () => {
    const t = readCsv('project\tindicator\tdate\tvalue\nA\t渗透测试\t2024/6/30\t2\n', 'paste.txt');
    expect(t.rows).toEqual([{ line: 2, values: { project: 'A', level3: '渗透测试', date: '2024/6/30', value: '2' } }]);
  });

  it('names unknown columns and still reads the known ones', () => {
    const t = readCsv('项目名称,三级指标,完成值,日期,实际值,填报人\nA,渗透测试,x,2024-06-30,2,张三\n', 'a.csv');
    expect(t.problems).toEqual([{
      severity: 'error', code: 'csv-unknown-column', source: { file: 'a.csv', row: 1 },
      message: 'a.csv 第1行：无法识别的列：“完成值”、“填报人”，这些列未读取（可用的列名见 data/README.md）',
    }]);
    expect(t.rows[0].values).toEqual({ project: 'A', level3: '渗透测试', date: '2024-06-30', value: '2' });
  });

  it('reports a duplicated column and reads the first', () => {
    const t = readCsv('项目名称,实际值,value\nA,1,2\n', 'a.csv');
    expect(t.problems.map((p) => p.message)).toEqual(['a.csv 第1行「value」：列“value”与“实际值”重复，只读取前一列']);
    expect(t.rows[0].values).toEqual({ project: 'A', value: '1' });
  });

  it('does not load a row with more cells than the header, and says why', () => {
    const t = readCsv('项目名称,支出项目,日期,累计执行数\nA,,2024-06-30,1,325.06\nA,,2024-07-31,"1,400"\n', 's.csv');
    expect(t.problems.map((p) => p.message)).toEqual([
      's.csv 第2行：有5个单元格，多于表头的4列（多出“325.06”；数字中的千分位逗号需加引号），此行未导入',
    ]);
    expect(t.rows).toEqual([{ line: 3, values: { project: 'A', expense: '', date: '2024-07-31', amount: '1,400' } }]);
  });

  it('reports an unterminated quote', () => {
    const t = readCsv('项目名称,实际值\nA,1\n"B,2\nC,3\n', 'a.csv');
    expect(t.rows.map((r) => r.values.project)).toEqual(['A']);
    expect(t.problems.map((p) => p.message)).toEqual(['a.csv 第3行：引号没有闭合，此行及其后内容无法读取']);
  });

  it('undoes formula-injection protection on read', () => {
    const t = readCsv("三级指标,半年（程）指标值,备注\n预算执行率,'=30%,'@1\n", 'a.csv');
    expect(t.rows[0].values).toEqual({ level3: '预算执行率', targetH1: '=30%', note: '@1' });
  });
});

describe('unprotect (a cell as read: the export mark removed, else trimmed)', () => {
  // Every character String.prototype.trim removes, and neighbours that it does not.
  const edge = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u200b', '\u0001', '\u001f', '\u007f', "'", 'a', '项', '=');
  const cell = fc.tuple(fc.array(edge, { maxLength: 3 }), fc.string({ maxLength: 6 }), fc.array(edge, { maxLength: 3 })).map(([a, b, c]) => a.join('') + b + c.join(''));

  it('reads every cell as the plain rule does: a leading \' removed, else trim (fast-check)', () => {
    fc.assert(fc.property(cell, (c) => {
      expect(unprotect(c)).toBe(c.startsWith("'") ? c.slice(1) : c.trim());
    }), { numRuns: 3000 });
  });

  it('keeps a cell with nothing to remove as it is, and trims ideographic and no-break spaces', () => {
    expect(unprotect('满意度')).toBe('满意度');
    expect(unprotect('\u3000满意度\u00a0')).toBe('满意度');
    expect(unprotect("'=1+1")).toBe('=1+1');
    expect(unprotect('')).toBe('');
  });
});
