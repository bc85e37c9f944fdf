// The project columns that are numbers (年度, 开始/完成时间, 资金总额, sources) repeat on every row
// of a project; reading each text once (io/csv/projectsCsv parsed) must not change what is read or
// said: a bad cell is said on every row, a contradiction where it appears, and the same text in
// another project gives that project its value.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv/parse';
import { readProjectsCsv } from '../../src/io/csv/projectsCsv';

const header = '项目编号,项目名称,年度,开始时间,资金总额,一般公共预算资金,三级指标,全年（程）指标值';

describe('projects CSV number columns', () => {
  it('reads repeated cells as written on each row, project by project', () => {
    const text = [
      header,
      'A,项目甲,2024,2024,100,abc,培训人次,≥100人次',
      'A,项目甲,2024,2024,100,abc,培训场次,≥5场',
      'A,项目甲,2024,2024,200,-5,验收,通过',
      'B,项目乙,2024,20x4,100,80,培训人次,≥100人次',
      'B,项目乙,2024,20x4,,80,培训场次,≥5场',
      'C,项目丙,2024,2023,100,abc,验收,通过',
    ].join('\n');
    const read = readProjectsCsv(readCsv(text, 'p.csv'));
    expect(read.projects.map((p) => [p.id, p.startYear, p.funds.total, p.funds.sources])).toEqual([
      ['A', 2024, 100, {}], ['B', null, 100, { 一般公共预算资金: 80 }], ['C', 2023, 100, {}],
    ]);
    expect(read.problems.map((p) => p.message)).toEqual([
      'p.csv 第2行「一般公共预算资金」：“abc”不是数字',
      'p.csv 第3行「一般公共预算资金」：“abc”不是数字',
      'p.csv 第4行「资金总额」：与同一项目前面的行不一致（“100” / “200”），采用前者',
      'p.csv 第4行「一般公共预算资金」：金额“-5”为负，已忽略',
      'p.csv 第5行「开始时间」：“20x4”不是年份（应写作 2024 或 2024年）',
      'p.csv 第6行「开始时间」：“20x4”不是年份（应写作 2024 或 2024年）',
      'p.csv 第7行「一般公共预算资金」：“abc”不是数字',
    ]);
  });
});
