// GBK bytes for tests, as Excel on Chinese Windows writes them: the GB18030 decoder's two-byte
// table read backwards (no encoder for GBK ships with Node or the browser).
/** Each character of GBK's two-byte table → its bytes. */
export const gbkOf = new Map<string, number[]>();
const strictGb = new TextDecoder('gb18030', { fatal: true });
for (let a = 0xa1; a <= 0xf7; a++) {
  for (let b = 0xa1; b <= 0xfe; b++) {
    try {
      const c = strictGb.decode(new Uint8Array([a, b]));
      if (c.length === 1 && !gbkOf.has(c)) gbkOf.set(c, [a, b]);
    } catch {
      // not a character
    }
  }
}

/** `s` in GBK; throws for a character GBK's two-byte table does not hold (a test would be wrong about its bytes). */
export const gbk = (s: string) =>
  new Uint8Array([...s].flatMap((c) => {
    if (c < '\u0080') return [c.charCodeAt(0)];
    const bytes = gbkOf.get(c);
    if (!bytes) throw new Error(`no GBK bytes for ${JSON.stringify(c)}`);
    return bytes;
  }));
