// Colours and type sizes of the slide charts. Slide charts are drawn in stage pixels: the stage is
// 1920 px wide for a 16:9 slide of 13.333 in (960 pt), so 1 px = 0.5 pt, and the smallest text of a
// slide chart (SLIDE_FONT, 28 px) is 14 pt wherever the slide is shown — the app's stage, the .pptx
// (placed at 144 px per inch) — the size read from the back of a meeting room.
export interface SlideInk {
  /** The chart's background: the card it sits on. */
  bg: string;
  text: string;
  muted: string;
  /** Marks and rules (the 序时进度 line, the zero line). */
  line: string;
  /** The empty track behind a bar. */
  track: string;
}

export type SlideTheme = 'light' | 'dark';

export const slideInk: Record<SlideTheme, SlideInk> = {
  light: { bg: '#ffffff', text: '#1f2d3d', muted: '#4b5563', line: '#303133', track: '#eef1f6' },
  // No white card on a dark slide: the chart takes the dark slide's card colour (PresentView --slide-card).
  dark: { bg: '#1a2540', text: '#f2f5fa', muted: '#c3ccdb', line: '#e8edf5', track: '#26345a' },
};

/** Smallest text of a slide chart: 14 pt on the slide (see above). */
export const SLIDE_FONT = 28;
/** The chart's own title. */
export const SLIDE_TITLE = 34;
/** Stage pixels per inch of the .pptx: 1920 px over 13.333 in. */
export const STAGE_PX_PER_INCH = 144;
