// Actuals and spend files repeat a handful of dates on every row; each date text is read once per
// file (io/csv/observations dateReader). What is read and said stays as it was: a bad date is said
// on every row that has it, and each row keeps its own date.
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';

const projects = {
  name: 'p.csv',
  content: ['项目编号,项目名称,年度,三级指标,全年（程）指标值,指标编号,支出项目,全年（程）预算数', 'A,项目甲,2024,培训人次,≥100人次,i1,,', 'A,项目甲,2024,,,,培训费,100'].join('\n'),
};

describe('dates of actuals and spend rows', () => {
  it('are read row by row as written, a bad one said on each row', () => {
    const actuals = { name: 'a.csv', content: ['项目编号,指标编号,日期,实际值', 'A,i1,2024-06-30,50', 'A,i1,2024-02-30,60', 'A,i1,2024/9/30,70', 'A,i1,2024-02-30,80', 'A,i1,2024-12-31,90'].join('\n') };
    const spend = { name: 's.csv', content: ['项目编号,支出项目,日期,累计执行数', 'A,培训费,2024-06-30,10', 'A,培训费,2024-13-01,20', 'A,培训费,2024-13-01,30', 'A,培训费,2024-09-30,40'].join('\n') };
    const { dataset, problems } = loadFiles([projects, actuals, spend]);
    expect(dataset.actuals.map((a) => [a.date, a.value])).toEqual([['2024-06-30', '50'], ['2024-09-30', '70'], ['2024-12-31', '90']]);
    expect(dataset.spend.map((s) => [s.date, s.amount])).toEqual([['2024-06-30', 10], ['2024-09-30', 40]]);
    expect(problems.map((p) => p.message)).toEqual([
      'a.csv 第3行「日期」：“2024-02-30”不存在（2024年2月没有30日），此行未导入',
      'a.csv 第5行「日期」：“2024-02-30”不存在（2024年2月没有30日），此行未导入',
      's.csv 第3行「日期」：“2024-13-01”的月份不存在，此行未导入',
      's.csv 第4行「日期」：“2024-13-01”的月份不存在，此行未导入',
    ]);
  });
});
