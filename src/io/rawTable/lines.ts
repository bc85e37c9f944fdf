// Raw text → rows of cells. Accepts: LF, CRLF or CR line ends, a leading BOM, cells separated by
// tabs or (on lines without a tab) by runs of two or more spaces / ideographic spaces, blank
// carried-down cells, trailing empty cells, and HTML `<table>` fragments (also spread over several
// lines), whose `<tr>` rows become rows of their own with the line number of the `<table>` tag.

export interface Cell {
  text: string;
  /** normKey(text), computed once: rows are compared with the vocabulary many times. */
  key: string;
  /** 0-based column in the physical row; blank cells count, so carried-down cells keep their place. */
  col: number;
}

export interface Row {
  /** 1-based line number in the file. */
  line: number;
  /** The line as filed (no line end). */
  raw: string;
  /** Non-empty, trimmed cells in order. */
  cells: Cell[];
  /** Separated by tabs (false: by runs of spaces). */
  tabbed: boolean;
}

export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

const SPACE_RUN = /[ \u00a0\u3000]{2,}|\u3000/;

export function toRow(raw: string, line: number): Row {
  const tabbed = raw.includes('\t');
  const parts = tabbed ? raw.split('\t') : raw.split(SPACE_RUN);
  const cells: Cell[] = [];
  parts.forEach((part, col) => {
    const text = part.trim();
    if (text) cells.push({ text, key: normKey(text), col });
  });
  return { line, raw, cells, tabbed };
}

/** The cells after `cell` joined as one text (tab cells → new lines), for long text fields. */
export function restOfRow(row: Row, cell: Cell): string {
  return row.cells
    .filter((c) => c.col > cell.col)
    .map((c) => c.text)
    .join(row.tabbed ? '\n' : ' ');
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', mdash: '—', ndash: '–', hellip: '…', middot: '·', times: '×',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return Object.hasOwn(ENTITIES, e.toLowerCase()) ? ENTITIES[e.toLowerCase()] : m;
  });
}

const TAG = /<\/?[a-z][^<>]*>/gi;

/** HTML fragment → plain text: block ends become paragraph breaks, other tags vanish, entities decode. */
export function htmlToText(s: string): string {
  const text = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|tr|li|h\d|table)\s*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, ' ')
    .replace(TAG, '');
  return decodeEntities(text)
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

/** Longer cells are texts or values, never labels: they skip normalisation (linear work on big files). */
const MAX_KEY_CELL = 80;

/** Cell content to compare with vocabulary: no tags, no blanks, half-width brackets and colons. */
export function normKey(s: string): string {
  if (s.length > MAX_KEY_CELL) return s;
  return (/[<&]/.test(s) ? htmlToText(s) : s)
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[:：]$/, '');
}

const TABLE = /<table\b[\s\S]*?<\/table\s*>/gi;

/** Rows of every `<table>` in `html`, each a list of cell texts (empty cells kept for columns). */
export function tableRows(html: string): string[][] {
  const rows: string[][] = [];
  for (const table of html.match(TABLE) ?? []) {
    for (const tr of table.match(/<tr\b[\s\S]*?(<\/tr\s*>|(?=<tr\b)|$)/gi) ?? []) {
      const cells = (tr.match(/<t[dh]\b[^>]*>[\s\S]*?(<\/t[dh]\s*>|(?=<t[dh]\b)|(?=<\/tr)|$)/gi) ?? []).map((td) =>
        htmlToText(td).replace(/\n/g, ' '),
      );
      if (cells.some((c) => c !== '')) rows.push(cells);
    }
  }
  return rows;
}

export function withoutTables(s: string): string {
  return s.replace(TABLE, '');
}

export function rowFromCells(texts: string[], line: number): Row {
  const cells = texts.map((t, col) => ({ text: t.trim(), key: normKey(t), col })).filter((c) => c.text !== '');
  return { line, raw: texts.join('\t'), cells, tabbed: true };
}
