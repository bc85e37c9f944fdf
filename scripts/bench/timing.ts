// Timing helpers for the benchmarks: the minimum of several runs (the machine is shared and noisy;
// the minimum is the figure least disturbed by others), with a collection before each run. The
// previous run's result is let go before the next run starts: held, a province's data set and engine
// (~300 MB) doubled the heap the next ingest ran beside, a cost no load in the app or CLI pays.
export function minOf<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value: T | undefined;
  for (let r = 0; r < runs; r++) {
    // eslint-disable-next-line no-useless-assignment -- not read, but let go: the collection below may free it
    value = undefined;
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: Math.round(best), value: value as T };
}

export async function minOfAsync<T>(runs: number, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    value = await fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: Math.round(best), value };
}
