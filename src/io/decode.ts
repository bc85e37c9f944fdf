// Bytes → text. Accepts: a string (already text; a leading BOM is dropped), UTF-8 bytes with or
// without BOM, GBK/GB18030 bytes as Excel on Chinese Windows saves CSV (no BOM, CRLF), and
// UTF-16 LE/BE as Excel's "Unicode 文本" and Notepad's "Unicode" save it (with BOM; without one
// when the NUL bytes of ASCII characters give the byte order away).
// Otherwise a strict UTF-8 decode decides: any invalid sequence means the file is GB18030 (a
// superset of GBK), the only other encoding Chinese users' files realistically come in.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'text';

export interface Decoded {
  text: string;
  encoding: TextEncodingName;
}

const BOM = '\uFEFF';

export function decodeContent(content: Uint8Array | string): Decoded {
  if (typeof content === 'string') {
    return { text: content.startsWith(BOM) ? content.slice(1) : content, encoding: 'text' };
  }
  if (content.length >= 3 && content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf) {
    // ignoreBOM: false (the default) strips it; non-fatal so a damaged tail still shows as text.
    return { text: new TextDecoder('utf-8').decode(content), encoding: 'utf-8-bom' };
  }
  const utf16 = utf16Order(content);
  if (utf16) return { text: new TextDecoder(utf16).decode(content), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(content), encoding: 'gb18030' };
  }
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
