import { type HttpMethod, urlOf } from '../../../src/contracts/define';
import {
  contracts,
  type RouteInput,
  type RouteKey,
  type RouteResponse,
} from '../../../src/contracts/registry';
import { ApiError, errorFromResponse } from './errors';

type Method = HttpMethod;

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

/** A call's input may be left out when the contract takes nothing that is required. */
export type CallArgs<K extends RouteKey> =
  Record<string, never> extends RouteInput<K>
    ? [input?: RouteInput<K>, options?: CallOptions]
    : [input: RouteInput<K>, options?: CallOptions];
export type CallOptions = Omit<RequestOptions, 'body' | 'raw'>;

/** The address of a call, for caching and prefetching by URL. */
export function callUrl<K extends RouteKey>(key: K, input?: RouteInput<K>): string {
  return urlOf(contracts[key], input ?? {});
}

/**
 * Calls an endpoint by its contract key: path params filled in, query serialised, the body sent
 * as JSON; the answer is typed by the contract's response schema. Refusals are ApiErrors with the
 * catalog code, params and coded issues.
 */
function call<K extends RouteKey>(key: K, ...[input, options]: CallArgs<K>): Promise<RouteResponse<K>> {
  const contract = contracts[key];
  const body = input && 'body' in input ? input.body : undefined;
  return request<RouteResponse<K>>(contract.method, urlOf(contract, input ?? {}), { ...options, body });
}

export const api = {
  call,
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
/* The untyped calls above (get … delete) serve the areas not yet on contracts and go once every area is. */
