// Status and light colours shared by charts; the same hues as StatusTag.vue's text/borders.
import type { Light, Status } from '../domain/judge/types';

export const statusColor: Record<Status, string> = {
  met: '#2e9d4b',
  warning: '#e6a23c',
  behind: '#d93026',
  pending: '#9aa1ad',
  unparsed: '#8e4ec6',
};

export const lightColor: Record<Light, string> = { green: '#2e9d4b', yellow: '#e6a23c', red: '#d93026', blue: '#2f6fde' };

/** Neutral series colours: actual spend, plan, time progress. */
export const seriesColor = { actual: '#1d5bbf', plan: '#7ea6e0', timeProgress: '#d93026', target: '#303133', band: 'rgba(230,162,60,0.15)' };

// Single quotes: ECharts SSR writes this into an SVG style attribute, where double quotes break the XML.
export const fontFamily = "'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";
