// Browser File objects → InputFile (bytes, so io/decode can tell GBK from UTF-8).
import type { InputFile } from '../../io/load';

export async function readBrowserFiles(files: File[], onProgress?: (done: number) => void): Promise<InputFile[]> {
  const out: InputFile[] = [];
  for (const file of files) {
    out.push({ name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
    onProgress?.(out.length);
  }
  return out;
}

/** Only URLs on the app's own origin may be fetched by `?data=`: a shared link must not make the
 *  app present data from an arbitrary site as if it were the department's. */
export function sameOriginUrl(url: string, page: string): URL | null {
  try {
    const u = new URL(url, page);
    return u.origin === new URL(page).origin ? u : null;
  } catch {
    return null;
  }
}

export function fileNameOfUrl(u: URL): string {
  const last = u.pathname.split('/').filter(Boolean).pop();
  if (!last) return u.host;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
