import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../src/io/detect';
import { decodeContent } from '../../src/io/decode';
import { fixture, seed } from './helpers';

const text = (f: { content: Uint8Array | string }) => decodeContent(f.content).text;

describe('detectKind', () => {
  it('recognises each fixture by its content', () => {
    expect(detectKind(text(fixture('projects.csv')))).toBe('projects-csv');
    expect(detectKind(text(fixture('actuals.csv')))).toBe('actuals-csv');
    expect(detectKind(text(fixture('actuals-gbk.csv')))).toBe('actuals-csv');
    expect(detectKind(text(fixture('spend.csv')))).toBe('spend-csv');
    expect(detectKind(text(seed()))).toBe('raw-table');
  });

  it('ignores the file name: a .txt holding CSV is CSV', () => {
    expect(detectKind('project,indicator,date,value\nA,B,2024-06-30,1\n')).toBe('actuals-csv');
  });

  it.each([
    ['{"projects": []}', 'projects-json'],
    ['  \n[ ]', 'projects-json'],
    ['{ broken', 'projects-json'],
    ['项目名称,支出项目,日期,累计执行数\n', 'spend-csv'],
    ['projectName,amount,date\n', 'spend-csv'],
    ['项目名称\t三级指标\t半年(程)指标值\t全年(程)指标值\n', 'projects-csv'],
    ['项目名称,年度,资金总额,支出项目,全年（程）预算数\n', 'projects-csv'],
    ['\n\n项目编号,指标编号,日期,实际值\n', 'actuals-csv'],
    ['江苏省省级项目预算绩效目标表\n\n2024年度\n', 'raw-table'],
    ['hello,world\n1,2\n', 'unknown'],
    ['', 'unknown'],
    ['三级指标,实际值\n渗透测试,2\n', 'unknown'],
  ])('%j → %s', (content, kind) => expect(detectKind(content)).toBe(kind));

  // Issue 7.7: read as GB18030 throughout, the UTF-8 header was garbled and the file "无法识别".
  it('recognises a CSV whose rows mix UTF-8 and GBK', () => {
    const gbkRow = new Uint8Array(readFileSync(new URL('../fixtures/io/actuals-gbk.csv', import.meta.url))).subarray(0, 200);
    const firstRow = gbkRow.subarray(gbkRow.indexOf(0x0a) + 1, gbkRow.indexOf(0x0a, gbkRow.indexOf(0x0a) + 1) + 1);
    const utf8 = new TextEncoder().encode('项目名称,一级指标,三级指标,日期,实际值,偏差原因,完成可能性,备注\r\n省政务办信息系统安全运维,,驻场人数,2024-06-30,2人,,,\r\n');
    expect(detectKind(decodeContent(new Uint8Array([...utf8, ...firstRow])).text)).toBe('actuals-csv');
  });
});
