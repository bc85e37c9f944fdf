// What the load worker does with each request (workers/load.worker wires it to the worker's
// messages; tests run it in-process): parse the files into the page's data set, or into the one
// of its last answer when the page sends none, and answer with the result packed.
import { loadFiles, type InputFile, type LoadResult } from '../../io/load';
import { packDataset, type PackedDataset } from '../../io/packDataset';
import { emptyDataset, type Dataset } from '../../domain/types';
import { readInputs, type BlobInput } from '../lib/readFiles';

export interface LoadRequest {
  /** Text or bytes, or a file not read yet (a File or a fetched Blob: passed by reference, read here). */
  files: (InputFile | BlobInput)[];
  /** The page's data set, or null: merge into the one of the last answer. */
  base: Dataset | null;
}
export type LoadMessage =
  | { kind: 'phase'; phase: 'parsing' | 'packing' }
  | { kind: 'done'; ok: true; result: Omit<LoadResult, 'dataset'> & { dataset: PackedDataset } }
  | { kind: 'done'; ok: false; error: string };

export type Post = (m: LoadMessage, transfer?: Transferable[]) => void;

export function loadService(post: Post): (request: LoadRequest) => Promise<void> {
  let held: Dataset | null = null;
  return async (request) => {
    try {
      post({ kind: 'phase', phase: 'parsing' });
      const files = await readInputs(request.files);
      const result = loadFiles(files, request.base ?? held ?? emptyDataset());
      held = result.dataset;
      post({ kind: 'phase', phase: 'packing' });
      const { packed, transfer } = packDataset(result.dataset);
      post({ kind: 'done', ok: true, result: { ...result, dataset: packed } }, transfer);
    } catch (err) {
      // loadFiles promises never to throw; if it does, the page still gets an answer (and sends its data next time).
      held = null;
      post({ kind: 'done', ok: false, error: err instanceof Error ? err.message : String(err) });
    }
  };
}
