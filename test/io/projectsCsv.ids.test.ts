import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/io/csv/parse';
import { readProjectsCsv } from '../../src/io/csv/projectsCsv';
import { indicatorId } from '../../src/domain/ids';

// 指标编号 given in a projects CSV: one id may serve two projects (io/merge scopes the second), but
// not twice in one project; computed ids count repeated paths per project.
const csv = [
  '项目编号,项目名称,年度,一级指标,二级指标,三级指标,全年（程）指标值,指标编号',
  'p1,平台运维,2024,产出指标,数量指标,培训次数,≥4次,i1',
  'p2,平台建设,2024,产出指标,数量指标,培训次数,≥4次,i1',
  'p1,平台运维,2024,产出指标,质量指标,合格率,≥95%,i1',
  'p1,平台运维,2024,产出指标,数量指标,培训次数,≥2次,',
  'p1,平台运维,2024,产出指标,数量指标,培训次数,≥3次,',
  'p2,平台建设,2024,产出指标,数量指标,培训次数,≥2次,',
].join('\n');

describe('projects CSV indicator ids', () => {
  it('refuses an id repeated in one project, keeps it across projects, and counts repeated paths per project', () => {
    const r = readProjectsCsv(readCsv(csv, 'p.csv'));
    expect(r.indicators.map((i) => [i.projectId, i.targetFY])).toEqual([
      ['p1', '≥4次'], ['p2', '≥4次'], ['p1', '≥2次'], ['p1', '≥3次'], ['p2', '≥2次'],
    ]);
    const ids = r.indicators.map((i) => i.id);
    expect(ids.slice(0, 2)).toEqual(['i1', 'i1']);
    expect(new Set(ids.slice(2)).size).toBe(3);
    expect(ids[2].startsWith('p1-i-')).toBe(true);
    expect(r.problems.map((p) => [p.source?.row, p.message])).toEqual([[4, 'p.csv 第4行「指标编号」：项目“平台运维”中指标编号“i1”重复，此行的指标未导入']]);
  });
});

describe('computed ids of a 三级 name under several paths', () => {
  it('count each path on its own, the first path still counted after another came', () => {
    const text = [
      '项目编号,项目名称,年度,一级指标,二级指标,三级指标,全年（程）指标值',
      'p1,平台运维,2024,产出指标,数量指标,培训次数,≥4次',
      'p1,平台运维,2024,效益指标,社会效益指标,培训次数,≥2次',
      'p1,平台运维,2024,产出指标,数量指标,培训次数,≥3次',
      'p1,平台运维,2024,效益指标,社会效益指标,培训次数,≥1次',
      'p1,平台运维,2024,产出指标,数量指标,培训次数,≥5次',
    ].join('\n');
    const r = readProjectsCsv(readCsv(text, 'p.csv'));
    const p = 'p1';
    expect(r.indicators.map((i) => i.id)).toEqual([
      indicatorId(p, '产出指标', '数量指标', '培训次数', 0), indicatorId(p, '效益指标', '社会效益指标', '培训次数', 0),
      indicatorId(p, '产出指标', '数量指标', '培训次数', 1), indicatorId(p, '效益指标', '社会效益指标', '培训次数', 1),
      indicatorId(p, '产出指标', '数量指标', '培训次数', 2),
    ]);
    expect(new Set(r.indicators.map((i) => i.id)).size).toBe(5);
  });
});
