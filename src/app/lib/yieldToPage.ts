// Lets the page handle input and paint between slices of long work on the main thread (rebuilding
// a province's records): a macrotask, not a microtask, and without setTimeout's 4 ms clamp.
type Scheduler = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * After the page has painted what was just set (a progress label before long work): the next frame,
 * then a macrotask. A hidden tab draws no frames, so it waits 100 ms at most.
 */
export function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return yieldToPage();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => void yieldToPage().then(() => {
      clearTimeout(timer);
      resolve();
    }));
  });
}
