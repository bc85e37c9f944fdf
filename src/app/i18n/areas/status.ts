// StatusTag popover: the parts of a judgement's explanation. Status names themselves come from
// src/domain/labels.ts, not from here.
import type { AreaMessages } from '../index';

export default {
  'zh-CN': {
    status: {
      why: '判断依据',
      target: '适用目标',
      period: { H1: '半年指标值', FY: '全年指标值' },
      model: '进度模型',
      models: { cumulative: '进度型', level: '水平型' },
      expected: '截至日期应达',
      actual: '实际值',
      actualAt: '{value}（{date} 填报）',
      actualDerived: '{value}（由 {date} 的支出记录推算）',
      variance: '偏差',
      explain: '说明',
      overAchieved: '超额（目标可能偏低）',
      actualError: '实际值无法识别：{reason}',
      none: '—',
    },
  },
  en: {
    status: {
      why: 'Why this status',
      target: 'Target applied',
      period: { H1: 'Half-year target', FY: 'Full-year target' },
      model: 'Progress model',
      models: { cumulative: 'cumulative (builds up over the year)', level: 'level (a threshold at any time)' },
      expected: 'Expected by the date',
      actual: 'Actual',
      actualAt: '{value} (recorded {date})',
      actualDerived: '{value} (derived from spend on {date})',
      variance: 'Variance',
      explain: 'Explanation',
      overAchieved: 'Over-achieved (target may be too low)',
      actualError: 'Actual not readable: {reason}',
      none: '—',
    },
  },
} satisfies AreaMessages;
