// Output written at the pace of whoever reads it. process.stdout.write never waits on a pipe: what
// the reader has not taken yet queues in memory (a 50,000-project report piped to a slow `tail`
// held 4.5 GB and ended in `write ENOBUFS` with the output cut short). So chunks are made one at a
// time (./stream's generators) and the next is asked for only when the stream has room again
// ('drain'). Files, /dev/null and terminals are written synchronously by Node and always have room.
// A reader that leaves early (`| head`) closes the pipe: the write fails with EPIPE and the rest is
// simply not made, without a message, as other command-line tools do; any other failure to write
// (a full disk) is said in Chinese.
import type { Writable } from 'node:stream';
import { CliError } from './files';

interface State { gone: boolean; error?: NodeJS.ErrnoException }
const watched = new WeakMap<Writable, State>();

/** The stream's fate, watched for its whole life: an EPIPE can arrive after the last chunk was handed over. */
function watch(out: Writable): State {
  let state = watched.get(out);
  if (!state) {
    const s: State = { gone: false };
    out.on('error', (e: NodeJS.ErrnoException) => {
      s.gone = true;
      if (e.code !== 'EPIPE' && !s.error) s.error = e;
    });
    watched.set(out, s);
    state = s;
  }
  return state;
}

/** Resolves when the stream can take more, or will never take any (closed, failed). */
function room(out: Writable): Promise<void> {
  if (out.destroyed || !out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('error', done).on('close', done);
  });
}

/** Writes every chunk, waiting for room between them; false when the reader left before the end. */
export async function writeChunks(chunks: Iterable<string>, out: Writable = process.stdout): Promise<boolean> {
  const state = watch(out);
  for (const chunk of chunks) {
    if (state.gone || out.destroyed) break;
    if (!out.write(chunk)) await room(out);
  }
  if (out.destroyed && !state.gone) await new Promise((resolve) => setImmediate(resolve)); // its 'error' comes on the next tick
  if (state.error) throw new CliError(`无法写出结果：${state.error.message}`);
  return !state.gone && !out.destroyed;
}
