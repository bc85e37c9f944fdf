// The pieces every slide chart is made of, as ECharts graphic elements at exact stage pixels: the
// title, a note line under it, a text, a bar, a rule. Drawing them ourselves (rather than axes and
// labels that ECharts places) lets the builder know where every word is, keep each inside the chart
// and off the others, and lets tests read the positions back.
import type { EChartsOption } from 'echarts';
import { fontFamily } from '../palette';
import { fitText } from './text';
import { SLIDE_FONT, SLIDE_TITLE, type SlideInk } from './ink';

export type Graphic = Record<string, unknown>;

/** Height of the title line, and of each line of text under it. */
export const TITLE_H = 50;
export const LINE_H = 42;

export interface TextSpec { x: number; y: number; text: string; max: number; size?: number; fill: string; bold?: boolean; align?: 'left' | 'right' | 'center' }

/** A one-line text whose vertical middle is at y, cut to `max` px. */
export function text(t: TextSpec): Graphic {
  const size = t.size ?? SLIDE_FONT;
  return {
    type: 'text', x: t.x, y: t.y, silent: true, z: 10,
    style: { text: fitText(t.text, t.max, size), fontSize: size, fontFamily, fill: t.fill, fontWeight: t.bold ? 'bold' : 'normal', align: t.align ?? 'left', verticalAlign: 'middle' },
  };
}

export function rect(x: number, y: number, width: number, height: number, fill: string, z = 2): Graphic {
  return { type: 'rect', silent: true, z, shape: { x, y, width: Math.max(0, width), height }, style: { fill } };
}

export function rule(x: number, y0: number, y1: number, stroke: string, dashed = false): Graphic {
  return { type: 'line', silent: true, z: 5, shape: { x1: x, y1: y0, x2: x, y2: y1 }, style: { stroke, lineWidth: 4, lineDash: dashed ? [10, 8] : null } };
}

/** Title at the top left, then `notes` one per line; returns the elements and the first free y. */
export function heading(title: string, notes: string[], width: number, ink: SlideInk): { elements: Graphic[]; bottom: number } {
  const elements = [text({ x: 0, y: TITLE_H / 2, text: title, max: width, size: SLIDE_TITLE, fill: ink.text, bold: true })];
  notes.forEach((n, i) => elements.push(text({ x: 0, y: TITLE_H + LINE_H * i + LINE_H / 2, text: n, max: width, fill: ink.muted })));
  return { elements, bottom: TITLE_H + LINE_H * notes.length + 8 };
}

/** The option of a chart drawn entirely with graphic elements (no axes, no series). */
export function graphicOption(elements: Graphic[], ink: SlideInk, ariaText: string): EChartsOption {
  return {
    backgroundColor: ink.bg,
    textStyle: { fontFamily },
    aria: { enabled: true, label: { description: ariaText } },
    graphic: elements,
    series: [],
  } as EChartsOption;
}
