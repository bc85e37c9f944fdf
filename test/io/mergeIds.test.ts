// Indicator ids given in a file are unique in the dataset (io/merge uniqueId): an id another
// project of this load already took is scoped by its own project and said; an id of a project this
// load replaces is free again; an id the same project gives again stays.
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/io/load';

const header = '项目编号,项目名称,年度,一级指标,二级指标,三级指标,全年（程）指标值,指标编号';
const csv = (...rows: string[]) => ({ name: 'p.csv', content: [header, ...rows].join('\n') });

describe('given indicator ids', () => {
  it('scopes an id another project of the load took, and says so', () => {
    const { dataset, problems } = loadFiles([csv('A,项目甲,2024,产出指标,数量指标,培训人次,≥100人次,x1', 'B,项目乙,2024,产出指标,数量指标,培训场次,≥5场,x1')]);
    expect(dataset.indicators.map((i) => [i.projectId, i.id])).toEqual([['A', 'x1'], ['B', 'B:x1']]);
    expect(problems.map((p) => p.message)).toEqual([
      'p.csv 第3行：项目“项目乙”的指标“培训场次”编号“x1”已被项目“项目甲”使用，改用编号“B:x1”（按项目和原编号填写的实际值仍对应到它）',
    ]);
  });

  it('frees the ids of a project the load replaces, and keeps an id its own project gives again', () => {
    const base = loadFiles([csv('A,项目甲,2024,产出指标,数量指标,培训人次,≥100人次,x1', 'C,项目丙,2024,产出指标,数量指标,验收,通过,c1')]).dataset;
    // A comes back without x1, B takes x1; C gives c1 again.
    const { dataset, problems } = loadFiles([csv('A,项目甲,2024,产出指标,数量指标,培训场次,≥5场,x2', 'B,项目乙,2024,产出指标,数量指标,培训人次,≥100人次,x1', 'C,项目丙,2024,产出指标,数量指标,验收,通过,c1')], base);
    expect(dataset.indicators.map((i) => [i.projectId, i.id]).sort()).toEqual([['A', 'x2'], ['B', 'x1'], ['C', 'c1']]);
    expect(problems.filter((p) => p.code === 'duplicate-indicator-id')).toEqual([]);
  });

  it('scopes an id of a project of the base that this load leaves as it was', () => {
    const base = loadFiles([csv('A,项目甲,2024,产出指标,数量指标,培训人次,≥100人次,x1')]).dataset;
    const { dataset, problems } = loadFiles([csv('B,项目乙,2024,产出指标,数量指标,培训场次,≥5场,x1')], base);
    expect(dataset.indicators.map((i) => [i.projectId, i.id])).toEqual([['A', 'x1'], ['B', 'B:x1']]);
    expect(problems.map((p) => p.code)).toEqual(['duplicate-indicator-id']);
  });
});

describe('actuals by ids, one row after another', () => {
  it('each row goes to its own project’s indicator when two projects gave the same id, in runs and interleaved', () => {
    const projects = csv('A,项目甲,2024,产出指标,数量指标,培训人次,≥100人次,x1', 'B,项目乙,2024,产出指标,数量指标,培训场次,≥5场,x1');
    const actuals = { name: 'a.csv', content: ['项目编号,指标编号,日期,实际值', 'A,x1,2024-03-31,30人次', 'A,x1,2024-06-30,60人次', 'B,x1,2024-03-31,2场', 'B,x1,2024-06-30,3场', 'A,x1,2024-09-30,90人次', 'B,x9,2024-09-30,4场', 'B,x1,2024-09-30,5场'].join('\n') };
    const { dataset, problems } = loadFiles([projects, actuals]);
    expect(dataset.actuals.map((a) => [a.projectId, a.indicatorId, a.date, a.value])).toEqual([
      ['A', 'x1', '2024-03-31', '30人次'], ['A', 'x1', '2024-06-30', '60人次'], ['B', 'B:x1', '2024-03-31', '2场'], ['B', 'B:x1', '2024-06-30', '3场'],
      ['A', 'x1', '2024-09-30', '90人次'], ['B', 'B:x1', '2024-09-30', '5场'],
    ]);
    expect(problems.filter((p) => p.code !== 'duplicate-indicator-id').map((p) => [p.code, p.source?.row])).toEqual([['unknown-indicator', 7]]);
  });
});
