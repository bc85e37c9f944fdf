// An actual naming an indicator its project does not have is answered with the nearest names of
// that project (issue 9): `项目“…”中没有三级指标“用户满意度”（是否指“对服务代表满意率”？）` — on the
// real seed tables, through the actuals CSV loader as a user meets it, and on the index directly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset, resolveIndicator, suggestion } from '../../src/domain/resolve';
import { loadFiles } from '../../src/io/load';

const seed = { name: 'targets-2024.txt', content: readFileSync(new URL('../fixtures/io/targets-2024.txt', import.meta.url), 'utf8') };
const P = '江苏12345在线平台运行费';
const data = loadFiles([seed]).dataset;
const ix = indexDataset(data);
const project = data.projects.find((p) => p.name === P)!;

describe('nearest indicator names for an unknown one', () => {
  it('an actuals CSV row naming 用户满意度 is refused suggesting the project\'s satisfaction indicators', () => {
    const csv = `项目名称,三级指标,日期,实际值\n${P},用户满意度,2024-06-30,95%\n${P},接通率(含未接通回拨),2024-06-30,96%\n${P},预算执行律,2024-06-30,40%\n${P},办公楼绿化面积,2024-06-30,3亩\n`;
    const r = loadFiles([seed, { name: '实际值.csv', content: csv }]);
    expect(r.problems.filter((p) => p.code === 'unknown-indicator').map((p) => [p.source?.row, p.message])).toEqual([
      [2, `实际值.csv 第2行「三级指标」：项目“${P}”中没有三级指标“用户满意度”（是否指“对服务代表满意率”？），此行未导入`],
      [4, `实际值.csv 第4行「三级指标」：项目“${P}”中没有三级指标“预算执行律”（是否指“预算执行率”？），此行未导入`],
      [5, `实际值.csv 第5行「三级指标」：项目“${P}”中没有三级指标“办公楼绿化面积”，此行未导入`],
    ]);
    expect(r.dataset.actuals.filter((a) => a.source?.file === '实际值.csv')).toHaveLength(1);
  });

  it('ranks by shared character pairs, at most three and none far behind the best, none for a one-character name', () => {
    expect(suggestion(ix, project.id, '坐席配套')).toBe('（是否指“人员配置及坐席配套”？）');
    // Names far behind the best are left out: 资金到位率 shares only 资金.
    expect(suggestion(ix, project.id, '资金使用合规')).toBe('（是否指“资金使用合规性”？）');
    const security = data.projects.find((p) => p.name === '省政务办信息系统安全运维')!;
    expect(suggestion(ix, security.id, '系统运维')).toBe('（是否指“系统运行事故发生频率”或“系统安全风险评估”或“日常维护信息系统数量”？）');
    expect(suggestion(ix, security.id, '培训次数')).toBe('（是否指“安全培训”？）');
    expect(suggestion(ix, project.id, '率')).toBe('');
    expect(suggestion(ix, 'no-such-project', '预算执行率')).toBe('');
    const r = resolveIndicator(ix, project, { level3: '用户满意度' });
    expect(r).toEqual({ ok: false, code: 'unknown-indicator', message: `项目“${P}”中没有三级指标“用户满意度”（是否指“对服务代表满意率”？）` });
  });
});
