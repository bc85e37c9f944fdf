// 演示模式: the review meeting, full screen; its 下载 PPT and 打印报告, and what a chart says when it
// has nothing to draw (the words live in src/charts/emptyText.ts, shared with the deck and the CLI).
import type { AreaMessages } from '../index';
import { emptyTexts } from '../../../charts/emptyText';

export default {
  'zh-CN': {
    present: {
      prev: '上一页',
      next: '下一页',
      grid: '全部幻灯片',
      more: '更多',
      fullscreen: '全屏',
      exitFullscreen: '退出全屏',
      exit: '退出演示',
      theme: { light: '浅色', dark: '深色' },
      timer: '自动翻页',
      timerOff: '关闭',
      seconds: '{n} 秒',
      download: '下载 PPT',
      downloading: '正在生成 PPT…',
      print: '打印报告',
      start: '开始演示',
      allProjects: '全部 {n} 个项目',
      filteredProjects: '筛选后 {n} 个项目',
      keys: '← → 翻页 · Home/End 首尾页 · G 全部幻灯片 · F 全屏 · Esc 退出',
      empty: '尚无数据可演示：请到“数据”页导入绩效目标表',
      goData: '前往数据页',
      slideOf: '第 {n} / {total} 页',
      error: {
        download: 'PPT 生成失败：{reason}',
        deck: '报告无法生成：{reason}',
        chart: '图表无法绘制：{reason}',
      },
      emptyChart: { ...emptyTexts['zh-CN'] },
    },
  },
  en: {
    present: {
      prev: 'Previous',
      next: 'Next',
      grid: 'All slides',
      more: 'More',
      fullscreen: 'Full screen',
      exitFullscreen: 'Exit full screen',
      exit: 'Leave presentation',
      theme: { light: 'Light', dark: 'Dark' },
      timer: 'Auto-advance',
      timerOff: 'Off',
      seconds: '{n} s',
      download: 'Download PPT',
      downloading: 'Building the PPT…',
      print: 'Print report',
      start: 'Present',
      allProjects: 'all {n} projects',
      filteredProjects: '{n} projects (filtered)',
      keys: '← → move · Home/End first/last · G all slides · F full screen · Esc leave',
      empty: 'Nothing to present yet: load target tables on the Data page',
      goData: 'Open the Data page',
      slideOf: 'Slide {n} of {total}',
      error: {
        download: 'The PPT could not be built: {reason}',
        deck: 'The report could not be built: {reason}',
        chart: 'The chart could not be drawn: {reason}',
      },
      emptyChart: { ...emptyTexts.en },
    },
  },
} satisfies AreaMessages;
