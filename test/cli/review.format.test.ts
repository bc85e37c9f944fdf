import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { formatJson } from '../../src/cli/format';

// The JSON report's `actual` is what other tools read: a recorded qualitative actual (达成, 较高)
// must not look like a missing one.

const data: Dataset = {
  projects: [{ id: 'p1', name: '信息系统安全运维', year: 2024, department: '省数据局', unit: '运营中心', type: '常年安排项目',
    level: '省本级', startYear: 2024, endYear: 2024, funds: { total: 100, sources: {} }, expenses: [] }],
  indicators: [
    { id: 'q', projectId: 'p1', level1: '决策', level2: '项目立项', level3: '立项依据充分性', targetH1: '充分', targetFY: '充分' },
    { id: 'n', projectId: 'p1', level1: '产出指标', level2: '时效指标', level3: '响应时间', targetH1: '≤2小时', targetFY: '≤2小时' },
    { id: 'e', projectId: 'p1', level1: '产出指标', level2: '数量指标', level3: '应急演练', targetH1: '≥1次', targetFY: '≥2次' },
  ],
  actuals: [
    { projectId: 'p1', indicatorId: 'q', date: '2024-06-30', value: '部分达成' },
    { projectId: 'p1', indicatorId: 'n', date: '2024-06-30', value: '150分钟' },
  ],
  spend: [],
};

describe('CLI JSON actual', () => {
  const r = JSON.parse(formatJson(data, buildReport(data, '2024-06-30', defaultSettings())));
  it('is the number in the target\'s unit for quantities, the text for qualitative actuals, null only when none', () => {
    expect(r.indicators.map((i: { actual: unknown }) => i.actual)).toEqual(['部分达成', 2.5, null]);
    expect(r.indicators.map((i: { status: string }) => i.status)).toEqual(['warning', 'behind', 'pending']);
    expect(r.indicators[1].actualText).toBe('150分钟');
  });
});
