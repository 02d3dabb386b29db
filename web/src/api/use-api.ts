import { useCallback, useEffect, useMemo, useState } from 'react';
import { api } from './client';
import { ApiError } from './errors';
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
        setError(e instanceof ApiError ? e : new ApiError(0, 'network', String(e)));
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return useMemo(() => ({ data, error, loading, reload }), [data, error, loading, reload]);
}
