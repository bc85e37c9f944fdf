// Shared by the xlsx tests: a small dataset of two projects with a round, its records, and
// exceljs to open what was written.
import ExcelJS from 'exceljs';
import type { Dataset, Round } from '../../src/domain/types';
import { buildReport } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';
import { roundPeriod } from '../../src/domain/round';

export const round: Round = { id: 'r-7', name: '2024年1–7月监控', periodEnd: '2024-07-31', deadline: '2024-08-07', scope: { kind: 'all' }, createdAt: '2024-07-01T00:00:00Z' };

export function sample(): Dataset {
  const p = (id: string, name: string) => ({
    id, name, year: 2024, department: '江苏省数据局', unit: '江苏省政务服务网运营中心', type: '常年安排项目', level: '省本级',
    startYear: 2024, endYear: 2024, contact: '王工/025-1234', funds: { total: 116, sources: {} },
    expenses: [{ name: '运维服务', planH1: 30, budgetFY: 80 }, { name: '安全测评', planH1: 0, budgetFY: 36 }],
  });
  const ind = (projectId: string, n: number, level1: string, level2: string, level3: string, targetH1: string, targetFY: string) =>
    ({ id: `${projectId}-i${n}`, projectId, level1, level2, level3, targetH1, targetFY });
  return {
    projects: [p('pa', '项目甲'), p('pb', '项目乙：[测试]/运维*费用?超过三十一个字符的很长的项目名称（二期）')],
    indicators: [
      ind('pa', 1, '产出指标', '数量指标', '渗透测试', '≥2轮', '≥4轮'),
      ind('pa', 2, '产出指标', '数量指标', '漏洞扫描', '≥2轮', '≥4轮'),
      ind('pa', 3, '产出指标', '时效指标', '故障修复响应时间', '≤4小时', '≤4小时'),
      ind('pa', 4, '过程', '资金管理', '预算执行率', '=30%', '=100%'),
      ind('pa', 5, '满意度指标', '服务对象满意度', '用户满意度', '≥80%', '≥90%'),
      ind('pb', 1, '产出指标', '数量指标', '巡检次数', '', '≥12次'),
    ],
    actuals: [
      { projectId: 'pa', indicatorId: 'pa-i1', date: '2024-07-31', value: '1轮', forecast: '3轮', reasonCategory: '经费保障', reason: '经费未到位', likelihood: '有可能', measures: '8月追加预算', note: '=SUM(A1)' },
      { projectId: 'pa', indicatorId: 'pa-i3', date: '2024-07-31', value: '150分钟' },
      { projectId: 'pa', indicatorId: 'pa-i4', date: '2024-06-30', value: '28%' },
    ],
    spend: [
      { projectId: 'pa', expense: '运维服务', date: '2024-07-31', amount: 40.5 },
      { projectId: 'pa', expense: '安全测评', date: '2024-07-31', amount: 5 },
    ],
    rounds: [round],
    forms: [{ roundId: 'r-7', projectId: 'pa', status: 'done', doneAt: '2024-08-01T10:00:00Z', spendForecast: 110 }],
    history: [],
  };
}

export const roundReport = (data: Dataset, r: Round = round) =>
  buildReport(data, r.periodEnd, defaultSettings(), { periodStart: roundPeriod(r, data.rounds ?? []).start });

export async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}
