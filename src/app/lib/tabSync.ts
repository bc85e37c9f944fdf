// Tabs of this app in one browser share one saved dataset (lib/savedData). Without a word between
// them, a tab left open on older data would overwrite what another tab just loaded at its next
// save. Each save is announced on a BroadcastChannel; a tab that hears one shows the saved data
// (dataset store), once it is visible, so a tab in the background does no work for nothing.

export type TabMessage = { kind: 'saved'; savedAt: string } | { kind: 'forgotten' };

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

export const TAB_CHANNEL = 'indicator-monitor:saved-data';

const isTabMessage = (m: unknown): m is TabMessage =>
  typeof m === 'object' && m !== null &&
  (((m as TabMessage).kind === 'saved' && typeof (m as { savedAt?: unknown }).savedAt === 'string') || (m as TabMessage).kind === 'forgotten');

/** A channel to the other tabs; silent where BroadcastChannel is missing (old browsers, some tests). */
export function openTabChannel(onMessage: (message: TabMessage) => void, name = TAB_CHANNEL): TabChannel {
  const Channel = globalThis.BroadcastChannel;
  if (typeof Channel !== 'function') return { post: () => undefined, close: () => undefined };
  const channel = new Channel(name);
  // Node (the CLI never opens one, unit tests do) would otherwise stay alive for the channel.
  (channel as { unref?: () => void }).unref?.();
  channel.onmessage = (e: MessageEvent) => isTabMessage(e.data) && onMessage(e.data);
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

/**
 * Runs `job` now when the page is visible (or there is no document), else when it next becomes
 * visible. Returns a function that runs only the latest job: later messages replace earlier ones.
 */
export function whenVisible(doc: Document | undefined = globalThis.document): (job: () => void) => void {
  let waiting: (() => void) | null = null;
  const run = () => {
    if (!waiting || doc?.visibilityState === 'hidden') return;
    const job = waiting;
    waiting = null;
    job();
  };
  doc?.addEventListener('visibilitychange', run);
  return (job) => {
    waiting = job;
    run();
  };
}
