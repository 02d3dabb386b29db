import { api } from './client';

/**
 * Requests started before the page that needs them has loaded its code (the first page of a
 * visit), so that data and code arrive together instead of one after the other. A page takes a
 * prefetched answer once; older ones are dropped so nothing stale is shown.
 */
const FRESH_MS = 10_000;
const pending = new Map<string, { at: number; promise: Promise<unknown> }>();

export function prefetch(path: string): void {
  if (pending.has(path)) return;
  const promise = api.get<unknown>(path, { allowUnauthorized: true });
  // The page that takes it handles the failure; an untaken one must not be reported as unhandled.
  promise.catch(() => undefined);
  pending.set(path, { at: Date.now(), promise });
}

export function takePrefetched<T>(path: string): Promise<T> | undefined {
  const entry = pending.get(path);
  pending.delete(path);
  return entry && Date.now() - entry.at < FRESH_MS ? (entry.promise as Promise<T>) : undefined;
}
