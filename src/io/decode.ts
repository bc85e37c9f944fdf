// Bytes → text. Accepts: a string (already text; a leading BOM is dropped), UTF-8 bytes with or
// without BOM, and GBK/GB18030 bytes as Excel on Chinese Windows saves CSV (no BOM, CRLF).
// A strict UTF-8 decode decides: any invalid sequence means the file is GB18030 (a superset of
// GBK), which is the only other encoding Chinese users' files realistically come in.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'text';

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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(content), encoding: 'gb18030' };
  }
}
