import type { z } from 'zod';
import { CSRF_HEADER, knownConsoleError, type ConsoleErrorCode } from '../../shared/console/errors';

/**
 * The console's only way to the hub: same-origin fetch with the session cookie, the CSRF token on
 * every change, and every answer parsed with its shared schema (the boundary). A refusal becomes
 * an `ApiError` carrying the hub's fixed code, which screens turn into words (`error.<code>`).
 */
export class ApiError extends Error {
  constructor(
    readonly code: ConsoleErrorCode,
    readonly status: number,
  ) {
    super(code);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
/** Set when a session starts or is read; cleared at logout. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Listener = (code: ConsoleErrorCode) => void;
const sessionListeners = new Set<Listener>();
/** Told when the hub says the session is gone, so the app can ask to log in again in place. */
export function onSessionLost(listener: Listener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** The live stream said the session ended: same as a refused request. */
export function reportSessionLost(): void {
  for (const listener of sessionListeners) listener('session_expired');
}

async function request<S extends z.ZodType>(
  method: 'GET' | 'POST',
  path: string,
  schema: S,
  body?: unknown,
  file?: Blob,
): Promise<z.infer<S>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method === 'POST') {
    // A file goes as its raw bytes (the 12345 import); everything else as JSON.
    headers['content-type'] = file ? 'application/octet-stream' : 'application/json';
    if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: method === 'POST' ? (file ?? JSON.stringify(body ?? {})) : undefined,
    });
  } catch {
    throw new ApiError('internal', 0);
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const raw =
      typeof json === 'object' && json !== null && 'error' in json
        ? String(json.error)
        : 'internal';
    const code = knownConsoleError(raw);
    if (code === 'session_expired' || code === 'unauthenticated') reportSessionLost();
    throw new ApiError(code, res.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('internal', res.status);
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S) => request('GET', path, schema),
  post: <S extends z.ZodType>(path: string, schema: S, body: unknown) =>
    request('POST', path, schema, body),
  upload: <S extends z.ZodType>(path: string, schema: S, file: Blob) =>
    request('POST', path, schema, undefined, file),
};

/** A query string from the defined values, in a stable order (it is part of the cache key). */
export function queryString(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
