// 演示模式: the review meeting, full screen.
import type { AreaMessages } from '../index';

export default {
  'zh-CN': {
    present: {
      prev: '上一页',
      next: '下一页',
      grid: '全部幻灯片',
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
      keys: '← → 翻页 · Home/End 首尾页 · G 全部幻灯片 · F 全屏 · Esc 退出',
      empty: '没有可演示的数据：请先到“数据”页导入项目目标表。',
      slideOf: '第 {n} / {total} 页',
    },
  },
  en: {
    present: {
      prev: 'Previous',
      next: 'Next',
      grid: 'All slides',
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
      keys: '← → move · Home/End first/last · G all slides · F full screen · Esc leave',
      empty: 'Nothing to present: load target tables on the Data page first.',
      slideOf: 'Slide {n} of {total}',
    },
  },
} satisfies AreaMessages;
