// Runs io/load.loadFiles: inline for small inputs, in a Web Worker for large ones so the page
// stays responsive while 300,000 indicators are parsed. Falls back to inline when workers are
// unavailable (tests, old browsers) or the worker script fails to start.
// The worker lives on between loads and keeps the data set of its last answer (workers/load.worker):
// when the page's data set is still that answer, the next load sends only its files. The answer
// comes packed (io/packDataset) and is rebuilt here in slices between which the page paints.
// After a few idle minutes the worker is stopped, so its copy of the data does not stay in memory.
import type { Dataset } from '../../domain/types';
import type { LoadResult } from '../../io/load';
import type { LoadMessage, LoadRequest } from '../workers/loadService';
import { yieldToPage } from './yieldToPage';
import { isBlobInput, readInputs, sizeOf, type PageInput } from './readFiles';

/** Inputs above this many bytes (≈ characters) are parsed in a worker. */
export const WORKER_THRESHOLD = 1_000_000;
/** An idle worker is stopped after this long (its copy of the data set is freed). */
export const WORKER_IDLE_MS = 5 * 60_000;

export const inputSize = (files: PageInput[]) => files.reduce((n, f) => n + sizeOf(f), 0);

class WorkerUnavailable extends Error {}
/** The user stopped the load (取消): nothing was merged. */
export class LoadCancelled extends Error {
  constructor() { super('载入已取消'); }
}

/** Where a load in the worker is: parsing, packing its answer, the page rebuilding the records. */
export type LoadPhase = { phase: 'parsing' | 'packing' } | { phase: 'receiving'; done: number; total: number };
export interface RunOptions {
  signal?: AbortSignal;
  onPhase?: (p: LoadPhase) => void;
}

/** Whether a load of these files runs in a worker, and so can be cancelled. */
export const cancellable = (files: PageInput[]) => typeof Worker !== 'undefined' && inputSize(files) > WORKER_THRESHOLD;

let worker: Worker | null = null;
let workerClass: unknown = null;
/** The page's data set that equals the worker's (its last answer, rebuilt here), if any. */
let heldBy: Dataset | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
/** Loads in the worker go one at a time (a round's import preview may ask while the store loads). */
let queue: Promise<unknown> = Promise.resolve();

function stopWorker() {
  worker?.terminate();
  worker = null;
  heldBy = null;
  clearTimeout(idle);
}

function startWorker(): Worker {
  // A page (or test) that swapped the Worker class gets a worker of the new one.
  if (worker && workerClass === globalThis.Worker) return worker;
  stopWorker();
  try {
    worker = new Worker(new URL('../workers/load.worker.ts', import.meta.url), { type: 'module' });
  } catch (e) {
    throw new WorkerUnavailable(String(e));
  }
  workerClass = globalThis.Worker;
  return worker;
}

function inWorker(files: PageInput[], base: Dataset, opts: RunOptions): Promise<LoadResult> {
  const run = queue.then(() => workerLoad(files, base, opts));
  queue = run.catch(() => undefined);
  return run;
}

function workerLoad(files: PageInput[], base: Dataset, opts: RunOptions): Promise<LoadResult> {
  const { signal, onPhase } = opts;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new LoadCancelled());
    clearTimeout(idle);
    const w = startWorker();
    const finish = () => {
      signal?.removeEventListener('abort', abort);
      idle = setTimeout(stopWorker, WORKER_IDLE_MS);
    };
    // Stopping the worker stops the parse at once; the page's data is untouched until a result is rebuilt.
    const abort = () => {
      stopWorker();
      reject(new LoadCancelled());
    };
    w.onmessage = (e: MessageEvent<LoadMessage>) => {
      const m = e.data;
      if (m.kind === 'phase') return onPhase?.({ phase: m.phase });
      // The worker now holds this answer's data set, not the page's, until it is rebuilt here.
      heldBy = null;
      finish();
      if (!m.ok) return reject(new Error(m.error));
      const pause = async () => {
        await yieldToPage();
        if (signal?.aborted) throw new LoadCancelled();
      };
      // Loaded on first use: the first screen does not carry it.
      import('../../io/unpackDataset')
        .then(({ unpackDataset }) => unpackDataset(m.result.dataset, { pause, onProgress: (done, total) => onPhase?.({ phase: 'receiving', done, total }) }))
        .then((dataset) => {
          heldBy = dataset;
          resolve({ ...m.result, dataset });
        }, reject);
    };
    w.onerror = (e) => {
      // No idle timer: the worker is gone already.
      signal?.removeEventListener('abort', abort);
      stopWorker();
      reject(new WorkerUnavailable(e.message));
    };
    signal?.addEventListener('abort', abort, { once: true });
    // The files' bytes go as a copy whose buffer is moved: a memcpy here, where a structured clone
    // of 170 MB took the page 0.7 s; the caller keeps its own bytes (to load them again, or inline).
    // A file not read yet (a Blob) goes by reference: the worker reads it.
    const sent = files.map((f) => (isBlobInput(f) || typeof f.content === 'string' ? f : { ...f, content: f.content.slice() }));
    const transfer = sent.flatMap((f) => (isBlobInput(f) || typeof f.content === 'string' ? [] : [f.content.buffer as ArrayBuffer]));
    const request: LoadRequest = { files: sent, base: base === heldBy ? null : base };
    w.postMessage(request, transfer);
  });
}

export async function runLoad(inputs: PageInput[], base: Dataset, opts: RunOptions = {}): Promise<LoadResult> {
  if (cancellable(inputs)) {
    try {
      return await inWorker(inputs, base, opts);
    } catch (e) {
      if (!(e instanceof WorkerUnavailable)) throw e;
      // Still loads (inline), but a broken worker build should be noticed.
      console.error('Load worker unavailable, parsing on the main thread:', e.message);
    }
  }
  const files = await readInputs(inputs);
  const core = await import('../../io/loadCore');
  const rawTables = core.needsRawTables(files) ? (await import('../../io/load')).RAW_TABLES : core.NO_RAW_TABLES;
  return core.loadFilesWith(files, base, rawTables);
}
