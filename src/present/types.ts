// The slides of a review meeting, as data: the app's presentation mode, the .pptx deck (app button
// and CLI) and the printed report are all drawn from the same Slide[].
import type { EChartsOption } from 'echarts';
import type { Status } from '../domain/judge/types';

export interface SlideFigure {
  label: string;
  value: string;
  /** Colours the figure; the label and value carry the meaning. */
  tone?: Status | 'neutral';
}

export interface SlideChart {
  id: string;
  title: string;
  option: EChartsOption;
  /** Pixel size the chart is designed for (images are rendered at 2×). */
  width: number;
  height: number;
}

export interface SlideTable {
  columns: string[];
  rows: string[][];
  /** Relative column widths (sum is normalised). */
  widths?: number[];
  /** Index of a column holding a status label, coloured in decks and prints. */
  statusColumn?: number;
  /** Row statuses, parallel to rows, for colouring. */
  rowStatus?: Status[];
}

export type SlideKind = 'summary' | 'flagged' | 'project';

export interface Slide {
  kind: SlideKind;
  /** Stable within a deck: `summary`, `flagged`, `project-<projectId>`. */
  id: string;
  title: string;
  subtitle: string;
  figures: SlideFigure[];
  charts: SlideChart[];
  table?: SlideTable;
  /** Short text lines, e.g. the top deviation reasons. */
  notes?: string[];
  notesTitle?: string;
  projectId?: string;
}

export interface Deck {
  title: string;
  asOf: string;
  subtitle: string;
  slides: Slide[];
  /** Set when the data is the bundled 示例数据 (sample.ts): shown on the cover and in every slide's footer. */
  sample?: { label: string; detail: string };
}
