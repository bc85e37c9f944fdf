// Is the app served by the team server (src/server)? One request at startup, same origin:
// `GET /api/health` answering `{ok: true}`. Static hosting, `npm run dev` and vite preview answer
// 404 or their index.html there, and the app then works in one browser as it always did. The
// request keeps fetch's default Accept (*/*): vite's history fallback then answers index.html
// (200) rather than a 404 the browser would log as an error on every page.
// Tiny on purpose: it is the only server-mode code in the first screen; the rest loads lazily.
let probe: Promise<boolean> | null = null;

export function serverMode(fetcher: typeof fetch = globalThis.fetch): Promise<boolean> {
  probe ??= (async () => {
    try {
      const res = await fetcher('/api/health', { credentials: 'same-origin' });
      if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return false;
      return ((await res.json()) as { ok?: unknown }).ok === true;
    } catch {
      return false; // file://, offline, or no server: one browser as before
    }
  })();
  return probe;
}

/** Tests: forget the answer. */
export function resetServerMode() {
  probe = null;
}
