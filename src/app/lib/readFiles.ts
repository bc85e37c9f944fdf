// Browser File objects → InputFile (bytes, so io/decode can tell GBK from UTF-8), or, for a file
// large enough to be parsed in the load worker, the File itself (a Blob): the worker reads it, and
// the page never holds its 200 MB nor spends seconds copying them (lib/loadRunner).
import type { InputFile } from '../../io/load';

/** A file not read yet: the load worker (or `readInputs`) reads its bytes. */
export interface BlobInput { name: string; blob: Blob }
export type PageInput = InputFile | BlobInput;
/** Files from this size on are handed over unread (lib/loadRunner's worker threshold). */
export const UNREAD_FROM = 1_000_000;

export const isBlobInput = (f: PageInput): f is BlobInput => 'blob' in f;
export const sizeOf = (f: PageInput) => (isBlobInput(f) ? f.blob.size : f.content.length);

/** Every input as bytes or text (for parsing on the page, or opening a workbook). */
export const readInputs = (inputs: PageInput[]): Promise<InputFile[]> =>
  Promise.all(inputs.map(async (f) => (isBlobInput(f) ? { name: f.name, content: new Uint8Array(await f.blob.arrayBuffer()) } : f)));

/** Whether an input starts like a zip (an Excel or Word file), from its first bytes only. */
export async function looksLikeZip(f: PageInput): Promise<boolean> {
  const head = isBlobInput(f) ? new Uint8Array(await f.blob.slice(0, 2).arrayBuffer()) : typeof f.content === 'string' ? null : f.content;
  return !!head && head[0] === 0x50 && head[1] === 0x4b;
}

/** The user's files, the large ones left unread (see UNREAD_FROM). */
export async function openBrowserFiles(files: File[], onProgress?: (done: number) => void): Promise<PageInput[]> {
  const out: PageInput[] = [];
  for (const file of files) {
    out.push(file.size >= UNREAD_FROM ? { name: file.name, blob: file } : { name: file.name, content: new Uint8Array(await file.arrayBuffer()) });
    onProgress?.(out.length);
  }
  return out;
}

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
