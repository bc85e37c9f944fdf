// Bytes → text. Accepts: a string (already text; a leading BOM is dropped), UTF-8 bytes with or
// without BOM, GBK/GB18030 bytes as Excel on Chinese Windows saves CSV (no BOM, CRLF), and
// UTF-16 LE/BE as Excel's "Unicode 文本" and Notepad's "Unicode" save it (with BOM; without one
// when the NUL bytes of ASCII characters give the byte order away).
// Otherwise a strict UTF-8 decode decides: valid means UTF-8; else the file is GB18030 (a superset
// of GBK, the only other encoding Chinese users' files realistically come in) — or a mix of both,
// rows pasted together from files saved each way. Then each line is read in the encoding it is
// valid in, the file's encoding is that of most lines, and `mixed` / `invalidLines` name the lines
// that differ, for decodeProblems to tell the user which lines to check.
import type { Problem } from '../domain/types';
import { problem } from './problems';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'text';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
  /** The file mixes UTF-8 and GBK: these lines (1-based) were read in `encoding`, the minority one. */
  mixed?: { encoding: 'utf-8' | 'gb18030'; lines: number[] };
  /** Lines (1-based) valid in neither UTF-8 nor GBK: read with � for the bytes that could not be. */
  invalidLines?: number[];
}

const BOM = '\uFEFF';
// ignoreBOM: a BOM inside the text (after the file's own, or starting a line) is kept as written.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Node's fatal decoder is several times slower than the replacing one: decode replacing, and only
// text that then holds a U+FFFD (invalid bytes, or a U+FFFD written in the file) is decoded strictly.
const replacingUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function decodeContent(content: Uint8Array | string): Decoded {
  if (typeof content === 'string') {
    return { text: content.startsWith(BOM) ? content.slice(1) : content, encoding: 'text' };
  }
  const bom = content.length >= 3 && content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
  const utf16 = bom ? null : utf16Order(content);
  if (utf16) return { text: new TextDecoder(utf16).decode(content), encoding: utf16 };
  const body = bom ? content.subarray(3) : content;
  try {
    const quick = replacingUtf8.decode(body);
    return { text: quick.includes('\uFFFD') ? strictUtf8.decode(body) : quick, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return byLine(body, bom);
  }
}

/**
 * The encoding a large file is streamed in (loading reads it in pieces of whole rows, never its
 * whole text): UTF-8 with or without BOM, or null for UTF-16 (decode it whole). Validity is not
 * checked here — that would decode the file once more: each piece is checked as it is decoded, and
 * the first U+FFFD (invalid bytes, or one written in the file) sends the file to decodeContent
 * whole, which reports what it finds (../io/csv/parse streamPieces).
 */
export function utf8Stream(content: Uint8Array): 'utf-8' | 'utf-8-bom' | null {
  const bom = content.length >= 3 && content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf;
  if (!bom && utf16Order(content)) return null;
  return bom ? 'utf-8-bom' : 'utf-8';
}

/** The problems (warnings: every line is still read) a load reports for a file decoded as `d`. */
export function decodeProblems(d: Decoded, file: string): Problem[] {
  const out: Problem[] = [];
  if (d.mixed) {
    const what = d.mixed.encoding === 'gb18030'
      ? `${lineList(d.mixed.lines)}不是有效的 UTF-8 文本（可能混用了 GBK 编码），已按 GBK 读取，请核对这些行`
      : `${lineList(d.mixed.lines)}是 UTF-8 编码，与文件其余各行（GBK 编码）不同，已按 UTF-8 读取，请核对这些行`;
    out.push(problem('mixed-encoding', what, { file }, 'warning'));
  }
  if (d.invalidLines?.length) {
    const what = `${lineList(d.invalidLines)}既不是有效的 UTF-8 文本也不是 GBK 文本，无法识别的字节显示为“\uFFFD”，请核对这些行（或将文件另存为 UTF-8 后重新导入）`;
    out.push(problem('invalid-encoding', what, { file }, 'warning'));
  }
  return out;
}

/** `第 5、9 行`; past ten lines, `第 5、9、… 行等 120 行`. */
function lineList(lines: number[]): string {
  const shown = lines.slice(0, 10).join('、');
  return lines.length > 10 ? `第 ${shown}… 行等 ${lines.length} 行` : `第 ${shown} 行`;
}

type LineKind = 'ascii' | 'utf-8' | 'gb18030' | 'both' | 'neither';

/** Invalid as a whole in UTF-8: each line in the encoding it is valid in (see the file comment). */
function byLine(bytes: Uint8Array, bom: boolean): Decoded {
  const lenientGb = new TextDecoder('gb18030');
  const strictGb = new TextDecoder('gb18030', { fatal: true });
  const lines = splitLines(bytes);
  // A line valid in both that reads as Chinese in UTF-8 is UTF-8 (GBK bytes rarely are: see readsAsChinese).
  const kinds = lines.map(({ start, end }) => {
    const kind = lineKind(bytes.subarray(start, end), strictGb);
    return kind === 'both' && readsAsChinese(bytes.subarray(start, end)) ? 'utf-8' : kind;
  });
  const count = (k: LineKind) => kinds.filter((x) => x === k).length;
  // NUL bytes or mostly undecodable lines: not text in either encoding (a spreadsheet, an image): GB18030 as before.
  if (bytes.includes(0) || count('neither') > count('utf-8') + count('gb18030') + count('both')) {
    return { text: lenientGb.decode(bytes), encoding: 'gb18030' };
  }
  const main = count('gb18030') > count('utf-8') ? 'gb18030' : 'utf-8';
  const decoders = { 'utf-8': new TextDecoder('utf-8', { ignoreBOM: true }), gb18030: lenientGb };
  const mixed: number[] = [];
  const invalid: number[] = [];
  let text = '';
  lines.forEach(({ start, end, next }, i) => {
    const line = bytes.subarray(start, end);
    const kind = kinds[i];
    if (kind === 'neither') invalid.push(i + 1);
    const encoding = kind === 'utf-8' || kind === 'gb18030' ? kind : main;
    if (kind !== 'ascii' && kind !== 'neither' && encoding !== main) mixed.push(i + 1);
    text += decoders[encoding].decode(line) + String.fromCharCode(...bytes.subarray(end, next));
  });
  const out: Decoded = { text, encoding: main === 'utf-8' ? (bom ? 'utf-8-bom' : 'utf-8') : 'gb18030' };
  if (mixed.length) out.mixed = { encoding: main === 'utf-8' ? 'gb18030' : 'utf-8', lines: mixed };
  if (invalid.length) out.invalidLines = invalid;
  return out;
}

/** Lines by CRLF, CR or LF (as the CSV reader counts them): bytes [start, end), terminator [end, next). */
function splitLines(bytes: Uint8Array): { start: number; end: number; next: number }[] {
  const out = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a && bytes[i] !== 0x0d) continue;
    const next = bytes[i] === 0x0d && bytes[i + 1] === 0x0a ? i + 2 : i + 1;
    out.push({ start, end: i, next });
    start = next;
    i = next - 1;
  }
  if (start < bytes.length || !out.length) out.push({ start, end: bytes.length, next: bytes.length });
  return out;
}

function lineKind(line: Uint8Array, strictGb: TextDecoder): LineKind {
  if (line.every((b) => b < 0x80)) return 'ascii';
  const utf8 = valid(strictUtf8, line);
  const gb = valid(strictGb, line);
  return utf8 && gb ? 'both' : utf8 ? 'utf-8' : gb ? 'gb18030' : 'neither';
}

function valid(decoder: TextDecoder, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * A line valid in both encodings is UTF-8 when it reads as Chinese text in UTF-8 (hanzi, CJK and
 * full-width punctuation, ASCII): GBK bytes that happen to be valid UTF-8 decode to Latin, Greek or
 * Cyrillic letters or rare CJK extension characters instead. Otherwise it goes with most lines.
 */
function readsAsChinese(line: Uint8Array): boolean {
  const beyondAscii = strictUtf8.decode(line).replace(/[^\u0080-\uffff]/g, '');
  return /[\u4e00-\u9fff]/.test(beyondAscii) &&
    /^[\u00b0\u00b1\u00b7\u00d7\u00f7\u2010-\u203b\u2103\u2116\u2160-\u217f\u2190-\u22ff\u2460-\u24ff\u3000-\u303f\u4e00-\u9fff\ufe30-\ufe4f\uff00-\uffef]*$/.test(beyondAscii);
}

/**
 * UTF-16 by its BOM, or (no BOM) when NUL bytes sit at every other position of the first bytes:
 * CSV headers and dates are ASCII digits and punctuation, which UTF-16 stores as one NUL byte
 * each; UTF-8 and GB18030 text never contains NUL.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (pairs < 2) return null;
  if (oddNul >= pairs / 4 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs / 4 && oddNul === 0) return 'utf-16be';
  return null;
}
