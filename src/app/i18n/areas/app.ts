// Shell: product name, menu, header, shared words.
import type { AreaMessages } from '../index';

export default {
  'zh-CN': {
    app: {
      name: '绩效目标监控看板',
      subtitle: '项目预算绩效目标执行监控',
      nav: {
        overview: '总览',
        project: '项目详情',
        flagged: '预警清单',
        compare: '指标对比',
        data: '数据',
        settings: '设置',
        present: '演示模式',
        round: '监控轮次',
      },
      header: {
        asOf: '截至日期',
        asOfPlaceholder: '选择截至日期',
        latest: '数据最新日期：{date}',
        noData: '尚无数据',
        language: '语言',
        loading: '正在载入数据…',
        menu: '菜单',
      },
      shortcut: { q1: '一季度末', h1: '半年', jul: '1–7月', q3: '三季度末', fy: '全年' },
      drop: { title: '松开鼠标即可载入文件', hint: '支持绩效目标表文本、项目 JSON/CSV、实际值 CSV、执行数 CSV，可一次拖入多个' },
      placeholder: { empty: '此页面正在建设中' },
      dataSummary: '{projects} 个项目 · {indicators} 个指标',
      chart: { savePng: '保存为 PNG 图片（2 倍分辨率）', saveSvg: '保存为 SVG 矢量图' },
      // The bundled sample's mark (components/layout/SampleBadge) and a shared link naming what this browser lacks (LinkNotice).
      sample: {
        badge: '示例数据',
        tip: '当前显示的是内置示例数据：项目与目标取自真实的2024年目标表，实际值与执行数为虚构，仅供演示。',
        detail: '示例数据：实际值与执行数为虚构，仅供演示，不是任何单位的真实执行情况。',
        goData: '载入本单位数据',
      },
      link: {
        missingSample: '此链接指向的项目不在本浏览器的数据中（本浏览器显示的是示例数据）。请向发送者索取数据文件并在“数据”页载入。',
        missing: '此链接指向的项目不在本浏览器的数据中。请向发送者索取数据文件并在“数据”页载入。',
        names: '链接中未找到：{names}',
        goData: '前往“数据”页',
      },
    },
  },
  en: {
    app: {
      name: 'Performance Target Monitor',
      subtitle: 'Budget performance targets through the year',
      nav: {
        overview: 'Overview',
        project: 'Project',
        flagged: 'Flagged',
        compare: 'Compare',
        data: 'Data',
        settings: 'Settings',
        present: 'Present',
        round: 'Rounds',
      },
      header: {
        asOf: 'As of',
        asOfPlaceholder: 'Pick a date',
        latest: 'Latest data: {date}',
        noData: 'No data yet',
        language: 'Language',
        loading: 'Loading data…',
        menu: 'Menu',
      },
      shortcut: { q1: 'End of Q1', h1: 'Half year', jul: 'Jan–Jul', q3: 'End of Q3', fy: 'Full year' },
      drop: { title: 'Drop to load the files', hint: 'Target-table text, project JSON/CSV, actuals CSV, spend CSV; several at once' },
      placeholder: { empty: 'This page is under construction' },
      dataSummary: '{projects} projects · {indicators} indicators',
      chart: { savePng: 'Save as PNG (2× resolution)', saveSvg: 'Save as SVG (vector)' },
      sample: {
        badge: 'Sample data',
        tip: 'This is the bundled sample: the projects and targets are real 2024 tables, the actuals and spend are invented for demonstration.',
        detail: 'Sample data: the actuals and spend are invented for demonstration, not any unit\'s real figures.',
        goData: 'Load your data',
      },
      link: {
        missingSample: 'This link points to projects that are not in the data of this browser (this browser shows the sample data). Ask the sender for the data file and load it on the Data page.',
        missing: 'This link points to projects that are not in the data of this browser. Ask the sender for the data file and load it on the Data page.',
        names: 'Not found: {names}',
        goData: 'Open the Data page',
      },
    },
  },
} satisfies AreaMessages;
