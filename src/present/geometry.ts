// Where things go on a slide, in stage pixels (1920 × 1080 for 16:9; 1 px = 0.5 pt). The app's
// stage (SlideView) and the .pptx (io/pptx, at 144 px per inch) both lay a slide out from these
// numbers, so a chart drawn for its box is shown at the same size — its 28 px text is 14 pt — in both.
export const STAGE = { width: 1920, height: 1080 };
export const PAD = 72;
export const GAP = 32;
/** The notes column beside a project slide's chart. */
export const NOTES_W = 440;
/** Height of the body (charts, table, notes): under a row of key figures, or under the title alone. */
export const bodyHeight = (hasFigures: boolean) => (hasFigures ? 620 : 780);

/** Width of each of `n` charts side by side in the body, beside the notes column or not. */
export function chartWidth(n: number, hasNotes: boolean): number {
  const free = STAGE.width - 2 * PAD - (hasNotes ? NOTES_W + GAP : 0);
  return Math.floor((free - GAP * (n - 1)) / n);
}
