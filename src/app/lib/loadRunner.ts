// Runs io/load.loadFiles: inline for small inputs, in a Web Worker for large ones so the page
// stays responsive while 300,000 indicators are parsed. Falls back to inline when workers are
// unavailable (tests, old browsers) or the worker script fails to start.
import type { Dataset } from '../../domain/types';
import type { InputFile, LoadResult } from '../../io/load';
import type { LoadRequest, LoadResponse } from '../workers/load.worker';

/** Inputs above this many bytes (≈ characters) are parsed in a worker. */
export const WORKER_THRESHOLD = 1_000_000;

export const inputSize = (files: InputFile[]) => files.reduce((n, f) => n + f.content.length, 0);

class WorkerUnavailable extends Error {}
/** The user stopped the load (取消): nothing was merged. */
export class LoadCancelled extends Error {
  constructor() { super('载入已取消'); }
}

/** Whether a load of these files runs in a worker, and so can be cancelled. */
export const cancellable = (files: InputFile[]) => typeof Worker !== 'undefined' && inputSize(files) > WORKER_THRESHOLD;

function inWorker(request: LoadRequest, signal?: AbortSignal): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LoadCancelled());
    let worker: Worker;
    try {
      worker = new Worker(new URL('../workers/load.worker.ts', import.meta.url), { type: 'module' });
    } catch (e) {
      reject(new WorkerUnavailable(String(e)));
      return;
    }
    worker.onmessage = (e: MessageEvent<LoadResponse>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new WorkerUnavailable(e.message));
    };
    // Terminating the worker stops the parse at once; the page's data is untouched until a result arrives.
    signal?.addEventListener('abort', () => {
      worker.terminate();
      reject(new LoadCancelled());
    }, { once: true });
    worker.postMessage(request);
  });
}

export async function runLoad(files: InputFile[], base: Dataset, signal?: AbortSignal): Promise<LoadResult> {
  if (cancellable(files)) {
    try {
      return await inWorker({ files, base }, signal);
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      // Still loads (inline), but a broken worker build should be noticed.
      console.error('Load worker unavailable, parsing on the main thread:', e.message);
    }
  }
  const core = await import('../../io/loadCore');
  const rawTables = core.needsRawTables(files) ? (await import('../../io/load')).RAW_TABLES : core.NO_RAW_TABLES;
  return core.loadFilesWith(files, base, rawTables);
}
