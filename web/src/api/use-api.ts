import { useCallback, useEffect, useMemo, useState } from 'react';
import type { contracts, RouteInput, RouteKey, RouteResponse } from '../../../src/contracts/registry';
import { api, callUrl } from './client';
import { type ApiError, toApiError } from './errors';
import { takePrefetched } from './prefetch';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/** GETs `path` (null: nothing yet) and keeps the answer; aborts when the path changes or the page goes. */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const [nonce, setNonce] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: nonce forces a reload
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    (takePrefetched<T>(path) ?? api.get<T>(path, { signal: controller.signal }))
      .then((value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      })
      .catch((e: unknown) => {
        if (controller.signal.aborted) return;
        setError(toApiError(e));
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return useMemo(() => ({ data, error, loading, reload }), [data, error, loading, reload]);
}

type Contracts = typeof contracts;
/** The endpoints a page can load: those that only read. */
export type ReadKey = { [K in RouteKey]: Contracts[K]['method'] extends 'GET' ? K : never }[RouteKey];

/**
 * Loads an endpoint by its contract key (null input: nothing yet), typed by its response schema;
 * `useCall('orgs.list', {})`, `useCall('orgs.get', { params: { id } })`.
 */
export function useCall<K extends ReadKey>(key: K, input: RouteInput<K> | null): ApiState<RouteResponse<K>> {
  return useApi<RouteResponse<K>>(input === null ? null : callUrl(key, input));
}
