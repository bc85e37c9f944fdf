// Timing helpers for the benchmarks: the minimum of several runs (the machine is shared and noisy;
// the minimum is the figure least disturbed by others), with a collection before each run.
export function minOf<T>(runs: number, fn: () => T): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let r = 0; r < runs; r++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: Math.round(best), value };
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
