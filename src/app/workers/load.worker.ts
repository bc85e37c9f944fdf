// Web Worker: parses input files off the main thread (see lib/loadRunner.ts).
import { loadFiles, type InputFile, type LoadResult } from '../../io/load';
import type { Dataset } from '../../domain/types';

export interface LoadRequest {
  files: InputFile[];
  base: Dataset;
}
export type LoadResponse = { ok: true; result: LoadResult } | { ok: false; error: string };

self.onmessage = (e: MessageEvent<LoadRequest>) => {
  let response: LoadResponse;
  try {
    response = { ok: true, result: loadFiles(e.data.files, e.data.base) };
  } catch (err) {
    // loadFiles promises never to throw; if it does, the page still gets an answer.
    response = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(response);
};
