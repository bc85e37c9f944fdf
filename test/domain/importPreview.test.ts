import { describe, expect, it } from 'vitest';
import { importPreview } from '../../src/domain/round/importPreview';
import { loadFiles } from '../../src/io/load';
import { sample } from '../io/xlsxHelpers';

describe('importPreview', () => {
  it('lists rows added, changed (old → new per field) and rejected, with the summary sentence', () => {
    const current = sample();
    const csv = [
      '项目名称,三级指标,日期,实际值,偏差原因,备注',
      '项目甲,渗透测试,2024-07-31,2轮,经费未到位,补测', // changes value and note (reason the same)
      '项目甲,漏洞扫描,2024-07-31,2轮,,', // new
      '项目甲,故障修复响应时间,2024-07-31,150分钟,,', // the same as now
      '项目甲,没有的指标,2024-07-31,1,,', // refused
    ].join('\n');
    const spend = '项目名称,支出项目,日期,累计执行数\n项目甲,运维服务,2024-07-31,41\n项目甲,,2024-07-31,50\n';
    const loaded = loadFiles([{ name: '7月.csv', content: csv }, { name: '执行.csv', content: spend }], current);
    const p = importPreview(current, loaded.dataset, loaded.problems);
    expect(p.added).toEqual([
      { kind: 'actual', projectId: 'pa', projectName: '项目甲', target: '漏洞扫描', date: '2024-07-31', changes: [{ field: 'value', label: '执行情况', before: '', after: '2轮' }] },
      { kind: 'spend', projectId: 'pa', projectName: '项目甲', target: '项目合计', date: '2024-07-31', changes: [{ field: 'amount', label: '执行数', before: '', after: '50' }] },
    ]);
    expect(p.changed).toEqual([
      { kind: 'actual', projectId: 'pa', projectName: '项目甲', target: '渗透测试', date: '2024-07-31', changes: [
        // A CSV row replaces the value and the fields it carries; the form's fields it lacks stay (io/merge).
        { field: 'value', label: '执行情况', before: '1轮', after: '2轮' },
        { field: 'note', label: '备注', before: '=SUM(A1)', after: '补测' },
      ] },
      { kind: 'spend', projectId: 'pa', projectName: '项目甲', target: '运维服务', date: '2024-07-31', changes: [{ field: 'amount', label: '执行数', before: '40.5', after: '41' }] },
    ]);
    expect(p.rejected).toEqual([{ where: '7月.csv 第5行「三级指标」', why: '项目“项目甲”中没有三级指标“没有的指标”，此行未导入', severity: 'error' }]);
    expect(p.unchanged).toBe(1);
    expect(p.summary).toBe('新增 2 条，更新 2 条（覆盖同日旧值），拒绝 1 条，1 条与现有记录相同');
  });

  it('a load that changes nothing says so', () => {
    const current = sample();
    const p = importPreview(current, current, []);
    expect([p.added, p.changed, p.rejected, p.unchanged, p.summary]).toEqual([[], [], [], 0, '新增 0 条，更新 0 条']);
  });
});
