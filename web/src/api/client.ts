import { ApiError, errorFromResponse } from './errors';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** The session's CSRF token, sent with every write (from login and /api/auth/me). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** What to do when a request finds the session gone (the app sends the user to the login page). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

function csrfFromCookie(): string | null {
  const match = /(?:^|;\s*)stratmap_csrf=([^;]+)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export interface RequestOptions {
  body?: unknown;
  signal?: AbortSignal;
  /** Leave a 401 to the caller instead of sending the user to the login page (the login form). */
  allowUnauthorized?: boolean;
  /** A file sent as the raw request body (imports, uploads) instead of JSON. */
  raw?: Blob;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.raw !== undefined) headers['content-type'] = 'application/octet-stream';
  else if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken ?? csrfFromCookie();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', 'network error');
  }
  if (!response.ok) {
    const error = await errorFromResponse(response);
    if (error.status === 401 && !options.allowUnauthorized) onUnauthorized?.();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  /** POSTs a file as it is (the server reads its bytes). */
  upload: <T>(path: string, file: Blob, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, raw: file }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
