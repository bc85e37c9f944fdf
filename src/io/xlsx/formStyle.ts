// The form's look: thin borders, SimSun-like CJK font, wrapped and centred text, A4 landscape print
// set-up fitted to the page width with the table's header rows repeated on every page.
import type { Cell, Worksheet } from './excel';

export const FONT = 'SimSun';
const thin = { style: 'thin' as const };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/** A text cell: the string is stored as text (never a formula, however it starts) and formatted @ so that Excel keeps typed values as text too. */
export function text(cell: Cell, value: string, opts: { bold?: boolean; align?: 'left' | 'center'; size?: number } = {}) {
  // An empty cell stays empty (no zero-length string for the unit to trip over), still formatted as text.
  cell.value = value === '' ? null : value;
  cell.numFmt = '@';
  cell.font = { name: FONT, size: opts.size ?? 10, bold: !!opts.bold };
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: opts.align ?? 'left' };
}

/** A number cell (万元 with 2 decimals, or a rate as 0.0%); null leaves it empty for the unit to fill. */
export function number(cell: Cell, value: number | null, format: '0.00' | '0.0%' = '0.00') {
  cell.value = value;
  cell.numFmt = format;
  cell.font = { name: FONT, size: 10 };
  cell.alignment = { vertical: 'middle', horizontal: 'right' };
}

export function box(ws: Worksheet, top: number, left: number, bottom: number, right: number) {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = BORDER;
}

export function printSetup(ws: Worksheet, titleRows: [number, number]) {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    printTitlesRow: `${titleRows[0]}:${titleRows[1]}`,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '第 &P 页，共 &N 页' };
}

/** Row height for wrapped text: Excel does not grow rows it did not lay out, and LibreOffice prints what it is told. */
export function fitHeight(ws: Worksheet, row: number, widths: number[], texts: string[]) {
  let lines = 1;
  texts.forEach((t, i) => {
    if (!t) return;
    // A CJK character is about two width units at size 10; explicit line breaks start new lines.
    const per = Math.max(1, Math.floor((widths[i] ?? 10) / 2));
    const n = t.split('\n').reduce((s, part) => s + Math.max(1, Math.ceil(charUnits(part) / 2 / per)), 0);
    lines = Math.max(lines, n);
  });
  ws.getRow(row).height = Math.max(20, lines * 14 + 6);
}

const charUnits = (s: string) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1.1), 0);
