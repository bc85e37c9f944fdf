// The flagged list's project filters (主管部门, 实施单位, 项目类型) on the bundled data: the
// overview's values and spelling rules, so a link from the overview keeps its scope.
import { describe, expect, it } from 'vitest';
import { flaggedRows } from '../../src/domain/flagged';
import { scopeFacets, scopeFlagged } from '../../src/domain/flaggedScope';
import { bundledReport } from './flagged.data';

const b = bundledReport('2024-09-30');
const rows = flaggedRows(b.report.judgements, b.projects, b.indicators);

describe('flagged list scope: 主管部门, 实施单位, 项目类型', () => {
  it('filters by 实施单位, keeping the worst-first order', () => {
    const unit = scopeFlagged(rows, { units: ['江苏省政务服务网运管中心'] }, b.projects);
    expect(unit.map((r) => [r.rank, r.project])).toEqual([
      [3, '江苏12345在线平台信息系统运维费'], [7, '江苏12345在线平台信息系统运维费'], [14, '江苏12345在线平台信息系统运维费'],
    ]);
    expect(scopeFlagged(rows, { units: ['江苏省政务服务网运营中心'] }, b.projects)).toHaveLength(rows.length - 3);
  });

  it('takes a 主管部门 in either bracket width, with or without spaces (as the overview does)', () => {
    for (const dept of ['江苏省数据局 (江苏省政务服务管理办公室)', '江苏省数据局（江苏省政务服务管理办公室）', '江苏省数据局(江苏省政务服务管理办公室)']) {
      expect(scopeFlagged(rows, { departments: [dept] }, b.projects)).toHaveLength(14);
    }
    expect(scopeFlagged(rows, { departments: ['江苏省财政厅'] }, b.projects)).toEqual([]);
  });

  it('combines filters (and), reads 项目类型 from the project, and keeps everything when none is set', () => {
    expect(scopeFlagged(rows, { departments: ['江苏省数据局 (江苏省政务服务管理办公室)'], units: ['江苏省政务服务网运管中心'], types: ['常年安排项目'] }, b.projects)).toHaveLength(3);
    expect(scopeFlagged(rows, { units: ['江苏省政务服务网运管中心'], types: ['新增项目'] }, b.projects)).toEqual([]);
    expect(scopeFlagged(rows, { departments: [], units: [] }, b.projects)).toEqual(rows);
  });

  it('offers each name once (first spelling) with its count of flagged rows', () => {
    const f = scopeFacets(rows, b.projects);
    expect(f.departments).toEqual([{ value: '江苏省数据局 (江苏省政务服务管理办公室)', label: '江苏省数据局 (江苏省政务服务管理办公室)', count: 14 }]);
    expect(f.units).toEqual([
      { value: '江苏省政务服务网运管中心', label: '江苏省政务服务网运管中心', count: 3 },
      { value: '江苏省政务服务网运营中心', label: '江苏省政务服务网运营中心', count: 11 },
    ]);
  });
});
