// The team server's JSON API from the browser: same origin, the session cookie (HttpOnly, sent by
// the browser) and, on every change, the session's CSRF token in `x-csrf-token`. The server
// answers errors as `{ error: 中文 }` (409 with `details.current`); they become an ApiError whose
// message is that text, so views show it as it is.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A request; `body` is sent as JSON, or as the raw bytes of an upload (Blob). */
export async function request<T>(method: Method, path: string, csrf: string, body?: unknown, fetcher: typeof fetch = globalThis.fetch): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrf) headers['x-csrf-token'] = csrf;
  let payload: BodyInit | undefined;
  if (body instanceof Blob) {
    headers['content-type'] = 'application/octet-stream';
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetcher(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, '无法连接服务器，请检查网络后重试');
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: said below by status */
  }
  if (!res.ok) {
    const e = json as { error?: string; details?: unknown } | null;
    throw new ApiError(res.status, e?.error ?? `服务器返回 ${res.status}`, e?.details);
  }
  return json as T;
}
