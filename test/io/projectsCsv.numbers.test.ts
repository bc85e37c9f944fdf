// The project columns that are numbers (年度, 开始/完成时间, 资金总额, sources) repeat on every row
// of a project; reading each text once (io/csv/projectsCsv parsed) must not change what is read or
// said: a bad cell is said on every row, a contradiction where it appears, and the same text in
// another project gives that project its value.
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv/parse';
import { readProjectsCsv } from '../../src/io/csv/projectsCsv';
import { loadFiles } from '../../src/io/load';

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

describe('rows repeating the project columns of a row read without a word', () => {
  // Streamed (loadFiles: rows through getters, compared by their cells) and whole (readCsv: plain rows).
  const both = (text: string) => {
    const whole = readProjectsCsv(readCsv(text, 'p.csv'));
    const streamed = loadFiles([{ name: 'p.csv', content: text }]);
    expect(streamed.dataset.projects).toEqual(whole.projects);
    expect(streamed.problems).toEqual(whole.problems);
    return whole.problems.map((p) => p.message);
  };

  it('say a contradiction on every row that repeats it, and nothing on the rows after a clean one', () => {
    const head = '项目编号,项目名称,年度,主管部门,资金总额,一般公共预算资金,三级指标,全年（程）指标值';
    expect(both([
      head,
      'A,项目甲,2024,教育厅,100,80,培训人次,≥100人次',
      'A,项目甲,2024,财政厅,100,80,培训场次,≥5场',
      'A,项目甲,2024,财政厅,100,80,验收,通过',
      'A,项目甲,2024,教育厅,100,80,满意度,≥90%',
      'A,项目甲,2024,教育厅,100,80,时效,≤4小时',
      'A, 项目甲 ,2024,教育厅,100,80,覆盖率,≥95%',
      'A, 项目甲 ,2024,教育厅,100,80,达标率,≥90%',
      'B,项目乙,2024,教育厅,100,80,培训人次,≥100人次',
    ].join('\n'))).toEqual([
      'p.csv 第3行「主管部门」：与同一项目前面的行不一致（“教育厅” / “财政厅”），采用前者',
      'p.csv 第4行「主管部门」：与同一项目前面的行不一致（“教育厅” / “财政厅”），采用前者',
      'p.csv 第7行「项目名称」：项目名称写作“ 项目甲 ”，与前面的行只差空白或引号，按同一项目“项目甲”读取',
    ]);
  });

  it('a bad year repeated is said on every row (those rows are not loaded)', () => {
    const head = '项目编号,项目名称,年度,三级指标,全年（程）指标值';
    expect(both([head, 'A,项目甲,20x4,培训人次,≥100人次', 'A,项目甲,20x4,培训场次,≥5场', 'A,项目甲,2024,验收,通过'].join('\n'))).toEqual([
      'p.csv 第2行「年度」：“20x4”不是年份（应写作 2024 或 2024年），此行未导入（年度决定项目编号）',
      'p.csv 第3行「年度」：“20x4”不是年份（应写作 2024 或 2024年），此行未导入（年度决定项目编号）',
    ]);
  });
});
