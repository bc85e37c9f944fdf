// Slide[] → .pptx (16:9), the same deck from the app's button and the CLI. Key figures, notes and
// the flagged list are real text and tables (editable in PowerPoint/WPS); charts are PNG images
// rendered by the caller (canvas in the browser, ECharts SSR + resvg in Node), placed at 144 of their
// stage pixels per inch — the scale of the app's stage — so their 28 px text is 14 pt here too.
// Every text of a slide is 14 pt or more (the flagged table too), titles and key figures larger. Text uses 微软雅黑,
// present on every Windows/WPS machine, with 黑体-family fallbacks left to the viewer.
// A deck of the bundled 示例数据 (deck.sample) says so on its cover, as a badge with its sentence,
// and in amber in the footer of every slide, so a slide copied into another deck still says it.
import PptxGenJS from 'pptxgenjs';
import type { Deck, Slide, SlideFigure } from '../../present/types';
import { layoutBody, type Box } from './layout';
import { STAGE_PX_PER_INCH } from '../../charts/slide/ink';

export interface ChartImage { data: string; width: number; height: number }

const FONT = 'Microsoft YaHei';
const W = 13.333;
const H = 7.5;
/** The 示例数据 mark's colours: amber, read as "caution" beside the status colours. */
const SAMPLE_FILL = 'FFF4D6';
const SAMPLE_TEXT = '8A4B00';
const tone: Record<NonNullable<SlideFigure['tone']>, string> = {
  met: '1E7B34', warning: '9A5700', behind: 'C0271D', pending: '5B6270', unparsed: '6B2FA0', neutral: '1F2D3D',
};

export async function buildPptx(deck: Deck, images: Map<string, ChartImage>): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.company = '绩效目标监控看板';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  cover(pptx, deck);
  deck.slides.forEach((s, i) => content(pptx, deck, s, images, i + 2, deck.slides.length + 1));
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}

function cover(pptx: PptxGenJS, deck: Deck) {
  const s = pptx.addSlide();
  s.background = { color: '1D5BBF' };
  s.addText(deck.title, { x: 0.8, y: 2.3, w: W - 1.6, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF' });
  s.addText(deck.subtitle, { x: 0.8, y: 3.6, w: W - 1.6, h: 0.8, fontFace: FONT, fontSize: 20, color: 'DCE6F7' });
  if (deck.sample) {
    s.addText(deck.sample.label, {
      x: 0.8, y: 1.3, w: 2.6, h: 0.6, fontFace: FONT, fontSize: 20, bold: true, color: SAMPLE_TEXT, align: 'center',
      fill: { color: SAMPLE_FILL }, line: { color: 'E6A23C', width: 1.5 },
    });
    s.addText(deck.sample.detail, { x: 0.8, y: 4.5, w: W - 1.6, h: 0.6, fontFace: FONT, fontSize: 16, bold: true, color: 'FFE7A8' });
  }
}

function content(pptx: PptxGenJS, deck: Deck, slide: Slide, images: Map<string, ChartImage>, n: number, total: number) {
  const s = pptx.addSlide();
  s.addText(slide.title, { x: 0.5, y: 0.22, w: W - 1, h: 0.62, fontFace: FONT, fontSize: 30, bold: true, color: '1F2D3D' });
  s.addText(slide.subtitle, { x: 0.5, y: 0.82, w: W - 1, h: 0.36, fontFace: FONT, fontSize: 14, color: '6B7280' });
  s.addShape('line', { x: 0.5, y: 1.2, w: W - 1, h: 0, line: { color: '1D5BBF', width: 1.5 } });
  let top = 1.35;
  if (slide.figures.length) {
    figures(s, slide.figures, top);
    top += 1.05;
  }
  const body: Box = { x: 0.5, y: top + 0.1, w: W - 1, h: H - top - 0.7 };
  const boxes = layoutBody(body, slide.charts.length, !!slide.table, !!slide.notes?.length);
  slide.charts.forEach((c, i) => {
    const img = images.get(c.id);
    const box = boxes.charts[i];
    if (!img || !box) return;
    // Stage size, unless the box is smaller (it is not, by geometry.ts; a shrink would show in the font test).
    const fit = Math.min(1 / STAGE_PX_PER_INCH, box.w / img.width, box.h / img.height);
    const w = img.width * fit, h = img.height * fit;
    s.addImage({ data: img.data.replace(/^data:/, ''), x: box.x + (box.w - w) / 2, y: box.y, w, h, altText: c.title });
  });
  if (slide.table && boxes.table) table(s, slide, boxes.table);
  if (slide.notes?.length && boxes.notes) notes(s, slide, boxes.notes);
  const mark = deck.sample ? 2.3 : 0;
  if (deck.sample) {
    s.addText(deck.sample.label, {
      x: 0.5, y: H - 0.5, w: mark - 0.15, h: 0.36, fontFace: FONT, fontSize: 14, bold: true, color: SAMPLE_TEXT, align: 'center',
      fill: { color: SAMPLE_FILL }, line: { color: 'E6A23C', width: 0.75 },
    });
  }
  s.addText(deck.title, { x: 0.5 + mark, y: H - 0.5, w: W - 2.5 - mark, h: 0.36, fontFace: FONT, fontSize: 14, color: '6B7280' });
  s.addText(`${n} / ${total}`, { x: W - 1.7, y: H - 0.5, w: 1.2, h: 0.36, fontFace: FONT, fontSize: 14, color: '6B7280', align: 'right' });
}

function figures(s: PptxGenJS.Slide, figs: SlideFigure[], y: number) {
  const n = Math.min(figs.length, 8);
  const gap = 0.15;
  const w = (W - 1 - gap * (n - 1)) / n;
  figs.slice(0, n).forEach((f, i) => {
    const x = 0.5 + i * (w + gap);
    s.addShape('rect', { x, y, w, h: 0.9, fill: { color: 'F5F7FA' }, line: { color: 'E4E7ED', width: 0.75 } });
    s.addText(f.value, { x, y: y + 0.02, w, h: 0.52, fontFace: FONT, fontSize: 28, bold: true, color: tone[f.tone ?? 'neutral'], align: 'center' });
    s.addText(f.label, { x, y: y + 0.54, w, h: 0.32, fontFace: FONT, fontSize: 14, color: '4B5563', align: 'center' });
  });
}

function table(s: PptxGenJS.Slide, slide: Slide, box: Box) {
  const t = slide.table!;
  const weights = t.widths ?? t.columns.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const head = t.columns.map((c) => ({ text: c, options: { bold: true, color: 'FFFFFF', fill: { color: '1D5BBF' } } }));
  const rows = t.rows.map((r, ri) => r.map((cell, ci) => ({
    text: cell,
    options: ci === t.statusColumn && t.rowStatus ? { bold: true, color: tone[t.rowStatus[ri]] } : {},
  })));
  s.addTable([head, ...rows], {
    x: box.x, y: box.y, w: box.w, colW: weights.map((x) => (x / sum) * box.w), fontFace: FONT, fontSize: 14,
    border: { type: 'solid', pt: 0.5, color: 'DCDFE6' }, valign: 'middle', autoPage: false,
  });
}

function notes(s: PptxGenJS.Slide, slide: Slide, box: Box) {
  const lines = slide.notes!.map((text) => ({ text, options: { bullet: true, breakLine: true } }));
  const title = slide.notesTitle ? [{ text: slide.notesTitle, options: { bold: true, breakLine: true, fontSize: 18 } }] : [];
  s.addText([...title, ...lines], { x: box.x, y: box.y, w: box.w, h: box.h, fontFace: FONT, fontSize: 16, color: '303133', valign: 'top', paraSpaceAfter: 6 });
}
